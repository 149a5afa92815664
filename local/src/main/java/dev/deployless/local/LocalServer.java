package dev.deployless.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * API Gateway and Lambda on localhost, with the application's AWS resources in an emulator, its
 * schedules firing and its classes reloaded as they are compiled: the development environment
 * behind {@code mvn deployless:run}.
 *
 * <pre>
 * java -cp APP_CLASSPATH dev.deployless.local.LocalServer [--port 3000] [--aws moto|none|endpoint=URL]
 *      [--crons on|off] [--no-stage-prefix] ... (--help lists them all)
 * </pre>
 *
 * <p>{@code APP_CLASSPATH} is the application's classes and dependencies with
 * {@code deployless-local}. Every route is served at {@code http://HOST:PORT/<stage><path>}: the
 * server builds the API Gateway proxy event, calls the generated handler in this JVM (within the
 * function's timeout, API Gateway's 29 seconds at most) and turns the proxy result back into an HTTP
 * response. Any function can be invoked through the Lambda API,
 * {@code POST /2015-03-31/functions/<FunctionName>/invocations}. Each request and each invocation
 * is logged on one line.
 *
 * <p>HTTP is served by Jetty's core (no servlets): kept-alive connections with {@code TCP_NODELAY},
 * and hostile requests answered with a JSON error rather than a reset or an HTML page.
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

  private final boolean stagePrefix;
  private final Server server;
  private final ServerConnector connector;
  private final Gateway gateway;
  private final RequestLog requests;
  private final List<AutoCloseable> parts = new ArrayList<>();
  private LocalAws aws;
  private AppVersions.Version served;
  private AppVersions.Version previous;
  private AppVersions versions;
  private boolean crons;
  private List<EventSource> sources = List.of();

  private LocalServer(LocalApp app, String host, int port, boolean stagePrefix,
      long readTimeoutMillis, PrintStream log) throws IOException {
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
    this.requests = new RequestLog(log);
    this.gateway = new Gateway(app, stagePrefix, requests);
    server.setErrorHandler(new JsonErrors(requests));
    server.setHandler(new HttpFront(gateway, requests, readTimeoutMillis));
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
   * {@code META-INF/deployless/app.json}), without AWS resources, schedules or reload; port 0 picks
   * a free port. Each request is logged on standard output.
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

  /**
   * Starts the development environment of {@code args} (the options of {@link #main}): the
   * emulator and the application's resources, the HTTP server, the schedules and hot reload;
   * prints the banner and logs on {@code out}. {@link #close()} stops it all.
   *
   * @throws IllegalArgumentException for bad options
   * @throws IOException when the application, its template or the emulator cannot be had
   */
  public static LocalServer start(String[] args, PrintStream out) throws IOException {
    LocalOptions options = LocalOptions.parse(args);
    AppVersions versions = null;
    AppVersions.Version first = null;
    LocalApp app;
    Path classes = options.descriptor != null ? null
        : options.classes != null ? options.classes : classOutput();
    if (options.descriptor != null) {
      app = LocalApp.parse(Files.readAllBytes(options.descriptor));
    } else if (classes != null) {
      versions = new AppVersions(classes, options.appClasspath);
      try {
        first = versions.load(LocalServer.class.getClassLoader());
      } catch (AppVersions.NotReady e) {
        versions.close();
        throw new IOException("cannot serve " + classes + ": " + e.getMessage());
      }
      app = first.app();
    } else {
      app = LocalApp.fromClassPath(LocalServer.class.getClassLoader());
    }
    LocalServer server;
    try {
      server = new LocalServer(null, options.host, options.port, options.stagePrefix,
          options.readTimeoutSeconds * 1000L, out);
    } catch (IOException e) {
      if (versions != null) {
        versions.close();
      }
      throw e;
    }
    try {
      server.versions = versions;
      server.crons = options.crons;
      Path template = options.template != null ? options.template : findTemplate(classes);
      server.aws = LocalAws.start(options.aws(), options.region, template, options.envFile,
          app.name, "http://127.0.0.1:" + server.port(), out);
      server.serve(app, first == null ? LocalServer.class.getClassLoader() : first.loader());
      server.served = first;
      if (options.crons) {
        Scheduler scheduler = new Scheduler(server.gateway::app, server.aws, app.name, server.requests);
        server.parts.add(scheduler);
        scheduler.start();
      }
      server.startSources();
      if (versions != null && options.reload) {
        Reloader reloader = new Reloader(versions, server::reload, out);
        server.parts.add(reloader);
        reloader.start(versions.fingerprint());
      }
      server.printBanner(out, options);
      return server;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Starts the server from the command line; see the class documentation and {@code --help}. */
  public static void main(String[] args) throws Exception {
    LocalServer server;
    try {
      if (LocalOptions.parse(args).help) {
        System.out.println(LocalOptions.USAGE);
        return;
      }
      server = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    } catch (IOException e) {
      System.err.println("deployless local server: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "deployless-stop"));
    server.server.join();
  }

  /** Starts the template's event sources, stopping those of an earlier template. */
  private synchronized void startSources() {
    sources.forEach(EventSource::close);
    sources = aws.eventSources(gateway::app, requests);
    sources.forEach(EventSource::start);
  }

  /** Serves {@code app} with each function's variables and the application's class loader. */
  private void serve(LocalApp app, ClassLoader loader) {
    gateway.replace(app.with(loader, aws::variables));
  }

  /** Serves a new version (hot reload): its resources first, if the template changed. */
  private synchronized String reload(AppVersions.Version version) throws IOException {
    LocalApp old = gateway.app();
    boolean templateRead = aws.refresh(System.out);
    serve(version.app(), version.loader());
    if (previous != null) {
      // Two versions back: no request runs on it any more (the one before may still finish).
      versions.discard(previous);
    }
    previous = served;
    served = version;
    for (AutoCloseable part : parts) {
      if (part instanceof Scheduler scheduler) {
        scheduler.start();
      }
    }
    List<String> notes = new ArrayList<>();
    if (!routes(old).equals(routes(version.app()))) {
      notes.add("routes changed: " + String.join(", ", routes(version.app())));
    }
    if (templateRead) {
      notes.add("template.yaml read again");
      startSources();
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  private static List<String> routes(LocalApp app) {
    List<String> routes = new ArrayList<>();
    for (LocalApp.Route route : app.routes) {
      routes.add(route.method + " " + route.template);
    }
    return routes;
  }

  /**
   * The directory on the class path holding {@code META-INF/deployless/app.json} (the class
   * output), or null when it is in a jar.
   */
  private static Path classOutput() throws IOException {
    URL descriptor = LocalServer.class.getClassLoader().getResource(LocalApp.RESOURCE);
    if (descriptor == null) {
      throw new IOException(LocalApp.RESOURCE + " is not on the class path: compile the application"
          + " with the deployless processor first, and run the server with its classes");
    }
    if (!"file".equals(descriptor.getProtocol())) {
      return null;
    }
    try {
      Path file = Path.of(descriptor.toURI());
      return file.getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * {@code template.yaml} beside the project of {@code classes} ({@code target/classes} is two
   * levels below it), of the jar the server runs from, or in the working directory; null when
   * there is none.
   */
  private static Path findTemplate(Path classes) {
    List<Path> starts = new ArrayList<>();
    if (classes != null) {
      starts.add(classes.toAbsolutePath());
    }
    try {
      Path code = Path.of(LocalServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      starts.add(code.toAbsolutePath());
    } catch (URISyntaxException | RuntimeException unknown) {
      // Only the working directory, then.
    }
    for (Path start : starts) {
      Path dir = start;
      for (int level = 0; level < 3 && dir != null; level++) {
        if (Files.isRegularFile(dir.resolve("template.yaml"))) {
          return dir.resolve("template.yaml");
        }
        dir = dir.getParent();
      }
    }
    Path here = Path.of("template.yaml").toAbsolutePath();
    return Files.isRegularFile(here) ? here : null;
  }

  /** The AWS emulator's endpoint, or null in mode {@code none} (and for a server of a descriptor alone). */
  public java.net.URI awsEndpoint() {
    return aws == null || aws.emulator() == null ? null : aws.emulator().endpoint();
  }

  /** The port the server listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Prints the routes and functions served, with their URLs. */
  public void printRoutes(PrintStream out) {
    printApp(out);
    out.println("Requests are logged below: method, path, status, function, duration.");
    out.flush();
  }

  private void printApp(PrintStream out) {
    LocalApp app = gateway.app();
    String base = "http://" + connector.getHost() + ":" + port();
    String prefix = stagePrefix && app.stage != null ? "/" + app.stage : "";
    out.println("deployless local server: " + app.name + " (stage " + app.stage + ") at " + base
        + prefix);
    for (LocalApp.Route route : app.routes) {
      List<String> guards = new ArrayList<>();
      if (route.authorizer != null) {
        guards.add("authorizer " + route.authorizer);
      }
      if (route.apiKey) {
        guards.add("API key");
      }
      out.printf("  %-7s %-50s %s%s%n", route.method, base + prefix + route.template,
          route.function.name, guards.isEmpty() ? "" : " (" + String.join(", ", guards) + ")");
    }
    printAuth(app, out);
    out.println("Lambda invoke API: aws lambda invoke --endpoint-url " + base
        + " --function-name NAME out.json");
    for (LocalFunction function : app.functions) {
      String detail = function.schedules.isEmpty() ? function.kind
          : function.kind + " " + String.join(", ", function.schedules)
              + (crons || aws == null ? "" : " (not fired: --crons off)");
      out.printf("  %-40s %s%n", function.name, detail);
    }
  }

  /** The API keys with their local values, and what each authorizer does locally. */
  private static void printAuth(LocalApp app, PrintStream out) {
    for (LocalApp.ApiKey key : app.apiKeys) {
      out.println("API key " + key.name() + ": " + key.value()
          + (key.enabled() ? " (send it as x-api-key)" : " (disabled: refused, as API Gateway does)"));
    }
    for (LocalApp.Authorizer authorizer : app.authorizers.values()) {
      String what = switch (authorizer.type()) {
        case "cognito" -> "the " + authorizer.header() + " token's claims are passed through"
            + " unverified (no signature, issuer or expiry check)";
        case "lambda" -> authorizer.function() != null && app.function(authorizer.function()) != null
            ? "invokes " + authorizer.function() + " with the " + authorizer.header()
                + " header (TOKEN), result cached " + authorizer.ttl() + " s"
            : "an external function: not invoked locally, requests go through";
        default -> "requests are not signature-checked locally";
      };
      out.println("Authorizer " + authorizer.name() + " (" + authorizer.type() + "): " + what);
    }
  }

  private void printBanner(PrintStream out, LocalOptions options) {
    printApp(out);
    aws.describe().forEach(out::println);
    if (!sources.isEmpty()) {
      out.println("Event sources, polled from the emulator:");
      sources.forEach(source -> out.println("  " + source.describe()));
    }
    out.println(versions == null ? "Hot reload: off (the application is a jar or a descriptor file)"
        : options.reload ? "Hot reload: watching " + versions.classes() + " (recompile to reload)"
        : "Hot reload: off (--no-reload)");
    out.println("Requests are logged below: method, path, status, function, duration."
        + " Ctrl-C stops.");
    out.flush();
  }

  /** Stops the server, its schedules, hot reload and the emulator it started; idempotent. */
  @Override
  public void close() {
    sources.forEach(EventSource::close);
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception ignored) {
        // Stopping the rest matters more.
      }
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the local server did not stop: " + e.getMessage(), e);
    } finally {
      if (aws != null) {
        aws.close();
      }
      if (versions != null) {
        versions.close();
      }
    }
  }
}
