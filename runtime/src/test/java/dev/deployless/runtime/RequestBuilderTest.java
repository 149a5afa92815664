package dev.deployless.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Requests built for tests answer like the ones API Gateway events give. */
class RequestBuilderTest {

  @Test
  void everyPartReadsBackAsGiven() {
    Request request = Request.builder("get", "/users/a%40b").resource("/users/{id}")
        .header("Content-Type", "application/json").header("X-Multi", "1").header("x-multi", "2")
        .header("User-Agent", "curl/8").header("Host", "api.example.com")
        .queryParameter("tag", "a").queryParameter("tag", "b")
        .pathParameter("id", "a%40b%C3%A9+c").stageVariable("alias", "live")
        .body("{\"x\": 1}").requestId("req-1").stage("dev").sourceIp("198.51.100.7")
        .authorizer(Map.of("claims", Map.of("sub", "u1")))
        .build();
    assertEquals("GET", request.method());
    assertEquals("/users/{id}", request.resource());
    assertEquals("/users/a%40b", request.path());
    assertEquals("application/json", request.header("content-type"));
    assertEquals(List.of("1", "2"), request.headers("X-MULTI"));
    assertEquals(Set.of("content-type", "x-multi", "user-agent", "host"), request.headerNames());
    assertEquals("a", request.queryParameter("tag"));
    assertEquals(List.of("a", "b"), request.queryParameters("tag"));
    assertEquals(List.of(), request.queryParameters("TAG"));
    assertEquals(Set.of("tag"), request.queryParameterNames());
    assertEquals("a@bé+c", request.pathParameter("id"));
    assertEquals(Map.of("id", "a%40b%C3%A9+c"), request.pathParameters());
    assertEquals("live", request.stageVariable("alias"));
    assertTrue(request.hasBody());
    assertEquals("{\"x\": 1}", request.body());
    assertFalse(request.isBase64Encoded());
    assertEquals("req-1", request.requestId());
    assertEquals("dev", request.stage());
    assertEquals("198.51.100.7", request.sourceIp());
    assertEquals("curl/8", request.userAgent());
    assertEquals("api.example.com", request.domainName());
    assertEquals(Map.of("sub", "u1"), request.authorizer().get("claims"));
    assertEquals("GET /users/a%40b", request.toString());
  }

  @Test
  void unsetPartsAreAbsent() {
    Request request = Request.builder("POST", "/x").build();
    assertNull(request.resource());
    assertNull(request.header("Accept"));
    assertEquals(List.of(), request.headers("Accept"));
    assertNull(request.queryParameter("q"));
    assertNull(request.pathParameter("id"));
    assertNull(request.stageVariable("alias"));
    assertFalse(request.hasBody());
    assertNull(request.body());
    assertArrayEquals(new byte[0], request.bodyBytes());
    assertNull(request.requestId());
    assertEquals(Map.of(), request.authorizer());
  }

  @Test
  void binaryBodiesAreBytes() {
    Request request = Request.builder("POST", "/blob").body(new byte[] {(byte) 0xc3, (byte) 0xa9}).build();
    assertTrue(request.isBase64Encoded());
    assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9}, request.bodyBytes());
    assertEquals("é", request.body());
  }

  @Test
  void badPercentEncodingIsABadRequest() {
    Request request = Request.builder("GET", "/x/%zz").pathParameter("id", "%zz").build();
    BadRequestException e = assertThrows(BadRequestException.class, () -> request.pathParameter("id"));
    assertEquals("path parameter 'id' is not valid percent-encoding", e.getMessage());
  }

  @Test
  void builtRequestsDoNotChangeWithTheBuilder() {
    RequestBuilder builder = Request.builder("GET", "/x").header("A", "1").body("one");
    Request first = builder.build();
    builder.header("A", "2").body("two");
    assertEquals(List.of("1"), first.headers("a"));
    assertEquals("one", first.body());
    assertEquals(List.of("1", "2"), builder.build().headers("a"));
    assertThrows(UnsupportedOperationException.class, () -> first.headers("a").add("3"));
    byte[] bytes = first.bodyBytes();
    bytes[0] = 'X';
    assertEquals("one", new String(first.bodyBytes(), StandardCharsets.UTF_8));
  }
}
