package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.handler.ApiFunction;
import dev.deployless.runtime.handler.ApiResponse;
import dev.deployless.runtime.handler.RouteTable;
import dev.deployless.runtime.json.JsonReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proxy events the local server and the tests send, field for field. */
class ProxyEventTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(ProxyEvent event) {
    return new JsonReader(event.bytes()).readObject();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> json, String name) {
    return (Map<String, Object>) json.get(name);
  }

  @Test
  void singleValueMapsHoldTheLastValueMultiValueMapsAll() {
    Map<String, Object> event = json(ProxyEvent.request("get", "/users/a%40b").resource("/users/{id}")
        .header("X-Multi", "1").header("X-Multi", "2").query("tag", "a").query("tag", "b")
        .pathParameter("id", "a%40b"));
    assertEquals("GET", event.get("httpMethod"));
    assertEquals("/users/{id}", event.get("resource"));
    assertEquals("/users/a%40b", event.get("path"));
    assertEquals(Map.of("X-Multi", "2"), event.get("headers"));
    assertEquals(Map.of("X-Multi", List.of("1", "2")), event.get("multiValueHeaders"));
    assertEquals(Map.of("tag", "b"), event.get("queryStringParameters"));
    assertEquals(Map.of("tag", List.of("a", "b")), event.get("multiValueQueryStringParameters"));
    assertEquals(Map.of("id", "a%40b"), event.get("pathParameters"));
    assertNull(event.get("stageVariables"));
    assertNull(event.get("body"));
    assertEquals(false, event.get("isBase64Encoded"));
  }

  @Test
  void requestContextFollowsTheHeadersAndTheSettings() {
    Map<String, Object> event = json(ProxyEvent.request("POST", "/tenants")
        .header("Host", "127.0.0.1:3000").header("User-Agent", "curl/8.5.0")
        .stage("dev").requestId("r-1").extendedRequestId("e-1")
        .requestTime(Instant.parse("2026-03-04T19:15:17.135Z")).protocol("HTTP/1.0")
        .sourceIp("127.0.0.1").api("000000000000", "local"));
    Map<String, Object> context = object(event, "requestContext");
    assertEquals("000000000000", context.get("accountId"));
    assertEquals("local", context.get("apiId"));
    assertEquals("127.0.0.1:3000", context.get("domainName"));
    assertEquals("127", context.get("domainPrefix"));
    assertEquals("e-1", context.get("extendedRequestId"));
    assertEquals("POST", context.get("httpMethod"));
    assertEquals("/dev/tenants", context.get("path"));
    assertEquals("HTTP/1.0", context.get("protocol"));
    assertEquals("r-1", context.get("requestId"));
    assertEquals("04/Mar/2026:19:15:17 +0000", context.get("requestTime"));
    assertEquals(1772651717135L, ((Number) context.get("requestTimeEpoch")).longValue());
    assertEquals("/tenants", context.get("resourcePath"));
    assertEquals("dev", context.get("stage"));
    Map<String, Object> identity = object(context, "identity");
    assertEquals("127.0.0.1", identity.get("sourceIp"));
    assertEquals("curl/8.5.0", identity.get("userAgent"));
    assertTrue(identity.containsKey("cognitoIdentityId") && identity.get("cognitoIdentityId") == null);

    Map<String, Object> bare = object(json(ProxyEvent.request("GET", "/x").stage(null)), "requestContext");
    assertEquals("/x", bare.get("path"));
    assertNull(bare.get("domainName"));
    assertNull(bare.get("domainPrefix"));
    assertEquals("abcdef1234", object(json(ProxyEvent.request("GET", "/x")
        .header("host", "abcdef1234.execute-api.us-east-1.amazonaws.com")), "requestContext")
        .get("domainPrefix"));
  }

  @Test
  void bodiesAreTextOrBase64() {
    Map<String, Object> json = json(ProxyEvent.request("POST", "/x").jsonBody("{\"a\":1}"));
    assertEquals("{\"a\":1}", json.get("body"));
    assertEquals(Map.of("Content-Type", "application/json"), json.get("headers"));
    Map<String, Object> binary = json(ProxyEvent.request("POST", "/x").binaryBody(new byte[] {1, 2, 3}, "image/png"));
    assertEquals("AQID", binary.get("body"));
    assertEquals(true, binary.get("isBase64Encoded"));
    assertEquals(Map.of("Content-Type", "image/png"), binary.get("headers"));
  }

  /** Echoes what the handler's {@link Request} saw of the event. */
  static final class Echo extends ApiFunction {
    Echo() {
      super(new RouteTable("/users/{id}"), null);
    }

    @Override
    protected ApiResponse dispatch(int route, Request request, Context context) {
      return ApiResponse.text(200, String.join("|", request.method(), request.pathParameter("id"),
          request.header("x-multi"), String.valueOf(request.headers("X-Multi")),
          request.queryParameter("q"), request.body(), request.requestId(), request.stage(),
          request.sourceIp(), request.userAgent(), request.domainName()));
    }
  }

  @Test
  void handlersReadTheEventsItBuilds() {
    byte[] event = ProxyEvent.request("PUT", "/users/a%40b").resource("/users/{id}")
        .pathParameter("id", "a%40b").header("X-Multi", "1").header("X-Multi", "2")
        .header("Host", "api.example.com").header("User-Agent", "curl/8.5.0").query("q", "x y")
        .body("hello").requestId("r-1").bytes();
    ApiResponse response = new Echo().handle(event, null);
    assertEquals(200, response.status());
    assertEquals("PUT|a@b|1|[1, 2]|x y|hello|r-1|dev|198.51.100.7|curl/8.5.0|api.example.com",
        response.body());
  }

  @Test
  void theCallerTravelsInTheRequestContextAsApiGatewayPutsIt() {
    Map<String, Object> lambda = object(json(ProxyEvent.request("GET", "/me")
        .lambdaAuthorizer("user-1", Map.of("tier", 2)).apiKey("k1", "v1")), "requestContext");
    assertEquals(Map.of("principalId", "user-1", "integrationLatency", 0, "tier", "2"),
        lambda.get("authorizer"));
    assertEquals("k1", object(lambda, "identity").get("apiKeyId"));
    assertEquals("v1", object(lambda, "identity").get("apiKey"));
    Map<String, Object> cognito = object(json(ProxyEvent.request("GET", "/me")
        .cognitoClaims(Map.of("sub", "u-1"))), "requestContext");
    assertEquals(Map.of("sub", "u-1"), object(cognito, "authorizer").get("claims"));
    Map<String, Object> iam = object(object(json(ProxyEvent.request("GET", "/me")
        .iam("123456789012", "AIDA1", "arn:aws:iam::123456789012:user/a")), "requestContext"),
        "identity");
    assertEquals("arn:aws:iam::123456789012:user/a", iam.get("userArn"));
    assertEquals("AIDA1", iam.get("caller"));
    assertEquals("123456789012", iam.get("accountId"));
  }
}
