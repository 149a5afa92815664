package dev.deployless.testing;

import dev.deployless.runtime.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A Lambda proxy integration result, parsed as API Gateway reads it. */
public final class ProxyResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;
  private final boolean base64;

  private ProxyResponse(int status, Map<String, List<String>> headers, String body, boolean base64) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.base64 = base64;
  }

  /** Parses the JSON a handler wrote; fails on anything API Gateway would reject. */
  @SuppressWarnings("unchecked")
  public static ProxyResponse parse(byte[] json) {
    Map<String, Object> result = new JsonReader(json).readObject();
    Object status = result.get("statusCode");
    if (!(status instanceof Integer)) {
      throw new AssertionError("statusCode must be an integer: " + new String(json, StandardCharsets.UTF_8));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Map<String, Object> single = (Map<String, Object>) result.get("headers");
    if (single != null) {
      for (Map.Entry<String, Object> header : single.entrySet()) {
        headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
            .add((String) header.getValue());
      }
    }
    Map<String, Object> multi = (Map<String, Object>) result.get("multiValueHeaders");
    if (multi != null) {
      for (Map.Entry<String, Object> header : multi.entrySet()) {
        List<String> values = headers.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT),
            n -> new ArrayList<>());
        for (Object value : (List<Object>) header.getValue()) {
          values.add((String) value);
        }
      }
    }
    return new ProxyResponse((Integer) status, headers, (String) result.get("body"),
        Boolean.TRUE.equals(result.get("isBase64Encoded")));
  }

  public static ProxyResponse parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  public int status() {
    return status;
  }

  /** The first value of header {@code name} (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of header {@code name} (any case). */
  public List<String> headers(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), Collections.emptyList());
  }

  /** The body as sent (base64 text for binary bodies), or null. */
  public String body() {
    return body;
  }

  /** The body decoded from base64. */
  public byte[] bodyBytes() {
    return base64 ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
  }

  public boolean isBase64Encoded() {
    return base64;
  }

  /** The JSON body as plain objects (maps, lists, strings, numbers, booleans). */
  public Object json() {
    return JsonReader.of(body).readAny();
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + body;
  }
}
