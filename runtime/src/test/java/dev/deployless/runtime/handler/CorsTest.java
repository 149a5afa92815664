package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.Request;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CORS headers on responses and preflight answers. */
class CorsTest {
  private static Request request(String method, String headers) {
    return EventRequest.parse(("{\"httpMethod\":\"" + method + "\",\"path\":\"/x\",\"headers\":{" + headers + "}}")
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void wildcardIsAlwaysAdded() {
    Cors cors = new Cors(new String[] {"*"}, null, null, "Location", -1, false);
    ApiResponse response = ApiResponse.empty(200);
    cors.apply(request("GET", ""), response);
    assertEquals("*", response.header("Access-Control-Allow-Origin"));
    assertEquals("Location", response.header("Access-Control-Expose-Headers"));
    assertNull(response.header("Vary"));
  }

  @Test
  void listedOriginsAreEchoedOthersAreNot() {
    Cors cors = new Cors(new String[] {"https://a.test", "https://b.test"}, "GET", "Content-Type", null, 60, true);
    ApiResponse allowed = ApiResponse.empty(200);
    cors.apply(request("GET", "\"Origin\":\"https://b.test\""), allowed);
    assertEquals("https://b.test", allowed.header("Access-Control-Allow-Origin"));
    assertEquals("Origin", allowed.header("Vary"));
    assertEquals("true", allowed.header("Access-Control-Allow-Credentials"));
    ApiResponse other = ApiResponse.empty(200);
    cors.apply(request("GET", "\"Origin\":\"https://evil.test\""), other);
    assertNull(other.header("Access-Control-Allow-Origin"));
  }

  @Test
  void preflightNeedsOptionsAndARequestedMethod() {
    Cors cors = new Cors(new String[] {"*"}, "GET,POST", "Content-Type", null, 600, false);
    assertFalse(cors.isPreflight(request("OPTIONS", "")));
    Request preflight = request("OPTIONS", "\"Access-Control-Request-Method\":\"POST\"");
    assertTrue(cors.isPreflight(preflight));
    ApiResponse response = cors.preflight(preflight);
    assertEquals(204, response.status());
    assertEquals("GET,POST", response.header("Access-Control-Allow-Methods"));
    assertEquals("Content-Type", response.header("Access-Control-Allow-Headers"));
    assertEquals("600", response.header("Access-Control-Max-Age"));
  }

  @Test
  void routeHeadersAreKept() {
    Cors cors = new Cors(new String[] {"*"}, null, null, null, -1, false);
    ApiResponse response = ApiResponse.empty(200).header("Access-Control-Allow-Origin", "https://own.test");
    cors.apply(request("GET", ""), response);
    assertEquals("https://own.test", response.header("Access-Control-Allow-Origin"));
    assertEquals(2, response.headers().size());
  }
}
