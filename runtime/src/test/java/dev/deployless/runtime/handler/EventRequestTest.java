package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing API Gateway REST proxy events (payload format 1.0). */
class EventRequestTest {
  private static final String EVENT = """
      {
        "resource": "/users/{id}", "path": "/users/a%40b", "httpMethod": "get",
        "headers": {"Content-Type": "application/json", "X-Multi": "2"},
        "multiValueHeaders": {"Content-Type": ["application/json"], "X-Multi": ["1", "2"]},
        "queryStringParameters": {"tag": "b", "q": "x"},
        "multiValueQueryStringParameters": {"tag": ["a", "b"], "q": ["x"]},
        "pathParameters": {"id": "a%40b%C3%A9+c"},
        "stageVariables": {"alias": "live"},
        "requestContext": {
          "accountId": "123456789012", "requestId": "req-1", "stage": "dev",
          "domainName": "abc.execute-api.us-east-1.amazonaws.com",
          "identity": {"sourceIp": "198.51.100.7", "userAgent": "curl/8", "caller": null},
          "authorizer": {"claims": {"sub": "u1", "email": "a@b.c"}}
        },
        "body": "{\\"x\\": 1}", "isBase64Encoded": false
      }
      """;

  private static EventRequest parse(String json) {
    return EventRequest.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryDocumentedField() {
    Request request = parse(EVENT);
    assertEquals("GET", request.method());
    assertEquals("/users/{id}", request.resource());
    assertEquals("/users/a%40b", request.path());
    assertEquals("application/json", request.header("content-type"));
    assertEquals(List.of("1", "2"), request.headers("x-MULTI"));
    assertEquals("a", request.queryParameter("tag"));
    assertEquals(List.of("a", "b"), request.queryParameters("tag"));
    assertEquals(List.of(), request.queryParameters("TAG"));
    assertEquals("live", request.stageVariable("alias"));
    assertEquals("{\"x\": 1}", request.body());
    assertEquals("req-1", request.requestId());
    assertEquals("dev", request.stage());
    assertEquals("198.51.100.7", request.sourceIp());
    assertEquals("curl/8", request.userAgent());
    assertEquals("abc.execute-api.us-east-1.amazonaws.com", request.domainName());
    assertEquals(Map.of("sub", "u1", "email", "a@b.c"), request.authorizer().get("claims"));
  }

  @Test
  void pathParametersArePercentDecoded() {
    Request request = parse(EVENT);
    assertEquals("a@bé+c", request.pathParameter("id"));
    assertEquals("a%40b%C3%A9+c", request.pathParameters().get("id"));
    Request bad = parse("{\"httpMethod\":\"GET\",\"pathParameters\":{\"id\":\"%zz\"}}");
    BadRequestException e = assertThrows(BadRequestException.class, () -> bad.pathParameter("id"));
    assertEquals("path parameter 'id' is not valid percent-encoding", e.getMessage());
  }

  @Test
  void singleValueMapsAreUsedWithoutMultiValueOnes() {
    Request request = parse("{\"httpMethod\":\"GET\",\"headers\":{\"Accept\":\"*/*\"},"
        + "\"queryStringParameters\":{\"q\":\"1\"},\"multiValueHeaders\":null}");
    assertEquals("*/*", request.header("ACCEPT"));
    assertEquals("1", request.queryParameter("q"));
    assertEquals("/", request.path());
    assertNull(request.resource());
    assertTrue(!request.hasBody());
  }

  @Test
  void base64BodiesAreDecoded() {
    Request request = parse("{\"httpMethod\":\"POST\",\"body\":\"AQID\",\"isBase64Encoded\":true}");
    assertArrayEquals(new byte[] {1, 2, 3}, request.bodyBytes());
    Request text = parse("{\"httpMethod\":\"POST\",\"body\":\"w6k=\",\"isBase64Encoded\":true}");
    assertEquals("é", text.body());
    Request bad = parse("{\"httpMethod\":\"POST\",\"body\":\"***\",\"isBase64Encoded\":true}");
    assertThrows(BadRequestException.class, bad::bodyBytes);
  }

  @Test
  void eventWithoutMethodIsRejected() {
    JsonException e = assertThrows(JsonException.class, () -> parse("{\"path\":\"/\"}"));
    assertEquals("not an API Gateway REST proxy event: httpMethod is missing", e.getMessage());
  }

  @Test
  void matchedPathParametersKeepEverythingElse() {
    EventRequest request = parse("{\"httpMethod\":\"GET\",\"path\":\"/users/a%40b\","
        + "\"requestContext\":{\"requestId\":\"req-1\"}}");
    assertTrue(request.pathParameters().isEmpty());
    request.matchedPathParameters(new HashMap<>(Map.of("id", "a%40b")));
    assertEquals("a@b", request.pathParameter("id"));
    assertEquals("req-1", request.requestId());
    assertThrows(UnsupportedOperationException.class, () -> request.pathParameters().put("x", "y"));
  }

  @Test
  void absentPartsAreEmpty() {
    Request request = parse("{\"httpMethod\":\"GET\"}");
    assertEquals(List.of(), request.headers("Accept"));
    assertNull(request.header("Accept"));
    assertTrue(request.headerNames().isEmpty());
    assertNull(request.queryParameter("q"));
    assertTrue(request.queryParameterNames().isEmpty());
    assertNull(request.stageVariable("alias"));
    assertNull(request.requestId());
    assertEquals(Map.of(), request.authorizer());
    assertArrayEquals(new byte[0], request.bodyBytes());
    assertNull(request.body());
  }
}
