package dev.deployless.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * API Gateway and Lambda on localhost, for development.
 *
 * <pre>
 * java -cp APP_CLASSPATH dev.deployless.local.LocalServer [--port 3000] [--host 127.0.0.1]
 *      [--no-stage-prefix] [--descriptor path/to/app.json] [--read-timeout SECONDS]
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
 * Each request is logged on one line: method, path, status, function and the time to answer.
 *
 * <p>HTTP is served by Jetty's core (no servlets): kept-alive connections with {@code TCP_NODELAY},
 * and hostile requests (malformed percent-encoding, oversized headers, bodies that stop arriving or
 * have broken chunks) answered with a JSON error rather than a reset or an HTML page.
 */
public final class LocalServer implements AutoCloseable {
  /** How long a request's head or body may stall, by default. */
  static final int DEFAULT_READ_TIMEOUT_SECONDS = 10;
  /** Jetty's buffer for a request line and its headers: room for API Gateway's quotas of both. */
  private static final int REQUEST_HEADER_BUFFER = 32 * 1024;

  static {
    // Jetty pads some counters to a cache line, asking the platform MBean server whether object
    // references are compressed: that starts JMX, 150-250 ms of start-up here. The answer only
    // tunes the padding against false sharing; 16 is right with compressed references (heaps under
    // 32 GB) and harmless otherwise.
    if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
      System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }
  }

  private final LocalApp app;
  private final boolean stagePrefix;
  private final Server server;
  private final ServerConnector connector;

  private LocalServer(LocalApp app, String host, int port, boolean stagePrefix,
      long readTimeoutMillis, PrintStream log) throws IOException {
    this.app = app;
    this.stagePrefix = stagePrefix;
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("deployless-local");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(REQUEST_HEADER_BUFFER);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // Paths go to the functions raw, as API Gateway sends them: %2F, %2e%2e and // are theirs.
    http.setUriCompliance(UriCompliance.UNSAFE);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(readTimeoutMillis);
    server.addConnector(connector);
    RequestLog requests = new RequestLog(log);
    server.setErrorHandler(new JsonErrors(requests));
    server.setHandler(new HttpFront(new Gateway(app, stagePrefix), requests, readTimeoutMillis));
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw e instanceof IOException io ? io
          : new IOException("the local server could not start: " + e.getMessage(), e);
    }
  }

  /**
   * Starts a server for the application described by {@code descriptor} (the JSON of
   * {@code META-INF/deployless/app.json}); port 0 picks a free port. Each request is logged on
   * standard output.
   */
  public static LocalServer start(byte[] descriptor, String host, int port, boolean stagePrefix)
      throws IOException {
    return start(descriptor, host, port, stagePrefix, DEFAULT_READ_TIMEOUT_SECONDS * 1000L,
        System.out);
  }

  /** {@link #start(byte[], String, int, boolean)} with a read timeout and where to log requests. */
  static LocalServer start(byte[] descriptor, String host, int port, boolean stagePrefix,
      long readTimeoutMillis, PrintStream log) throws IOException {
    return new LocalServer(LocalApp.parse(descriptor), host, port, stagePrefix, readTimeoutMillis,
        log);
  }

  /** Starts the server from the command line; see the class documentation for the options. */
  public static void main(String[] args) throws Exception {
    String host = "127.0.0.1";
    int port = 3000;
    boolean stagePrefix = true;
    int readTimeout = DEFAULT_READ_TIMEOUT_SECONDS;
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
        case "--read-timeout":
          readTimeout = Integer.parseInt(argument(args, ++i, "--read-timeout"));
          break;
        case "--help":
        case "-h":
          System.out.println("usage: LocalServer [--port 3000] [--host 127.0.0.1] [--no-stage-prefix]"
              + " [--descriptor app.json] [--read-timeout " + DEFAULT_READ_TIMEOUT_SECONDS + "]");
          return;
        default:
          System.err.println("unknown option " + args[i] + " (try --help)");
          System.exit(2);
      }
    }
    LocalApp app = descriptor == null
        ? LocalApp.fromClassPath(LocalServer.class.getClassLoader())
        : LocalApp.parse(Files.readAllBytes(descriptor));
    LocalServer server = new LocalServer(app, host, port, stagePrefix, readTimeout * 1000L,
        System.out);
    server.server.setStopAtShutdown(true);
    server.printRoutes(System.out);
    server.server.join();
  }

  /** The port the server listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Prints the routes and functions served, with their URLs. */
  public void printRoutes(PrintStream out) {
    String base = "http://" + connector.getHost() + ":" + port();
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
    out.println("Requests are logged below: method, path, status, function, duration.");
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the local server did not stop: " + e.getMessage(), e);
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
