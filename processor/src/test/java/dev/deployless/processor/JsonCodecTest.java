package dev.deployless.processor;

import static dev.deployless.processor.CompiledClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.ProxyResponse;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON code generated for records and classes: every supported type read and written exactly
 * (escapes, unicode, big numbers, nulls, nesting, collections, maps, enums, Optional, java.time,
 * base64 bytes, generic records, beans, Jackson's @JsonProperty and @JsonIgnore), and mistyped input
 * rejected with the path of the offending value.
 */
class JsonCodecTest {
  @TempDir static Path dir;
  private static Object echo;

  /** The echo feature: every supported shape, read from the body and written back. */
  static JavaFileObject echoSource() {
    return TestProject.source("com.example.EchoController", """
        package com.example;

        import com.fasterxml.jackson.annotation.JsonIgnore;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import dev.deployless.annotations.*;
        import java.math.*;
        import java.time.*;
        import java.util.*;

        @Feature(name = "echo", basePath = "/echo")
        public class EchoController {
          public enum Level { LOW, HIGH }
          public record Node(String name, List<Node> children) {}
          public record Page<T>(List<T> items, int total) {}
          public static class Bean {
            private String title;
            private boolean active;
            public String note;
            public String getTitle() { return title; }
            public void setTitle(String title) { this.title = title; }
            public boolean isActive() { return active; }
            public void setActive(boolean active) { this.active = active; }
          }
          public record Everything(
              String text, int number, long big, double ratio, float fraction, boolean flag, char letter,
              Integer boxed, Long missing, BigDecimal money, BigInteger huge, UUID id,
              Instant at, LocalDate day, LocalTime time, LocalDateTime local, OffsetDateTime offset,
              ZonedDateTime zoned, Duration duration, Level level, Optional<String> maybe,
              Optional<Integer> absent, List<String> tags, Set<Integer> unique, Map<String, Node> nodes,
              Map<Level, Integer> byLevel, int[] numbers, String[] names, byte[] data, Node tree,
              Page<Level> page, Bean bean, @JsonProperty("renamed") String original,
              @JsonIgnore String secret, Object anything, List<Object> mixed) {}

          @Route(method = HttpMethod.POST)
          public Everything echo(@Body Everything everything) {
            return everything;
          }
        }
        """);
  }

  private static final JavaFileObject JSON_PROPERTY = TestProject.source(
      "com.fasterxml.jackson.annotation.JsonProperty", """
      package com.fasterxml.jackson.annotation;

      import java.lang.annotation.*;

      @Retention(RetentionPolicy.RUNTIME)
      @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
      public @interface JsonProperty {
        String value() default "";
      }
      """);

  private static final JavaFileObject JSON_IGNORE = TestProject.source(
      "com.fasterxml.jackson.annotation.JsonIgnore", """
      package com.fasterxml.jackson.annotation;

      import java.lang.annotation.*;

      @Retention(RetentionPolicy.RUNTIME)
      @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
      public @interface JsonIgnore {}
      """);

  /** Input covering every shape; whitespace and key order as a client might send them. */
  static final String EVERYTHING = """
      {
        "text": "quote \\" backslash \\\\ newline \\n tab \\t unicode \\u00e9 \\ud83d\\ude00 é 😀 <\\/>",
        "number": -2147483648, "big": 9223372036854775807, "ratio": 1.5e-3, "fraction": 0.25,
        "flag": true, "letter": "x", "boxed": null, "money": 12345678901234567890.123456789,
        "huge": 123456789012345678901234567890, "id": "123e4567-e89b-12d3-a456-426614174000",
        "at": "2026-01-31T10:15:30Z", "day": "2026-02-28", "time": "23:59:58",
        "local": "2026-03-01T00:00", "offset": "2026-03-01T10:00:00+01:00",
        "zoned": "2026-03-01T10:00:00+01:00[Europe/Paris]", "duration": "PT1H30M",
        "level": "HIGH", "maybe": "here", "absent": null, "tags": ["a", "b"], "unique": [3, 1, 3],
        "nodes": {"root": {"name": "r", "children": []}}, "byLevel": {"LOW": 1, "HIGH": 2},
        "numbers": [1, 2, 3], "names": ["x", null], "data": "AQID",
        "tree": {"name": "a", "children": [{"name": "b", "children": [{"name": "c", "children": null}]}]},
        "page": {"items": ["LOW"], "total": 1}, "bean": {"title": "t", "active": true, "note": "n"},
        "renamed": "r", "secret": "dropped", "unknown": {"skipped": [1, {"deep": true}]},
        "anything": {"k": [1, 2.5, "s", true, null]}, "mixed": [1, "two", {"three": 3}]
      }
      """;

  /** The same value written back: compact, in declaration order, nulls kept, ignored dropped. */
  static final String EVERYTHING_OUT = "{\"text\":\"quote \\\" backslash \\\\ newline \\n tab \\t unicode"
      + " é 😀 é 😀 </>\",\"number\":-2147483648,\"big\":9223372036854775807,\"ratio\":0.0015,"
      + "\"fraction\":0.25,\"flag\":true,\"letter\":\"x\",\"boxed\":null,\"missing\":null,"
      + "\"money\":12345678901234567890.123456789,\"huge\":123456789012345678901234567890,"
      + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"at\":\"2026-01-31T10:15:30Z\","
      + "\"day\":\"2026-02-28\",\"time\":\"23:59:58\",\"local\":\"2026-03-01T00:00\","
      + "\"offset\":\"2026-03-01T10:00+01:00\",\"zoned\":\"2026-03-01T10:00:00+01:00\","
      + "\"duration\":\"PT1H30M\",\"level\":\"HIGH\",\"maybe\":\"here\",\"absent\":null,"
      + "\"tags\":[\"a\",\"b\"],\"unique\":[3,1],\"nodes\":{\"root\":{\"name\":\"r\",\"children\":[]}},"
      + "\"byLevel\":{\"LOW\":1,\"HIGH\":2},\"numbers\":[1,2,3],\"names\":[\"x\",null],\"data\":\"AQID\","
      + "\"tree\":{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\","
      + "\"children\":null}]}]},\"page\":{\"items\":[\"LOW\"],\"total\":1},"
      + "\"bean\":{\"title\":\"t\",\"active\":true,\"note\":\"n\"},\"renamed\":\"r\","
      + "\"anything\":{\"k\":[1,2.5,\"s\",true,null]},\"mixed\":[1,\"two\",{\"three\":3}]}";

  @BeforeAll
  static void compile() {
    TestProject project = new TestProject(dir);
    CompiledClasses classes = new CompiledClasses(project.compile(echoSource(), JSON_PROPERTY, JSON_IGNORE));
    echo = classes.newHandler("com.example.EchoFunction");
  }

  private static ProxyResponse post(String json) {
    return call(echo, ApiGatewayEvent.request("POST", "/echo").jsonBody(json).bytes());
  }

  private static String message(ProxyResponse response) {
    return (String) ((Map<?, ?>) response.json()).get("message");
  }

  @Test
  void everySupportedTypeRoundTrips() {
    ProxyResponse response = post(EVERYTHING);
    assertEquals(200, response.status(), response.body());
    assertEquals(EVERYTHING_OUT, response.body());
  }

  @Test
  void emptyObjectGivesDefaultsAndNulls() {
    ProxyResponse response = post("{}");
    assertEquals(200, response.status(), response.body());
    Map<?, ?> json = (Map<?, ?>) response.json();
    assertEquals(0, json.get("number"));
    assertEquals(false, json.get("flag"));
    assertEquals(null, json.get("text"));
    assertEquals(null, json.get("maybe"));
  }

  @Test
  void intOverflowIsRejected() {
    ProxyResponse response = post("{\"number\": 2147483648}");
    assertEquals(400, response.status());
    assertEquals("invalid request body: number 2147483648 at $.number is out of range for int",
        message(response));
  }

  @Test
  void fractionForIntegerIsRejected() {
    assertEquals("invalid request body: expected an integer at $.big but found the number 1.5",
        message(post("{\"big\": 1.5}")));
  }

  @Test
  void nestedMistakeNamesItsPath() {
    assertEquals("invalid request body: expected a string at $.tree.children[1].name but found a number",
        message(post("{\"tree\": {\"name\": \"a\", \"children\": [{\"name\": \"b\"}, {\"name\": 7}]}}")));
  }

  @Test
  void badEnumUuidAndDateAreRejected() {
    assertEquals("invalid request body: expected one of LOW, HIGH at $.level but found \"MEDIUM\"",
        message(post("{\"level\": \"MEDIUM\"}")));
    assertEquals("invalid request body: expected a UUID at $.id but found \"nope\"",
        message(post("{\"id\": \"nope\"}")));
    assertEquals("invalid request body: expected an ISO-8601 date such as 2026-01-31 at $.day but found"
        + " \"2026-02-30\"", message(post("{\"day\": \"2026-02-30\"}")));
    assertEquals("invalid request body: expected a key that is one of LOW, HIGH at $.byLevel.MID but"
        + " found \"MID\"", message(post("{\"byLevel\": {\"MID\": 1}}")));
  }

  @Test
  void nullForPrimitiveIsRejected() {
    assertEquals("invalid request body: expected an integer at $.number but found null",
        message(post("{\"number\": null}")));
  }

  @Test
  void trailingDataIsRejected() {
    assertEquals(400, post("{} {}").status());
    assertEquals(400, post("{\"tags\": [\"a\",]}").status());
  }

  @Test
  void invalidBase64IsRejected() {
    assertEquals("invalid request body: expected base64 data at $.data but found \"***\"",
        message(post("{\"data\": \"***\"}")));
  }
}
