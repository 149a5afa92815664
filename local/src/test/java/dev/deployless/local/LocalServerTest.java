package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.Environment;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.handler.ApiFunction;
import dev.deployless.runtime.handler.ApiResponse;
import dev.deployless.runtime.handler.EventFunction;
import dev.deployless.runtime.handler.RouteTable;
import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API Gateway and Lambda emulated on 127.0.0.1 around hand-written handlers. */
class LocalServerTest {

  /** An HTTP function: echoes what it saw, and the greeting its environment held at init. */
  public static final class ThingsHandler extends ApiFunction {
    private final String greeting = Environment.get("GREETING");

    public ThingsHandler() {
      super(new RouteTable("/things/{id}", "/blob"), null);
    }

    @Override
    protected ApiResponse dispatch(int route, Request request, Context context) {
      if (route == 1) {
        byte[] body = request.bodyBytes();
        return ApiResponse.empty(200).header("Content-Type", "image/png")
            .binaryBody(new byte[] {body[0], (byte) body.length});
      }
      return ApiResponse.text(200, greeting + " " + Environment.get("GREETING") + " "
          + request.pathParameters().get("id") + " " + request.pathParameter("id") + " "
          + request.queryParameter("q") + " " + request.stage());
    }
  }

  /** A scheduled function: counts the bytes of its event, fails on an empty one. */
  public static final class TickHandler extends EventFunction {
    @Override
    protected String invoke(byte[] event, Context context) {
      if (event.length == 2) {
        throw new IllegalStateException("empty event");
      }
      return "{\"bytes\":" + event.length + "}";
    }
  }

  static final String DESCRIPTOR = """
      {"version":1,"name":"things","stage":"dev","binaryMediaTypes":["image/*"],
       "cors":{"origins":["*"],"methods":"GET,POST","headers":"Content-Type","maxAge":600,
               "credentials":false,"gatewayPreflight":true},
       "functions":[
        {"name":"ThingsFunction","handler":"%s","kind":"api","memory":512,"timeout":30,
         "environment":{"GREETING":"hi"},
         "routes":[{"method":"GET","path":"/things/{id}"},{"method":"POST","path":"/blob"}],"schedules":[]},
        {"name":"TickFunction","handler":"%s","kind":"schedule","memory":128,"timeout":30,
         "environment":{},"routes":[],"schedules":["rate(5 minutes)"]}]}
      """.formatted(ThingsHandler.class.getName(), TickHandler.class.getName());

  private final HttpClient client = HttpClient.newHttpClient();
  private LocalServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = LocalServer.start(DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "127.0.0.1", 0, true);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void routesToTheHandlerWithItsEnvironmentAndEncodedPathParameters() throws Exception {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/dev/things/a%40b?q=x+y")));
    assertEquals(200, response.statusCode());
    assertEquals("hi hi a%40b a@b x y dev", text(response));
  }

  @Test
  void unknownPathsAndMissingStageAreMissingAuthenticationToken() throws Exception {
    String[][] cases = {
        {"/things/1", "no route matches GET /things/1: paths start with the stage, /dev"},
        {"/dev/nothing", "no route matches GET /dev/nothing: no such path"},
        {"/dev/things/1/2", "no route matches GET /dev/things/1/2: no such path"}};
    for (String[] unknown : cases) {
      HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + unknown[0])));
      assertEquals(403, response.statusCode(), unknown[0]);
      assertEquals("MissingAuthenticationTokenException",
          response.headers().firstValue("x-amzn-ErrorType").orElse(null));
      Map<String, Object> body = JsonReader.of(text(response)).readObject();
      assertEquals("Missing Authentication Token", body.get("message"));
      assertEquals(unknown[1] + " (API Gateway answers 403 Missing Authentication Token for an"
          + " unknown path or method; the local server printed its routes when it started)",
          body.get("local"));
    }
  }

  @Test
  void anUnknownMethodOfAKnownPathIsMissingAuthenticationTokenNamingTheMethods() throws Exception {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/dev/things/1"))
        .DELETE());
    assertEquals(403, response.statusCode());
    Map<String, Object> body = JsonReader.of(text(response)).readObject();
    assertEquals("Missing Authentication Token", body.get("message"));
    assertTrue(((String) body.get("local")).startsWith(
        "no route matches DELETE /dev/things/1: the path takes GET (API Gateway answers 403"),
        text(response));
  }

  @Test
  void eachRequestIsLoggedOnOneLine() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalServer logged = LocalServer.start(DESCRIPTOR.getBytes(StandardCharsets.UTF_8),
        "127.0.0.1", 0, true, 10_000, new PrintStream(log, true, StandardCharsets.UTF_8))) {
      String at = "http://127.0.0.1:" + logged.port();
      send(HttpRequest.newBuilder(URI.create(at + "/dev/things/a%40b?secret=s3cr3t")));
      send(HttpRequest.newBuilder(URI.create(at + "/dev/nothing")));
      send(HttpRequest.newBuilder(URI.create(at + "/2015-03-31/functions/TickFunction/invocations"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));
    }
    String[] lines = log.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(3, lines.length, log.toString(StandardCharsets.UTF_8));
    assertTrue(lines[0].matches("GET +/dev/things/a%40b +200 ThingsFunction +\\d+\\.\\d ms"),
        lines[0]);
    assertTrue(lines[1].matches("GET +/dev/nothing +403 gateway +\\d+\\.\\d ms"), lines[1]);
    assertTrue(lines[2].matches(
        "POST +/2015-03-31/functions/TickFunction/invocations +200 TickFunction +\\d+\\.\\d ms"),
        lines[2]);
  }

  @Test
  void gatewayAnswersPreflights() throws Exception {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/dev/things/1"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://app.test").header("Access-Control-Request-Method", "GET"));
    assertEquals(200, response.statusCode());
    assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("GET,POST", response.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
    assertEquals("600", response.headers().firstValue("Access-Control-Max-Age").orElse(null));
  }

  @Test
  void binaryMediaTypesTravelAsBase64AndBack() throws Exception {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/dev/blob"))
        .header("Content-Type", "image/png")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
    assertEquals(200, response.statusCode());
    assertArrayEquals(new byte[] {(byte) 0x89, 4}, response.body());
  }

  @Test
  void lambdaInvokeApi() throws Exception {
    HttpResponse<byte[]> tick = send(HttpRequest.newBuilder(URI.create(
        base + "/2015-03-31/functions/TickFunction/invocations")).POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")));
    assertEquals(200, tick.statusCode());
    assertEquals("{\"bytes\":7}", text(tick));

    HttpResponse<byte[]> failed = send(HttpRequest.newBuilder(URI.create(
        base + "/2015-03-31/functions/TickFunction/invocations")).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, failed.statusCode());
    assertEquals("Unhandled", failed.headers().firstValue("X-Amz-Function-Error").orElse(null));
    assertTrue(text(failed).contains("\"errorMessage\":\"empty event\""), text(failed));

    HttpResponse<byte[]> unknown = send(HttpRequest.newBuilder(URI.create(
        base + "/2015-03-31/functions/Nope/invocations")).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(404, unknown.statusCode());
  }
}
