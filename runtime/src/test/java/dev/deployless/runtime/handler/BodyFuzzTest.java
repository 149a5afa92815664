package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded, bounded fuzz test of request bodies (issue 18): valid bodies of every kind of value,
 * mutated (hostile numbers, deep nesting, long strings and names, duplicate keys, swapped types,
 * then truncation, flipped bytes, invalid UTF-8, stray tokens), sent as API Gateway events through a
 * handler that reads and writes them as generated code does. Every case is answered 200 (an echo that
 * is valid JSON) or 400 with a documented message, never a throw or a 5xx, each within a generous
 * time bound that only super-linear work would exceed.
 */
class BodyFuzzTest {
  /** Fixed, so a failure reproduces; {@code -Ddeployless.fuzz.seed=N} explores other cases. */
  private static final long SEED = Long.getLong("deployless.fuzz.seed", 18);
  private static final int CASES = 1_000;
  private static final long CASE_BOUND_MILLIS = 1_000;

  private static final String[][] VALID = {
      {"i", "42"}, {"l", "9007199254740993"}, {"sh", "-7"}, {"by", "12"}, {"d", "1.5e10"},
      {"f", "0.25"}, {"bd", "12345.678900"}, {"bi", "123456789012345678901234567890"},
      {"s", "\"h\\u00e9llo \\\"world\\\" é 😀\""}, {"c", "\"x\""}, {"b", "true"},
      {"o", "{\"k\":[1,2.5,\"x\",null,true,{\"n\":-3}],\"big\":12345678901234567890}"},
      {"ints", "[1,2,3]"}, {"doubles", "{\"a\":1.5,\"b\":-2}"},
      {"id", "\"123e4567-e89b-12d3-a456-426614174000\""}, {"at", "\"2026-01-31T10:15:30Z\""},
      {"day", "\"2026-01-31\""}, {"time", "\"10:15:30\""}, {"local", "\"2026-01-31T10:15:30\""},
      {"offset", "\"2026-01-31T10:15:30+01:00\""},
      {"zoned", "\"2026-01-31T10:15:30+01:00[Europe/Paris]\""}, {"dur", "\"PT15M\""},
      {"bytes", "\"AQID\""}, {"role", "\"ADMIN\""},
      {"child", "{\"i\":1,\"s\":\"nested\",\"child\":{\"o\":[],\"ints\":null}}"}};

  private static final String[] NUMBERS = {"1e400", "-1e400", "1e39", "-3.5e38", "1e2147483648",
      "1e-2147483649", "0.1e-2147483648", "4.9e-325", "1.7976931348623159e308", "2147483648",
      "-2147483649", "32768", "128", "9223372036854775808", "-9223372036854775809", "-0", "-0.0",
      "0e0", "1E+2", "1.5", "1" + "0".repeat(400) + "e-400"};

  private static final String[] OTHER_VALUES = {"null", "true", "false", "\"\"", "\"x\"", "[]", "{}",
      "0", "-1.5", "[null]", "{\"\":null}", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\""};

  private static final String[] TOKENS = {",", ":", "]", "}", "{", "[", "\"", "\\", " ", "nul",
      "1e", "-", "\u0000", "\"\\u12", "tru", "\n"};

  private static final byte[][] INVALID_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF8}, {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

  private final Random random = new Random(SEED);
  private final EchoFunction echo = new EchoFunction();

  @Test
  void mutatedBodiesAreAnswered200Or400WithinABound() {
    int[] statuses = new int[600];
    long slowest = 0;
    String slowestCase = "";
    for (int n = 0; n < CASES; n++) {
      List<String> mutations = new ArrayList<>();
      byte[] body = mutatedBody(mutations);
      String described = "case " + n + " " + mutations + " (" + body.length + " bytes)";
      byte[] event = event(body, random.nextBoolean());
      long start = System.nanoTime();
      ApiResponse response;
      try {
        response = echo.handle(event, null);
        response.toJson();
      } catch (Throwable e) {
        throw new AssertionError(described + " threw " + e, e);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis > slowest) {
        slowest = millis;
        slowestCase = described;
      }
      assertTrue(millis < CASE_BOUND_MILLIS, described + " took " + millis + " ms");
      check(described, response);
      statuses[response.status()]++;
    }
    assertEquals(CASES, statuses[200] + statuses[400], "slowest: " + slowestCase);
    assertTrue(statuses[200] > CASES / 20 && statuses[400] > CASES / 2,
        "200s: " + statuses[200] + ", 400s: " + statuses[400]);
  }

  private static void check(String described, ApiResponse response) {
    if (response.status() == 200) {
      // The echo is well-formed JSON, so whatever was read can be written.
      JsonReader echoed = JsonReader.of(response.body());
      echoed.skipValue();
      echoed.endDocument();
      return;
    }
    if (response.status() != 400) {
      fail(described + " answered " + response.status() + ": " + response.body());
    }
    String message = (String) JsonReader.of(response.body()).readObject().get("message");
    assertTrue(message.startsWith("invalid request body: ")
        || message.equals("missing required request body")
        || message.startsWith("malformed API Gateway event: JSON document exceeds the document size"
            + " limit of " + JsonReader.MAX_DOCUMENT_LENGTH + " bytes"), described + ": " + message);
  }

  /** A valid body changed by one or two structural mutations, then zero to two byte mutations. */
  private byte[] mutatedBody(List<String> mutations) {
    List<String[]> properties = new ArrayList<>(Arrays.asList(VALID));
    int structural = random.nextInt(3);
    for (int i = 0; i < structural; i++) {
      mutate(properties, mutations);
    }
    byte[] body = render(properties).getBytes(StandardCharsets.UTF_8);
    int bytewise = random.nextInt(3);
    for (int i = 0; i < bytewise; i++) {
      body = mutate(body, mutations);
    }
    return body;
  }

  private void mutate(List<String[]> properties, List<String> mutations) {
    int at = random.nextInt(properties.size());
    String name = properties.get(at)[0];
    String value;
    switch (random.nextInt(7)) {
      case 0:
        value = hostileNumber();
        break;
      case 1:
        value = deepValue();
        break;
      case 2:
        value = "\"" + longText() + "\"";
        break;
      case 3:
        value = OTHER_VALUES[random.nextInt(OTHER_VALUES.length)];
        break;
      case 4:
        // A duplicate key: the last one wins, as in generated code.
        properties.add(random.nextInt(properties.size() + 1), new String[] {name, hostileNumber()});
        mutations.add("duplicate " + name);
        return;
      case 5:
        properties.add(new String[] {"\"" + longText(), "1"});
        mutations.add("long name");
        return;
      default:
        properties.remove(at);
        mutations.add("drop " + name);
        return;
    }
    properties.set(at, new String[] {name, value});
    mutations.add(name + "=" + abbreviate(value));
  }

  private byte[] mutate(byte[] body, List<String> mutations) {
    int at = body.length == 0 ? 0 : random.nextInt(body.length);
    switch (random.nextInt(4)) {
      case 0:
        mutations.add("truncate at " + at);
        return Arrays.copyOf(body, at);
      case 1:
        int flips = 1 + random.nextInt(8);
        byte[] flipped = body.clone();
        for (int i = 0; i < flips && flipped.length > 0; i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        mutations.add(flips + " flipped bytes");
        return flipped;
      case 2:
        mutations.add("invalid UTF-8 at " + at);
        return insert(body, at, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
      default:
        String token = TOKENS[random.nextInt(TOKENS.length)];
        mutations.add("insert " + abbreviate(token) + " at " + at);
        return insert(body, at, token.getBytes(StandardCharsets.UTF_8));
    }
  }

  private String hostileNumber() {
    int pick = random.nextInt(20);
    if (pick == 0) {
      return "7".repeat(1_000_000);
    }
    if (pick < 4) {
      int length = 990 + random.nextInt(20);
      return "-" + "9".repeat(length / 2) + "." + "1".repeat(length - length / 2 - 2);
    }
    return NUMBERS[random.nextInt(NUMBERS.length)];
  }

  private String deepValue() {
    int[] depths = {10, 255, 256, 257, 1_000, 100_000};
    int depth = depths[random.nextInt(depths.length)];
    switch (random.nextInt(3)) {
      case 0:
        return "[".repeat(depth) + "]".repeat(depth);
      case 1:
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      default:
        return "[".repeat(depth);
    }
  }

  /** Text for a JSON string (without quotes): letters, digits, escapes, non-ASCII; up to 300,000 chars. */
  private String longText() {
    int[] lengths = {0, 1, 36, 1_000, 10_000, 300_000};
    int length = lengths[random.nextInt(lengths.length)];
    String[] pieces = {"a", "7", "P", "T", "-", ":", "\\u0041", "\\ud83d\\ude00", "\\ud800", "\\\\",
        "\\\"", "\\n", "é", "😀", " "};
    StringBuilder chunk = new StringBuilder();
    String piece = pieces[random.nextInt(pieces.length)];
    while (chunk.length() < Math.min(length, 64)) {
      chunk.append(random.nextInt(8) == 0 ? pieces[random.nextInt(pieces.length)] : piece);
    }
    return chunk.length() == 0 ? "" : chunk.toString().repeat(Math.max(1, length / chunk.length()));
  }

  private static String render(List<String[]> properties) {
    StringBuilder json = new StringBuilder("{");
    for (String[] property : properties) {
      if (json.length() > 1) {
        json.append(',');
      }
      String name = property[0].startsWith("\"") ? property[0] + "\"" : "\"" + property[0] + "\"";
      json.append(name).append(':').append(property[1]);
    }
    return json.append('}').toString();
  }

  /** An API Gateway event carrying {@code body} as text (decoded as UTF-8) or base64 (exact). */
  private static byte[] event(byte[] body, boolean base64) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("httpMethod", "POST");
    event.put("path", "/echo");
    event.put("resource", "/echo");
    event.put("headers", Map.of("Content-Type", "application/json"));
    event.put("body", base64 ? Base64.getEncoder().encodeToString(body)
        : new String(body, StandardCharsets.UTF_8));
    event.put("isBase64Encoded", base64);
    return JsonValues.toJson(event).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] body, int at, byte[] bytes) {
    byte[] result = new byte[body.length + bytes.length];
    System.arraycopy(body, 0, result, 0, at);
    System.arraycopy(bytes, 0, result, at, bytes.length);
    System.arraycopy(body, at, result, at + bytes.length, body.length - at);
    return result;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 20) + "...(" + text.length() + " chars)";
  }
}
