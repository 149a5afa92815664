package dev.deployless.testing;

import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds API Gateway REST API proxy events (payload format 1.0) with every documented field:
 * resource, path, httpMethod, headers, multiValueHeaders, queryStringParameters,
 * multiValueQueryStringParameters, pathParameters, stageVariables, requestContext (with identity
 * and authorizer), body and isBase64Encoded, filled as API Gateway fills them.
 *
 * <pre>{@code
 * byte[] event = ApiGatewayEvent.request("GET", "/users/42")
 *     .resource("/users/{userId}").pathParameter("userId", "42").bytes();
 * }</pre>
 */
public final class ApiGatewayEvent {
  private final String method;
  private final String path;
  private String resource;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, String> pathParameters = new LinkedHashMap<>();
  private String body;
  private boolean base64;
  private String stage = "dev";
  private String requestId = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";

  private ApiGatewayEvent(String method, String path) {
    this.method = method;
    this.path = path;
    this.resource = path;
    header("Accept", "*/*");
    header("Host", "abcdef1234.execute-api.us-east-1.amazonaws.com");
    header("User-Agent", "curl/8.5.0");
    header("X-Amzn-Trace-Id", "Root=1-5e66d96f-7491f09xmpl79d18acf3d050");
    header("X-Forwarded-For", "198.51.100.7");
    header("X-Forwarded-Port", "443");
    header("X-Forwarded-Proto", "https");
  }

  /** A request for {@code method} and {@code path}; the resource defaults to the path. */
  public static ApiGatewayEvent request(String method, String path) {
    return new ApiGatewayEvent(method, path);
  }

  /** The matched resource template, such as {@code /users/{userId}}; null omits it. */
  public ApiGatewayEvent resource(String template) {
    this.resource = template;
    return this;
  }

  /** Adds a header value (a name may repeat). */
  public ApiGatewayEvent header(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  /** Adds a query parameter value (a name may repeat). */
  public ApiGatewayEvent query(String name, String value) {
    query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  /** Sets a path parameter as API Gateway delivers it (still percent-encoded). */
  public ApiGatewayEvent pathParameter(String name, String value) {
    pathParameters.put(name, value);
    return this;
  }

  /** A JSON body, with {@code Content-Type: application/json}. */
  public ApiGatewayEvent jsonBody(String json) {
    header("Content-Type", "application/json");
    return body(json);
  }

  /** A text body, as is. */
  public ApiGatewayEvent body(String text) {
    this.body = text;
    this.base64 = false;
    return this;
  }

  /** A binary body, base64-encoded as API Gateway sends binary media types. */
  public ApiGatewayEvent binaryBody(byte[] bytes, String contentType) {
    header("Content-Type", contentType);
    this.body = Base64.getEncoder().encodeToString(bytes);
    this.base64 = true;
    return this;
  }

  public ApiGatewayEvent stage(String stage) {
    this.stage = stage;
    return this;
  }

  public ApiGatewayEvent requestId(String requestId) {
    this.requestId = requestId;
    return this;
  }

  /** The event as JSON. */
  public String json() {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.name("resource").value(resource);
    w.name("path").value(path);
    w.name("httpMethod").value(method);
    w.name("headers").beginObject();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      w.name(header.getKey()).value(String.join(",", header.getValue()));
    }
    w.endObject();
    w.name("multiValueHeaders");
    multi(w, headers);
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
      w.name("multiValueQueryStringParameters");
      multi(w, query);
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
    requestContext(w);
    w.name("body").value(body);
    w.name("isBase64Encoded").value(base64);
    w.endObject();
    return w.toString();
  }

  /** The event as UTF-8 bytes, as Lambda hands it to a stream handler. */
  public byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  private void requestContext(JsonWriter w) {
    w.name("requestContext").beginObject();
    w.name("accountId").value("123456789012");
    w.name("apiId").value("abcdef1234");
    w.name("authorizer").beginObject().name("claims").nullValue().name("scopes").nullValue().endObject();
    w.name("domainName").value("abcdef1234.execute-api.us-east-1.amazonaws.com");
    w.name("domainPrefix").value("abcdef1234");
    w.name("extendedRequestId").value("JhDm1Gz5IAMEbKw=");
    w.name("httpMethod").value(method);
    w.name("identity").beginObject();
    for (String field : List.of("accessKey", "accountId", "caller", "cognitoAuthenticationProvider",
        "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId")) {
      w.name(field).nullValue();
    }
    w.name("sourceIp").value("198.51.100.7");
    w.name("user").nullValue();
    w.name("userAgent").value("curl/8.5.0");
    w.name("userArn").nullValue();
    w.endObject();
    w.name("path").value("/" + stage + path);
    w.name("protocol").value("HTTP/1.1");
    w.name("requestId").value(requestId);
    w.name("requestTime").value("04/Mar/2026:19:15:17 +0000");
    w.name("requestTimeEpoch").value(1772651717135L);
    w.name("resourceId").value("a1b2c3");
    w.name("resourcePath").value(resource);
    w.name("stage").value(stage);
    w.endObject();
  }

  private static void multi(JsonWriter w, Map<String, List<String>> values) {
    w.beginObject();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      w.name(entry.getKey()).beginArray();
      for (String value : entry.getValue()) {
        w.value(value);
      }
      w.endArray();
    }
    w.endObject();
  }
}
