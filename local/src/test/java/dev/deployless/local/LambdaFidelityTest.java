package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.Environment;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.handler.ApiFunction;
import dev.deployless.runtime.handler.ApiResponse;
import dev.deployless.runtime.handler.EventFunction;
import dev.deployless.runtime.handler.RouteTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lambda as the local server emulates it, started from its command-line options: timeouts (API
 * Gateway's 504, Lambda's {@code Sandbox.Timedout}), a container per concurrent invocation,
 * asynchronous invocations, Lambda's variables, a failing handler answering for its request only,
 * and schedules firing.
 */
class LambdaFidelityTest {
  /** Concurrent invocations in flight, and containers created. */
  static final AtomicInteger CONTAINERS = new AtomicInteger();
  static volatile CountDownLatch together = new CountDownLatch(0);
  static final List<String> TICKS = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Sleeps {@code ?ms=N}, waits for a companion at {@code /together}, fails at {@code /fail}. */
  public static final class SlowHandler extends ApiFunction {
    public SlowHandler() {
      super(new RouteTable("/sleep", "/together", "/fail", "/env"), null);
      CONTAINERS.incrementAndGet();
    }

    @Override
    protected ApiResponse dispatch(int route, Request request, Context context) {
      try {
        switch (route) {
          case 0 -> Thread.sleep(Long.parseLong(request.queryParameter("ms")));
          case 1 -> {
            together.countDown();
            if (!together.await(10, TimeUnit.SECONDS)) {
              return ApiResponse.text(500, "alone");
            }
          }
          case 2 -> throw new IllegalStateException("this route fails");
          default -> {
            return ApiResponse.text(200, Environment.get("AWS_LAMBDA_FUNCTION_NAME") + " "
                + Environment.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE") + " "
                + (context.getRemainingTimeInMillis() + 999) / 1000);
          }
        }
      } catch (InterruptedException e) {
        return ApiResponse.text(500, "interrupted");
      }
      return ApiResponse.text(200, "slept");
    }
  }

  /** A scheduled function that records its event. */
  public static final class TickHandler extends EventFunction {
    @Override
    protected String invoke(byte[] event, Context context) {
      TICKS.add(new String(event, StandardCharsets.UTF_8));
      return "{}";
    }
  }

  static final String DESCRIPTOR = """
      {"version":1,"name":"slow","stage":"dev","binaryMediaTypes":[],
       "functions":[
        {"name":"SlowFunction","handler":"%s","kind":"api","memory":256,"timeout":1,
         "environment":{},
         "routes":[{"method":"GET","path":"/sleep"},{"method":"GET","path":"/together"},
                   {"method":"GET","path":"/fail"},{"method":"GET","path":"/env"}],"schedules":[]},
        {"name":"TickFunction","handler":"%s","kind":"schedule","memory":128,"timeout":30,
         "environment":{},"routes":[],"schedules":["rate(1 minute)"]}]}
      """.formatted(SlowHandler.class.getName(), TickHandler.class.getName());

  private final HttpClient client = HttpClient.newHttpClient();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private LocalServer server;
  private String base;
  private Path descriptor;

  @BeforeEach
  void start() throws Exception {
    descriptor = Files.createTempFile("app", ".json");
    Files.writeString(descriptor, DESCRIPTOR);
    server = LocalServer.start(new String[] {"--descriptor", descriptor.toString(), "--port", "0",
        "--aws", "none", "--crons", "off"}, new PrintStream(output, true, StandardCharsets.UTF_8));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    Files.deleteIfExists(descriptor);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> invoke(String function, String type) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/2015-03-31/functions/"
        + function + "/invocations")).POST(HttpRequest.BodyPublishers.ofString(
        "{\"httpMethod\":\"GET\",\"path\":\"/sleep\",\"resource\":\"/sleep\","
            + "\"queryStringParameters\":{\"ms\":\"3000\"},\"requestContext\":{\"stage\":\"dev\"}}"));
    if (type != null) {
      request.header("X-Amz-Invocation-Type", type);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRouteRunningPastItsTimeoutIs504AndTheNextRequestIsServed() throws Exception {
    HttpResponse<String> late = get("/dev/sleep?ms=3000");
    assertEquals(504, late.statusCode());
    assertEquals("{\"message\":\"Endpoint request timed out\"}", late.body());
    assertEquals("slept", get("/dev/sleep?ms=1").body());
    assertTrue(output.toString(StandardCharsets.UTF_8).contains(
        "504 SlowFunction"), output.toString(StandardCharsets.UTF_8));
    assertTrue(output.toString(StandardCharsets.UTF_8).contains("Task timed out after 1.00 seconds"));
  }

  @Test
  void theInvokeApiAnswersLambdasTimeoutError() throws Exception {
    HttpResponse<String> late = invoke("SlowFunction", null);
    assertEquals(200, late.statusCode());
    assertEquals("Unhandled", late.headers().firstValue("X-Amz-Function-Error").orElse(null));
    assertTrue(late.body().matches("\\{\"errorType\":\"Sandbox.Timedout\",\"errorMessage\":"
        + "\"RequestId: [0-9a-f-]{36} Error: Task timed out after 1.00 seconds\"}"), late.body());
  }

  @Test
  void asynchronousAndDryRunInvocationsAnswerAtOnce() throws Exception {
    HttpResponse<String> event = invoke("SlowFunction", "Event");
    assertEquals(202, event.statusCode());
    assertEquals("", event.body());
    assertEquals(204, invoke("SlowFunction", "DryRun").statusCode());
  }

  @Test
  void concurrentRequestsRunInContainersOfTheirOwn() throws Exception {
    int before = CONTAINERS.get();
    together = new CountDownLatch(2);
    CompletableFuture<HttpResponse<String>> first = client.sendAsync(
        HttpRequest.newBuilder(URI.create(base + "/dev/together")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> second = get("/dev/together");
    assertEquals("slept", second.body());
    assertEquals("slept", first.get(10, TimeUnit.SECONDS).body());
    assertEquals(before + 2, CONTAINERS.get());
    // Both containers stay warm: two more requests, one after the other, create none.
    get("/dev/sleep?ms=1");
    get("/dev/sleep?ms=1");
    assertEquals(before + 2, CONTAINERS.get());
  }

  @Test
  void aFailingFunctionAnswersForItsRequestOnly() throws Exception {
    HttpResponse<String> failed = get("/dev/fail");
    assertEquals(500, failed.statusCode());
    assertTrue(failed.body().contains("internal error"), failed.body());
    assertEquals(200, get("/dev/sleep?ms=1").statusCode());
  }

  @Test
  void functionsSeeLambdasVariables() throws Exception {
    assertEquals("SlowFunction 256 1", get("/dev/env").body());
  }

  @Test
  void schedulesFireWithEventBridgesEvent() throws Exception {
    TICKS.clear();
    try (Scheduler scheduler = new Scheduler(() -> serverApp(), noAws(), "slow",
        new RequestLog(new PrintStream(output, true, StandardCharsets.UTF_8)))) {
      // As if the server had started 59.8 s ago: rate(1 minute) fires in 0.2 s.
      scheduler.start(Instant.now().minusMillis(59_800));
      long deadline = System.currentTimeMillis() + 10_000;
      while (!output.toString(StandardCharsets.UTF_8).contains("ok  TickFunction")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
    }
    assertEquals(1, TICKS.size());
    assertTrue(TICKS.get(0).contains("\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\""),
        TICKS.get(0));
    assertTrue(TICKS.get(0).contains("rule/slow-TickFunctionSchedule"), TICKS.get(0));
    String log = output.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("cron    rate(1 minute)"), log);
    assertTrue(log.contains("ok  TickFunction"), log);
  }

  @Test
  void theBannerSaysWhatRunsAndWhere() {
    String banner = output.toString(StandardCharsets.UTF_8);
    assertTrue(banner.contains("deployless local server: slow (stage dev) at " + base + "/dev"), banner);
    assertTrue(banner.contains("TickFunction                             schedule rate(1 minute)"
        + " (not fired: --crons off)"), banner);
    assertTrue(banner.contains("AWS: none"), banner);
    assertTrue(banner.contains("Hot reload: off"), banner);
  }

  private LocalApp serverApp() {
    return LocalApp.parse(DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
  }

  private static LocalAws noAws() throws Exception {
    return LocalAws.start(dev.deployless.local.aws.AwsMode.NONE, "us-east-1", null, null, "slow",
        null, System.out);
  }
}
