package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.NotFoundException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The base of generated HTTP handlers, with a hand-written subclass as the processor would write it. */
class ApiFunctionTest {
  static final class Things extends ApiFunction {
    Things() {
      super(new RouteTable("/things", "/things/{id}"), null);
    }

    @Override
    protected ApiResponse dispatch(int route, Request request, Context context) {
      switch (route) {
        case 0:
          switch (request.method()) {
            case "POST":
              JsonReader body = jsonBody(request);
              try {
                body.skipValue();
                body.endDocument();
              } catch (JsonException e) {
                throw invalidBody(e);
              }
              return ApiResponse.empty(201);
            default:
              return methodNotAllowed(request, "POST");
          }
        case 1:
          String id = request.pathParameter("id");
          if (id.equals("missing")) {
            throw new NotFoundException("no thing " + id);
          }
          if (id.equals("boom")) {
            throw new IllegalStateException("secret");
          }
          return ApiResponse.text(200, id);
        default:
          throw new IllegalStateException();
      }
    }
  }

  private final Things things = new Things();

  private ApiResponse call(String method, String path, String extra) {
    String event = "{\"httpMethod\":\"" + method + "\",\"path\":\"" + path + "\",\"requestContext\":"
        + "{\"requestId\":\"req-9\"}" + extra + "}";
    return things.handle(event.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void routesByPath() {
    assertEquals("7", call("GET", "/things/7", "").body());
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    assertEquals(404, call("GET", "/nope", "").status());
    ApiResponse wrong = call("GET", "/things", "");
    assertEquals(405, wrong.status());
    assertEquals("POST", wrong.header("Allow"));
  }

  @Test
  void httpExceptionsKeepTheirStatus() {
    ApiResponse response = call("GET", "/things/missing", "");
    assertEquals(404, response.status());
    assertEquals("{\"status\":404,\"error\":\"Not Found\",\"message\":\"no thing missing\"}", response.body());
  }

  @Test
  void unexpectedExceptionsAre500WithRequestIdAndLogged() {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    ApiResponse response;
    try {
      response = call("GET", "/things/boom", "");
    } finally {
      System.setErr(original);
    }
    assertEquals(500, response.status());
    assertFalse(response.body().contains("secret"));
    assertTrue(response.body().contains("\"requestId\":\"req-9\""));
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("req-9") && logged.contains("IllegalStateException: secret"), logged);
  }

  @Test
  void malformedEventIs400() {
    assertEquals(400, things.handle("[]".getBytes(StandardCharsets.UTF_8), null).status());
  }

  @Test
  void bodyChecks() {
    assertEquals(201, call("POST", "/things", ",\"body\":\"{}\"").status());
    assertEquals(400, call("POST", "/things", "").status());
    assertEquals(400, call("POST", "/things", ",\"body\":\"{\"").status());
    assertEquals(415, call("POST", "/things", ",\"headers\":{\"Content-Type\":\"text/plain\"},\"body\":\"{}\"")
        .status());
    assertEquals(201, call("POST", "/things",
        ",\"headers\":{\"Content-Type\":\"application/problem+json; charset=utf-8\"},\"body\":\"{}\"").status());
  }

  @Test
  void handleRequestWritesTheProxyJson() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    things.handleRequest(new ByteArrayInputStream(
        "{\"httpMethod\":\"GET\",\"path\":\"/things/x\"}".getBytes(StandardCharsets.UTF_8)), out, null);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"statusCode\":200,"));
  }
}
