package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events sent straight to a handler whose headers, query string, stage variables or request context
 * (the parts read on first use) are malformed (issue 18, item 5): each is a 400 naming the part,
 * never a 500, and {@code handleRequest} never throws.
 */
class MalformedEventTest {
  private final PartsFunction parts = new PartsFunction();

  /** An event for {@code GET /users/7} with {@code fields} (JSON members) added. */
  private static String event(String method, String path, String fields) {
    return "{\"httpMethod\":\"" + method + "\",\"path\":\"" + path + "\"," + fields + "}";
  }

  /** The proxy response {@code handleRequest} writes, which must not throw. */
  private Map<String, Object> handleRequest(String event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      parts.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    } finally {
      System.setErr(err);
    }
    return JsonReader.of(out.toString(StandardCharsets.UTF_8)).readObject();
  }

  private String badRequest(String event) throws Exception {
    Map<String, Object> proxy = handleRequest(event);
    assertEquals(400, ((Number) proxy.get("statusCode")).intValue(), (String) proxy.get("body"));
    return (String) JsonReader.of((String) proxy.get("body")).readObject().get("message");
  }

  @Test
  void wellFormedPartsAreRead() throws Exception {
    Map<String, Object> proxy = handleRequest(event("GET", "/users/7",
        "\"headers\":{\"Origin\":\"https://app.test\"},\"queryStringParameters\":{\"q\":\"1\"},"
            + "\"stageVariables\":{\"alias\":\"live\"},\"requestContext\":{\"requestId\":\"r-1\"}"));
    assertEquals(200, ((Number) proxy.get("statusCode")).intValue(), (String) proxy.get("body"));
    String body = (String) proxy.get("body");
    assertTrue(body.contains("query q=[1]") && body.contains("request id=r-1")
        && body.contains("stage variable=live") && body.contains("path id=7"), body);
  }

  @Test
  void headersThatAreNotAnObjectAreABadRequest() throws Exception {
    assertEquals("malformed API Gateway event: expected an object or null at $.headers but found a"
        + " number", badRequest(event("GET", "/users/7", "\"headers\":5")));
    assertEquals("malformed API Gateway event: expected an object or null at $.headers but found a"
        + " string", badRequest(event("GET", "/users/7", "\"headers\":\"x\"")));
    assertEquals("malformed API Gateway event: expected an object or null at $.headers but found an"
        + " array", badRequest(event("GET", "/users/7", "\"headers\":[]")));
  }

  @Test
  void aRequestContextThatIsNotAnObjectIsABadRequestEvenForAFailingRoute() throws Exception {
    assertEquals("malformed API Gateway event: expected an object or null at $.requestContext but"
        + " found a number", badRequest(event("GET", "/fail", "\"requestContext\":5")));
  }

  @Test
  void aMalformedRequestIdOfAFailingRouteIsABadRequest() throws Exception {
    assertEquals("malformed API Gateway event: expected a string at $.requestContext.requestId but"
        + " found a number", badRequest(event("GET", "/fail", "\"requestContext\":{\"requestId\":5}")));
  }

  @Test
  void aNumberAsAHeaderValueIsABadRequest() throws Exception {
    assertEquals("malformed API Gateway event: expected a string at $.headers.X-Id but found a"
        + " number", badRequest(event("GET", "/users/7", "\"headers\":{\"X-Id\":5}")));
    assertEquals("malformed API Gateway event: expected a string at $.multiValueHeaders.X-Id[0] but"
        + " found a number", badRequest(event("GET", "/users/7",
            "\"multiValueHeaders\":{\"X-Id\":[5]}")));
  }

  @Test
  void aStringAsMultiValueHeadersIsABadRequest() throws Exception {
    assertEquals("malformed API Gateway event: expected an object or null at $.multiValueHeaders"
        + " but found a string", badRequest(event("GET", "/users/7", "\"multiValueHeaders\":\"x\"")));
    assertEquals("malformed API Gateway event: expected an array at $.multiValueHeaders.Accept but"
        + " found a string", badRequest(event("GET", "/users/7",
            "\"multiValueHeaders\":{\"Accept\":\"*/*\"}")));
  }

  @Test
  void aListAsQueryParametersIsABadRequest() throws Exception {
    assertEquals("malformed API Gateway event: expected an object or null at"
        + " $.queryStringParameters but found an array",
        badRequest(event("GET", "/users/7", "\"queryStringParameters\":[\"q\"]")));
    assertEquals("malformed API Gateway event: expected an array at"
        + " $.multiValueQueryStringParameters.q but found an object",
        badRequest(event("GET", "/users/7", "\"multiValueQueryStringParameters\":{\"q\":{}}")));
  }

  @Test
  void malformedStageVariablesAndIdentityAreBadRequests() throws Exception {
    assertEquals("malformed API Gateway event: expected a string at $.stageVariables.alias but found"
        + " a boolean", badRequest(event("GET", "/users/7", "\"stageVariables\":{\"alias\":true}")));
    assertEquals("malformed API Gateway event: expected an object at $.requestContext.identity but"
        + " found a string", badRequest(event("GET", "/users/7",
            "\"requestContext\":{\"identity\":\"me\"}")));
  }

  @Test
  void aMalformedApiKeyIdIsABadRequestAndAMalformedAuthorizerAnAnonymousCaller() throws Exception {
    assertEquals("malformed API Gateway event: expected a string at"
        + " $.requestContext.identity.apiKeyId but found a boolean", badRequest(event("GET",
            "/users/7", "\"requestContext\":{\"identity\":{\"apiKeyId\":true}}")));
    Map<String, Object> proxy = handleRequest(event("GET", "/users/7",
        "\"requestContext\":{\"authorizer\":{\"principalId\":[1],\"claims\":7}}"));
    assertEquals(200, ((Number) proxy.get("statusCode")).intValue(), (String) proxy.get("body"));
    assertTrue(((String) proxy.get("body")).contains("caller=null {} null null"),
        (String) proxy.get("body"));
  }

  @Test
  void aSyntaxErrorInAPartReadLaterNamesThePart() throws Exception {
    String message = badRequest(event("GET", "/users/7", "\"headers\":{\"A\":\"1\" \"B\":\"2\"}"));
    assertTrue(message.startsWith("malformed API Gateway event: malformed JSON ($.headers.A):"),
        message);
  }
}
