package dev.deployless.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The AWS Lambda Runtime API (version 2018-06-01) on 127.0.0.1, as a Lambda execution environment
 * offers it to the runtime: the runtime interface client polls {@code invocation/next}, receives an
 * event with its request id and deadline, and posts the result to {@code invocation/<id>/response}
 * or {@code /error}. Tests enqueue events with {@link #invoke} and wait for the result.
 */
public final class RuntimeApiServer implements AutoCloseable {
  private static final String PREFIX = "/2018-06-01/runtime/";

  /** The outcome of one invocation. */
  public record Invocation(String requestId, byte[] payload, boolean failed, long nanos) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  private record Pending(String requestId, byte[] event, long started, CompletableFuture<Invocation> result) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "runtime-api");
    thread.setDaemon(true);
    return thread;
  });
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
  private final CompletableFuture<String> initError = new CompletableFuture<>();
  private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();

  private RuntimeApiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.setExecutor(executor);
    server.createContext(PREFIX, this::handle);
    server.start();
  }

  /** A server on a free port of 127.0.0.1. */
  public static RuntimeApiServer start() throws IOException {
    return new RuntimeApiServer();
  }

  /** The value of {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:port}. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Enqueues {@code event}; the future completes when the runtime posts the result. */
  public CompletableFuture<Invocation> invoke(byte[] event) {
    Pending pending = new Pending(UUID.randomUUID().toString(), event, System.nanoTime(),
        new CompletableFuture<>());
    queue.add(pending);
    return pending.result();
  }

  /** Invokes and waits at most {@code timeout} for the result. */
  public Invocation invoke(byte[] event, Duration timeout) throws Exception {
    return invoke(event).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Completes with the nano time of the runtime's first poll for an event (its init is done). */
  public CompletableFuture<Long> firstPoll() {
    return firstPoll;
  }

  /** Completes with the body of an init error, if the runtime reports one. */
  public CompletableFuture<String> initError() {
    return initError;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (path.equals("invocation/next")) {
        firstPoll.complete(System.nanoTime());
        Pending pending = queue.take();
        inFlight.put(pending.requestId(), pending);
        exchange.getResponseHeaders().set("Lambda-Runtime-Aws-Request-Id", pending.requestId());
        exchange.getResponseHeaders().set("Lambda-Runtime-Deadline-Ms",
            Long.toString(System.currentTimeMillis() + 30_000));
        exchange.getResponseHeaders().set("Lambda-Runtime-Invoked-Function-Arn",
            "arn:aws:lambda:us-east-1:123456789012:function:test");
        exchange.getResponseHeaders().set("Lambda-Runtime-Trace-Id",
            "Root=1-5e66d96f-7491f09xmpl79d18acf3d050;Sampled=0");
        reply(exchange, 200, pending.event());
      } else if (path.equals("init/error")) {
        initError.complete(new String(body, StandardCharsets.UTF_8));
        reply(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith("invocation/")) {
        String[] parts = path.split("/");
        Pending pending = inFlight.remove(parts[1]);
        if (pending == null) {
          reply(exchange, 400, "{\"errorMessage\":\"unknown request id\"}".getBytes(StandardCharsets.UTF_8));
          return;
        }
        pending.result().complete(new Invocation(pending.requestId(), body, parts[2].equals("error"),
            System.nanoTime() - pending.started()));
        reply(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
      } else {
        reply(exchange, 404, new byte[0]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** How long to wait for a result by default. */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);
}
