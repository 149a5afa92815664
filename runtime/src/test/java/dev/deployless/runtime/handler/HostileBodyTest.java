package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies with numbers beyond their type's range, and over the read limits, sent through a handler
 * as API Gateway sends them: each is a 400 naming the path or the limit, never a 500 (issue 18,
 * items 1 to 3).
 */
class HostileBodyTest {
  private final EchoFunction echo = new EchoFunction();

  private ApiResponse post(String body) {
    String event = JsonValues.toJson(Map.of("httpMethod", "POST", "path", "/echo", "resource", "/echo",
        "body", body));
    return echo.handle(event.getBytes(StandardCharsets.UTF_8), null);
  }

  private String badRequest(String body) {
    ApiResponse response = post(body);
    assertEquals(400, response.status(), response.body());
    return (String) JsonReader.of(response.body()).readObject().get("message");
  }

  @Test
  void infiniteNumbersAreBadRequests() {
    assertEquals("invalid request body: number 1e400 at $.d is out of range for double",
        badRequest("{\"d\": 1e400}"));
    assertEquals("invalid request body: number 1e39 at $.f is out of range for float",
        badRequest("{\"f\": 1e39}"));
    assertEquals("invalid request body: number 1e400 at $.o is out of range for double",
        badRequest("{\"o\": 1e400}"));
    assertEquals("invalid request body: number -1e400 at $.doubles.x is out of range for double",
        badRequest("{\"doubles\": {\"x\": -1e400}}"));
    assertEquals("invalid request body: number 1e400 at $.child.o.a[0] is out of range for double",
        badRequest("{\"child\": {\"o\": {\"a\": [1e400]}}}"));
  }

  @Test
  void numbersWithinRangeAreEchoed() {
    ApiResponse response = post("{\"d\": 1.7976931348623157e308, \"f\": 3.4e38, \"o\": 1e300}");
    assertEquals(200, response.status(), response.body());
    Map<String, Object> echoed = JsonReader.of(response.body()).readObject();
    assertEquals(Double.MAX_VALUE, echoed.get("d"));
    assertEquals(3.4e38, echoed.get("f"));
    assertEquals(1e300, echoed.get("o"));
  }

  @Test
  void bigDecimalExponentOverflowIsABadRequest() {
    assertEquals("invalid request body: number 1e2147483648 at $.bd is out of range for BigDecimal",
        badRequest("{\"bd\": 1e2147483648}"));
    assertEquals(400, post("{\"bd\": 0.1e-2147483648}").status());
  }

  @Test
  void longNumbersAreRejectedByTheNumberLengthLimit() {
    String digits = "1".repeat(1_000_000);
    String expected = "invalid request body: number at $.%s exceeds the number length limit of 1000"
        + " characters (it has 1000000)";
    assertEquals(String.format(expected, "bi"), badRequest("{\"bi\": " + digits + "}"));
    assertEquals(String.format(expected, "o"), badRequest("{\"o\": " + digits + "}"));
    assertEquals(String.format(expected, "unknown"), badRequest("{\"unknown\": " + digits + "}"));
  }

  @Test
  void deepBodiesAreRejectedByTheNestingDepthLimit() {
    String message = badRequest("{\"o\": " + "[".repeat(100_000) + "}");
    assertTrue(message.startsWith("invalid request body: JSON at $.o[0][0]"), message);
    assertTrue(message.endsWith("exceeds the nesting depth limit of 256 levels"), message);
  }

  @Test
  void eventsOverTheDocumentSizeLimitAreRejectedWithTheLimit() {
    String message = badRequest("{\"s\": \"" + "a".repeat(JsonReader.MAX_DOCUMENT_LENGTH) + "\"}");
    assertTrue(message.startsWith("malformed API Gateway event: JSON document exceeds the document"
        + " size limit of 6291456 bytes (it has 629"), message);
  }

  @Test
  void longStringsWithinTheDocumentSizeLimitAreRead() {
    ApiResponse response = post("{\"s\": \"" + "a".repeat(4_000_000) + "\"}");
    assertEquals(200, response.status());
    assertEquals(4_000_000, ((String) JsonReader.of(response.body()).readObject().get("s")).length());
  }
}
