package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployless.runtime.Response;
import org.junit.jupiter.api.Test;

/** The proxy result handlers return to API Gateway. */
class ApiResponseTest {

  @Test
  void jsonShapeWithSingleAndRepeatedHeaders() {
    ApiResponse response = ApiResponse.of(Response.ok("x").header("Set-Cookie", "a=1")
        .header("Set-Cookie", "b=2").header("Location", "/x")).textBody("hello");
    assertEquals("{\"statusCode\":200,\"headers\":{\"Location\":\"/x\",\"Content-Type\":"
        + "\"text/plain; charset=utf-8\"},\"multiValueHeaders\":{\"Set-Cookie\":[\"a=1\",\"b=2\"]},"
        + "\"body\":\"hello\",\"isBase64Encoded\":false}", response.toJson());
  }

  @Test
  void explicitContentTypeIsKept() {
    ApiResponse response = ApiResponse.of(Response.ok("a,b").header("content-type", "text/csv"))
        .textBody("a,b");
    assertEquals("text/csv", response.header("Content-Type"));
    assertEquals(2, response.headers().size());
  }

  @Test
  void errorBody() {
    assertEquals("{\"status\":404,\"error\":\"Not Found\",\"message\":\"gone\"}",
        ApiResponse.error(404, "gone").body());
    assertEquals("{\"status\":500,\"error\":\"Internal Server Error\",\"message\":\"m\",\"requestId\":\"r\"}",
        ApiResponse.error(500, "m", "r").body());
    assertEquals("Client Error", ApiResponse.reason(418));
  }

  @Test
  void binaryBodiesAreBase64() {
    ApiResponse response = ApiResponse.binary(200, new byte[] {1, 2, 3});
    assertEquals("AQID", response.body());
    assertEquals(true, response.isBase64Encoded());
    assertEquals("application/octet-stream", response.header("Content-Type"));
  }
}
