package dev.deployless.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the local server reads from a request as API Gateway would: the proxy event of a request
 * (built by {@link ProxyEvent}), query and path decoding, and binary media type matching.
 */
final class Exchanges {
  private Exchanges() {}

  /**
   * The proxy event of {@code request} for {@code route}, with {@code path} (without the stage),
   * the path parameters still percent-encoded, and the body base64-encoded when its content type is
   * one of the API's binary media types.
   *
   * @throws IllegalArgumentException if the query string is not valid percent-encoding
   */
  static byte[] event(GatewayRequest request, String stage, String path, LocalApp.Route route,
      Map<String, String> pathParameters, List<String> binaryMediaTypes, LocalAuth.Decision caller) {
    String requestId = UUID.randomUUID().toString();
    ProxyEvent event = ProxyEvent.request(request.method, path)
        .resource(route.template)
        .stage(stage)
        .requestId(requestId)
        .extendedRequestId(requestId)
        .requestTime(Instant.now())
        .protocol(request.protocol)
        .sourceIp(request.sourceIp)
        .api("000000000000", "local");
    for (String[] header : request.headers) {
      event.header(header[0], header[1]);
    }
    addQuery(event, request.rawQuery);
    caller.applyTo(event);
    for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
      event.pathParameter(parameter.getKey(), parameter.getValue());
    }
    if (request.body.length > 0) {
      if (matches(binaryMediaTypes, request.header("Content-Type"))) {
        event.body(request.body);
      } else {
        event.body(new String(request.body, StandardCharsets.UTF_8));
      }
    }
    return event.bytes();
  }

  /** Whether {@code contentType} is one of the API's binary media types (wildcards allowed). */
  static boolean matches(List<String> binaryMediaTypes, String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    for (String binary : binaryMediaTypes) {
      String pattern = binary.toLowerCase(Locale.ROOT);
      if (pattern.equals(type) || pattern.equals("*/*")
          || (pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Adds the parameters of a raw query string, decoded ({@code +} is a space). */
  private static void addQuery(ProxyEvent event, String raw) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      try {
        String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
        event.query(name, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("malformed percent-encoding in the query string ("
            + abbreviate(pair) + "): " + e.getMessage());
      }
    }
  }

  /** Decodes a path or path segment ({@code +} is a plus). */
  static String decodePath(String raw) {
    return decode(raw, false);
  }

  /**
   * Decodes percent-encoded UTF-8 text.
   *
   * @throws IllegalArgumentException if a {@code %} is not followed by two hexadecimal digits
   */
  private static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0) {
      return plusIsSpace ? raw.replace('+', ' ') : raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    int run = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%' && (c != '+' || !plusIsSpace)) {
        continue;
      }
      bytes.writeBytes(raw.substring(run, i).getBytes(StandardCharsets.UTF_8));
      if (c == '+') {
        bytes.write(' ');
        run = i + 1;
        continue;
      }
      int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
      if (low < 0) {
        throw new IllegalArgumentException("'%' must be followed by two hexadecimal digits");
      }
      bytes.write(high << 4 | low);
      i += 2;
      run = i + 1;
    }
    bytes.writeBytes(raw.substring(run).getBytes(StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
