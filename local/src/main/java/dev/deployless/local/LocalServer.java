package dev.deployless.local;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Gateway and Lambda on localhost, for development.
 *
 * <pre>
 * java -cp APP_CLASSPATH dev.deployless.local.LocalServer [--port 3000] [--host 127.0.0.1]
 *      [--no-stage-prefix] [--descriptor path/to/app.json]
 * </pre>
 *
 * <p>{@code APP_CLASSPATH} is the application's classes and dependencies with
 * {@code deployless-local} (for example the {@code -local} jar of the README's Maven setup).
 * Every route is served at {@code http://HOST:PORT/<stage><path>} (without the stage with
 * {@code --no-stage-prefix}): the server builds the API Gateway proxy event, calls the generated
 * handler in this JVM and turns the proxy result back into an HTTP response, handling CORS
 * preflights and binary media types as API Gateway does. Any function can be invoked through the
 * Lambda API, {@code POST /2015-03-31/functions/<FunctionName>/invocations}, so
 * {@code aws lambda invoke --endpoint-url http://127.0.0.1:3000} works for scheduled functions too.
 */
public final class LocalServer implements AutoCloseable {
  private static final String INVOKE_PREFIX = "/2015-03-31/functions/";
  private static final String INVOKE_SUFFIX = "/invocations";

  private final LocalApp app;
  private final boolean stagePrefix;
  private final HttpServer server;
  private final ExecutorService executor;

  private LocalServer(LocalApp app, String host, int port, boolean stagePrefix) throws IOException {
    this.app = app;
    this.stagePrefix = stagePrefix;
    this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    this.executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "deployless-local");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a server for the application described by {@code descriptor} (the JSON of
   * {@code META-INF/deployless/app.json}); port 0 picks a free port.
   */
  public static LocalServer start(byte[] descriptor, String host, int port, boolean stagePrefix)
      throws IOException {
    return new LocalServer(LocalApp.parse(descriptor), host, port, stagePrefix);
  }

  /** Starts the server from the command line; see the class documentation for the options. */
  public static void main(String[] args) throws IOException {
    String host = "127.0.0.1";
    int port = 3000;
    boolean stagePrefix = true;
    Path descriptor = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port":
          port = Integer.parseInt(argument(args, ++i, "--port"));
          break;
        case "--host":
          host = argument(args, ++i, "--host");
          break;
        case "--no-stage-prefix":
          stagePrefix = false;
          break;
        case "--descriptor":
          descriptor = Path.of(argument(args, ++i, "--descriptor"));
          break;
        case "--help":
        case "-h":
          System.out.println("usage: LocalServer [--port 3000] [--host 127.0.0.1] [--no-stage-prefix]"
              + " [--descriptor app.json]");
          return;
        default:
          System.err.println("unknown option " + args[i] + " (try --help)");
          System.exit(2);
      }
    }
    LocalApp app = descriptor == null
        ? LocalApp.fromClassPath(LocalServer.class.getClassLoader())
        : LocalApp.parse(Files.readAllBytes(descriptor));
    LocalServer server = new LocalServer(app, host, port, stagePrefix);
    server.printRoutes(System.out);
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Prints the routes and functions served, with their URLs. */
  public void printRoutes(PrintStream out) {
    String base = "http://" + server.getAddress().getHostString() + ":" + port();
    String prefix = stagePrefix && app.stage != null ? "/" + app.stage : "";
    out.println("deployless local server: " + app.name + " (stage " + app.stage + ")");
    for (LocalApp.Route route : app.routes) {
      out.printf("  %-7s %-50s %s%n", route.method, base + prefix + route.template,
          route.function.name);
    }
    out.println("Lambda invoke API: aws lambda invoke --endpoint-url " + base
        + " --function-name NAME out.json");
    for (LocalFunction function : app.functions) {
      String detail = function.schedules.isEmpty() ? function.kind
          : function.kind + " " + String.join(", ", function.schedules);
      out.printf("  %-40s %s%n", function.name, detail);
    }
    out.flush();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      if (path.startsWith(INVOKE_PREFIX) && path.endsWith(INVOKE_SUFFIX)) {
        invoke(exchange, path.substring(INVOKE_PREFIX.length(), path.length() - INVOKE_SUFFIX.length()),
            body);
      } else {
        serve(exchange, path, body);
      }
    } catch (RuntimeException | IOException e) {
      System.err.println("[deployless local] " + exchange.getRequestMethod() + " "
          + exchange.getRequestURI() + " failed: " + e);
      send(exchange, 502, Map.of("Content-Type", "application/json"),
          "{\"message\": \"Internal server error\"}".getBytes(StandardCharsets.UTF_8));
    } finally {
      exchange.close();
    }
  }

  private void invoke(HttpExchange exchange, String name, byte[] event) throws IOException {
    LocalFunction function = app.function(Exchanges.decodePath(name));
    if (function == null || !"POST".equals(exchange.getRequestMethod())) {
      sendJson(exchange, 404, "{\"Type\":\"User\",\"message\":\"Function not found: " + name + "\"}");
      return;
    }
    try {
      send(exchange, 200, Map.of("Content-Type", "application/json"),
          function.invoke(event.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : event));
    } catch (Exception e) {
      e.printStackTrace();
      JsonWriter error = new JsonWriter();
      error.beginObject().name("errorMessage").value(String.valueOf(e.getMessage()))
          .name("errorType").value(e.getClass().getName()).endObject();
      send(exchange, 200, Map.of("Content-Type", "application/json", "X-Amz-Function-Error",
          "Unhandled"), error.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void serve(HttpExchange exchange, String rawPath, byte[] body) throws IOException {
    String path = rawPath;
    if (stagePrefix && app.stage != null) {
      String prefix = "/" + app.stage;
      if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
        missingToken(exchange);
        return;
      }
      path = path.substring(prefix.length());
    }
    if (path.isEmpty()) {
      path = "/";
    }
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    if (app.cors != null && app.cors.gatewayPreflight && "OPTIONS".equals(method)
        && app.hasResource(path)) {
      preflight(exchange);
      return;
    }
    Map<String, String> parameters = new HashMap<>();
    LocalApp.Route match = app.route(method, path, parameters);
    if (match == null) {
      missingToken(exchange);
      return;
    }
    byte[] event = Exchanges.event(exchange, app.stage, path, match, parameters, body,
        app.binaryMediaTypes);
    byte[] result;
    try {
      result = match.function.invoke(event);
    } catch (Exception e) {
      System.err.println("[deployless local] " + match.function.name + " failed:");
      e.printStackTrace();
      sendJson(exchange, 502, "{\"message\": \"Internal server error\"}");
      return;
    }
    respond(exchange, result);
  }

  @SuppressWarnings("unchecked")
  private void respond(HttpExchange exchange, byte[] result) throws IOException {
    Map<String, Object> proxy = new JsonReader(result).readObject();
    Headers headers = exchange.getResponseHeaders();
    Map<String, Object> single = (Map<String, Object>) proxy.getOrDefault("headers", Map.of());
    Map<String, Object> multi = (Map<String, Object>) proxy.getOrDefault("multiValueHeaders", Map.of());
    for (Map.Entry<String, Object> header : single == null ? Map.<String, Object>of().entrySet()
        : single.entrySet()) {
      headers.set(header.getKey(), String.valueOf(header.getValue()));
    }
    for (Map.Entry<String, Object> header : multi == null ? Map.<String, Object>of().entrySet()
        : multi.entrySet()) {
      for (Object value : (List<Object>) header.getValue()) {
        headers.add(header.getKey(), String.valueOf(value));
      }
    }
    String text = (String) proxy.get("body");
    byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    if (Boolean.TRUE.equals(proxy.get("isBase64Encoded")) && text != null
        && (Exchanges.matches(app.binaryMediaTypes, headers.getFirst("Content-Type"))
            || Exchanges.matches(app.binaryMediaTypes,
                exchange.getRequestHeaders().getFirst("Accept")))) {
      body = Base64.getDecoder().decode(text);
    }
    int status = ((Number) proxy.get("statusCode")).intValue();
    sendBody(exchange, status, body);
  }

  private void preflight(HttpExchange exchange) throws IOException {
    LocalApp.LocalCors cors = app.cors;
    Headers headers = exchange.getResponseHeaders();
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    headers.set("Access-Control-Allow-Origin",
        cors.origins.contains("*") ? "*" : cors.origins.get(0));
    if (origin != null && cors.origins.contains(origin)) {
      headers.set("Access-Control-Allow-Origin", origin);
    }
    if (cors.methods != null) {
      headers.set("Access-Control-Allow-Methods", cors.methods);
    }
    if (cors.headers != null) {
      headers.set("Access-Control-Allow-Headers", cors.headers);
    }
    if (cors.maxAge >= 0) {
      headers.set("Access-Control-Max-Age", Integer.toString(cors.maxAge));
    }
    if (cors.credentials) {
      headers.set("Access-Control-Allow-Credentials", "true");
    }
    sendBody(exchange, 200, new byte[0]);
  }

  private static void missingToken(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("x-amzn-ErrorType", "MissingAuthenticationTokenException");
    sendJson(exchange, 403, "{\"message\":\"Missing Authentication Token\"}");
  }

  private static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
    send(exchange, status, Map.of("Content-Type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, Map<String, String> headers,
      byte[] body) throws IOException {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    sendBody(exchange, status, body);
  }

  private static void sendBody(HttpExchange exchange, int status, byte[] body) throws IOException {
    boolean empty = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String argument(String[] args, int index, String option) {
    if (index >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[index];
  }
}
