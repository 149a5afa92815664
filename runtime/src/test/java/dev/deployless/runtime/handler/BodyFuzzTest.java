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
 * time bound that only super-linear work would exceed. The machinery is {@link Fuzzer}'s.
 */
class BodyFuzzTest {
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

  private final Fuzzer fuzzer = new Fuzzer();
  private final Random random = fuzzer.random;
  private final EchoFunction echo = new EchoFunction();

  @Test
  void mutatedBodiesAreAnswered200Or400WithinABound() {
    int[] statuses = Fuzzer.run(CASES, CASE_BOUND_MILLIS, () -> {
      List<String> mutations = Fuzzer.mutations();
      byte[] body = mutatedBody(mutations);
      byte[] event = event(body, random.nextBoolean());
      return new Fuzzer.Trial(mutations + " (" + body.length + " bytes)",
          () -> echo.handle(event, null));
    }, BodyFuzzTest::check);
    assertEquals(CASES, statuses[200] + statuses[400]);
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
    return fuzzer.mutateBytes(render(properties).getBytes(StandardCharsets.UTF_8), mutations);
  }

  private void mutate(List<String[]> properties, List<String> mutations) {
    int at = random.nextInt(properties.size());
    String name = properties.get(at)[0];
    String value;
    switch (random.nextInt(7)) {
      case 0:
        value = fuzzer.hostileNumber();
        break;
      case 1:
        value = fuzzer.deepValue();
        break;
      case 2:
        value = "\"" + fuzzer.longText() + "\"";
        break;
      case 3:
        value = Fuzzer.OTHER_VALUES[random.nextInt(Fuzzer.OTHER_VALUES.length)];
        break;
      case 4:
        // A duplicate key: the last one wins, as in generated code.
        properties.add(random.nextInt(properties.size() + 1),
            new String[] {name, fuzzer.hostileNumber()});
        mutations.add("duplicate " + name);
        return;
      case 5:
        properties.add(new String[] {"\"" + fuzzer.longText(), "1"});
        mutations.add("long name");
        return;
      default:
        properties.remove(at);
        mutations.add("drop " + name);
        return;
    }
    properties.set(at, new String[] {name, value});
    mutations.add(name + "=" + Fuzzer.abbreviate(value));
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
}
