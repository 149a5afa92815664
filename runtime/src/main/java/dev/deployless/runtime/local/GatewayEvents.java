package dev.deployless.runtime.local;

import com.sun.net.httpserver.HttpExchange;
import dev.deployless.runtime.json.JsonWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the API Gateway REST proxy event (payload format 1.0) for an HTTP request, field for field
 * as API Gateway sends it to a Lambda proxy integration.
 */
final class GatewayEvents {
  private GatewayEvents() {}

  static byte[] event(HttpExchange exchange, String stage, String path, LocalApp.Route route,
      Map<String, String> pathParameters, byte[] body, List<String> binaryMediaTypes) {
    String requestId = UUID.randomUUID().toString();
    Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    boolean binary = body.length > 0 && matches(binaryMediaTypes, contentType);

    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.name("resource").value(route.template);
    w.name("path").value(path);
    w.name("httpMethod").value(exchange.getRequestMethod().toUpperCase(Locale.ROOT));
    w.name("headers").beginObject();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      List<String> values = header.getValue();
      w.name(header.getKey()).value(values.get(values.size() - 1));
    }
    w.endObject();
    w.name("multiValueHeaders").beginObject();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      stringArray(w.name(header.getKey()), header.getValue());
    }
    w.endObject();
    if (query.isEmpty()) {
      w.name("queryStringParameters").nullValue();
      w.name("multiValueQueryStringParameters").nullValue();
    } else {
      w.name("queryStringParameters").beginObject();
      for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
        List<String> values = parameter.getValue();
        w.name(parameter.getKey()).value(values.get(values.size() - 1));
      }
      w.endObject();
      w.name("multiValueQueryStringParameters").beginObject();
      for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
        stringArray(w.name(parameter.getKey()), parameter.getValue());
      }
      w.endObject();
    }
    if (pathParameters.isEmpty()) {
      w.name("pathParameters").nullValue();
    } else {
      w.name("pathParameters").beginObject();
      for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
        w.name(parameter.getKey()).value(parameter.getValue());
      }
      w.endObject();
    }
    w.name("stageVariables").nullValue();
    w.name("requestContext").beginObject();
    w.name("resourceId").value("local");
    w.name("resourcePath").value(route.template);
    w.name("httpMethod").value(exchange.getRequestMethod().toUpperCase(Locale.ROOT));
    w.name("extendedRequestId").value(requestId);
    w.name("path").value(stage == null ? path : "/" + stage + path);
    w.name("accountId").value("000000000000");
    w.name("protocol").value(exchange.getProtocol());
    w.name("stage").value(stage);
    w.name("requestTimeEpoch").value(System.currentTimeMillis());
    w.name("requestId").value(requestId);
    w.name("identity").beginObject();
    w.name("sourceIp").value(exchange.getRemoteAddress().getAddress().getHostAddress());
    w.name("userAgent").value(exchange.getRequestHeaders().getFirst("User-Agent"));
    w.endObject();
    w.name("domainName").value(exchange.getRequestHeaders().getFirst("Host"));
    w.name("apiId").value("local");
    w.endObject();
    if (body.length == 0) {
      w.name("body").nullValue();
    } else if (binary) {
      w.name("body").value(Base64.getEncoder().encodeToString(body));
    } else {
      w.name("body").value(new String(body, StandardCharsets.UTF_8));
    }
    w.name("isBase64Encoded").value(binary);
    w.endObject();
    return w.toString().getBytes(StandardCharsets.UTF_8);
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

  private static void stringArray(JsonWriter w, List<String> values) {
    w.beginArray();
    for (String value : values) {
      w.value(value);
    }
    w.endArray();
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  /** Decodes a query string component ({@code +} is a space). */
  static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  /** Decodes a path or path segment ({@code +} is a plus). */
  static String decodePath(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
