package dev.deployless.local;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the local server reads from an HTTP exchange as API Gateway would: the proxy event of a
 * request (built by {@link ProxyEvent}), query and path decoding, and binary media type matching.
 */
final class Exchanges {
  private Exchanges() {}

  /**
   * The proxy event of {@code exchange} for {@code route}, with {@code path} (without the stage),
   * the path parameters still percent-encoded, and the body base64-encoded when its content type is
   * one of the API's binary media types.
   */
  static byte[] event(HttpExchange exchange, String stage, String path, LocalApp.Route route,
      Map<String, String> pathParameters, byte[] body, List<String> binaryMediaTypes) {
    String requestId = UUID.randomUUID().toString();
    ProxyEvent event = ProxyEvent.request(exchange.getRequestMethod(), path)
        .resource(route.template)
        .stage(stage)
        .requestId(requestId)
        .extendedRequestId(requestId)
        .requestTime(Instant.now())
        .protocol(exchange.getProtocol())
        .sourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
        .api("000000000000", "local");
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        event.header(header.getKey(), value);
      }
    }
    addQuery(event, exchange.getRequestURI().getRawQuery());
    for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
      event.pathParameter(parameter.getKey(), parameter.getValue());
    }
    if (body.length > 0) {
      if (matches(binaryMediaTypes, exchange.getRequestHeaders().getFirst("Content-Type"))) {
        event.body(body);
      } else {
        event.body(new String(body, StandardCharsets.UTF_8));
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
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      event.query(name, value);
    }
  }

  /** Decodes a path or path segment ({@code +} is a plus). */
  static String decodePath(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
