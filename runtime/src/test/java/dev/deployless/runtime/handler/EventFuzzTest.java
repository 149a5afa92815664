package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded, bounded fuzz test of whole API Gateway events (issue 18, item 5): valid REST proxy
 * events of three routes, with one to three fields anywhere in them (top level, inside the headers,
 * the query maps, the request context and its identity and authorizer) replaced by a value of
 * another type or a hostile one, dropped or duplicated, then truncated, flipped, cut with invalid
 * UTF-8 or stray tokens, sent to a handler whose routes read every part of the request (behind a
 * CORS policy, which reads the headers of every request). Every case is answered, never thrown:
 * 200, or a 4xx with a documented message (400 for a malformed event, 404 or 405 for a mutated
 * path or method), never a 5xx, each within a time bound. The machinery is {@link Fuzzer}'s.
 */
class EventFuzzTest {
  private static final int CASES = 1_500;
  private static final long CASE_BOUND_MILLIS = 1_000;

  private final Fuzzer fuzzer = new Fuzzer();
  private final Random random = fuzzer.random;
  private final PartsFunction parts = new PartsFunction();

  /** A JSON text put in the event as is. */
  private record Raw(String json) {}

  @Test
  void mutatedEventsAreAnsweredWithoutThrowOr5xxWithinABound() {
    PrintStream err = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    int[] statuses;
    try {
      statuses = Fuzzer.run(CASES, CASE_BOUND_MILLIS, () -> {
        List<String> mutations = Fuzzer.mutations();
        byte[] event = mutatedEvent(mutations);
        return new Fuzzer.Trial(mutations + " (" + event.length + " bytes)",
            () -> parts.handle(event, null));
      }, EventFuzzTest::check);
    } finally {
      System.setErr(err);
    }
    int answered = statuses[200] + statuses[400] + statuses[404] + statuses[405];
    assertEquals(CASES, answered);
    assertTrue(statuses[200] > CASES / 20 && statuses[400] > CASES / 2,
        "200s: " + statuses[200] + ", 400s: " + statuses[400]);
  }

  private static void check(String described, ApiResponse response) {
    int status = response.status();
    if (status == 200) {
      return;
    }
    String message = (String) JsonReader.of(response.body()).readObject().get("message");
    boolean expected;
    switch (status) {
      case 400:
        expected = message.startsWith("malformed API Gateway event: ")
            || message.equals("request body is marked base64 but is not valid base64")
            || message.matches("path parameter '.*' is not valid percent-encoding");
        break;
      case 404:
        expected = message.startsWith("no route matches ");
        break;
      case 405:
        expected = message.startsWith("method ") && response.header("Allow") != null;
        break;
      default:
        expected = false;
    }
    if (!expected) {
      fail(described + " answered " + status + ": " + message);
    }
  }

  /** One of three valid events, with one to three structural mutations, then byte mutations. */
  private byte[] mutatedEvent(List<String> mutations) {
    Map<String, Object> event = validEvent(random.nextInt(3));
    int structural = 1 + random.nextInt(3);
    for (int i = 0; i < structural; i++) {
      mutate(event, mutations);
    }
    return fuzzer.mutateBytes(render(event).getBytes(StandardCharsets.UTF_8), mutations);
  }

  /**
   * A REST proxy event as API Gateway sends it: {@code GET /users/{id}}, {@code POST /echo} with a
   * text body, or {@code POST /echo} with a base64 body.
   */
  private static Map<String, Object> validEvent(int kind) {
    boolean get = kind == 0;
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("Host", "abc.execute-api.eu-west-1.amazonaws.com");
    headers.put("Origin", "https://app.test");
    headers.put("User-Agent", "curl/8.5.0");
    headers.put("X-Id", "7");
    if (!get) {
      headers.put("Content-Type", "application/json");
    }
    Map<String, Object> multiHeaders = new LinkedHashMap<>();
    headers.forEach((name, value) -> multiHeaders.put(name, new ArrayList<>(List.of(value))));
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("sourceIp", "198.51.100.7");
    identity.put("userAgent", "curl/8.5.0");
    identity.put("caller", null);
    identity.put("apiKeyId", "k-1");
    identity.put("userArn", null);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("accountId", "123456789012");
    context.put("requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
    context.put("stage", "dev");
    context.put("domainName", "abc.execute-api.eu-west-1.amazonaws.com");
    context.put("identity", identity);
    context.put("authorizer", new LinkedHashMap<>(Map.of("claims",
        new LinkedHashMap<>(Map.of("sub", "u-1", "scope", "users:read")))));
    context.put("requestTimeEpoch", 1772651717135L);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("resource", get ? "/users/{id}" : "/echo");
    event.put("path", get ? "/users/a%40b" : "/echo");
    event.put("httpMethod", get ? "GET" : "POST");
    event.put("headers", headers);
    event.put("multiValueHeaders", multiHeaders);
    event.put("queryStringParameters", new LinkedHashMap<>(Map.of("q", "x y", "tag", "b")));
    event.put("multiValueQueryStringParameters", new LinkedHashMap<>(Map.of(
        "q", new ArrayList<>(List.of("x y")), "tag", new ArrayList<>(List.of("a", "b")))));
    event.put("pathParameters", get ? new LinkedHashMap<>(Map.of("id", "a%40b")) : null);
    event.put("stageVariables", new LinkedHashMap<>(Map.of("alias", "live")));
    event.put("requestContext", context);
    event.put("body", kind == 0 ? null : kind == 1 ? "{\"x\":1}" : "eyJ4IjoxfQ==");
    event.put("isBase64Encoded", kind == 2);
    return event;
  }

  /**
   * Replaces a value anywhere in the event (a member of any object, an element of any array) with a
   * hostile or wrongly typed one, drops it, or duplicates its name with a hostile value.
   */
  @SuppressWarnings("unchecked")
  private void mutate(Map<String, Object> event, List<String> mutations) {
    List<Object[]> places = new ArrayList<>();
    collect(event, "$", places);
    Object[] place = places.get(random.nextInt(places.size()));
    Object container = place[0];
    Object key = place[1];
    String path = (String) place[2];
    String value = fuzzer.hostileValue();
    int action = random.nextInt(6);
    if (container instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) container;
      if (action == 0) {
        map.remove(key);
        mutations.add("drop " + path);
        return;
      }
      if (action == 1) {
        // A duplicate name after the original: the last one wins in a JSON object read in order.
        map.put(key + "\u0000duplicate" + random.nextInt(1000), new Raw(value));
        mutations.add("duplicate " + path + "=" + Fuzzer.abbreviate(value));
        return;
      }
      map.put((String) key, new Raw(value));
    } else {
      List<Object> list = (List<Object>) container;
      list.set((Integer) key, new Raw(value));
    }
    mutations.add(path + "=" + Fuzzer.abbreviate(value));
  }

  /** Every member and element under {@code node}: {container, key or index, JSON path}. */
  @SuppressWarnings("unchecked")
  private static void collect(Object node, String path, List<Object[]> places) {
    if (node instanceof Map) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
        String child = path + "." + entry.getKey();
        places.add(new Object[] {node, entry.getKey(), child});
        collect(entry.getValue(), child, places);
      }
    } else if (node instanceof List) {
      List<Object> list = (List<Object>) node;
      for (int i = 0; i < list.size(); i++) {
        String child = path + "[" + i + "]";
        places.add(new Object[] {node, i, child});
        collect(list.get(i), child, places);
      }
    }
  }

  /** The event as JSON, with raw values as they are and duplicated names restored. */
  @SuppressWarnings("unchecked")
  private static String render(Object node) {
    if (node instanceof Raw raw) {
      return raw.json();
    }
    if (node instanceof Map) {
      StringBuilder json = new StringBuilder("{");
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
        if (json.length() > 1) {
          json.append(',');
        }
        String name = entry.getKey();
        int duplicate = name.indexOf('\u0000');
        json.append(JsonValues.toJson(duplicate < 0 ? name : name.substring(0, duplicate)))
            .append(':').append(render(entry.getValue()));
      }
      return json.append('}').toString();
    }
    if (node instanceof List) {
      StringBuilder json = new StringBuilder("[");
      for (Object element : (List<Object>) node) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(render(element));
      }
      return json.append(']').toString();
    }
    return JsonValues.toJson(node);
  }
}
