package dev.deployless.local;

import dev.deployless.runtime.json.JsonValues;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the API Gateway REST API proxy event (payload format 1.0) a Lambda proxy integration
 * receives, with every documented field: resource, path, httpMethod, headers, multiValueHeaders,
 * queryStringParameters, multiValueQueryStringParameters, pathParameters, stageVariables,
 * requestContext (with identity and authorizer), body and isBase64Encoded. The local server builds
 * each request's event with it; tests use it to call a generated handler as Lambda would.
 *
 * <pre>{@code
 * byte[] event = ProxyEvent.request("GET", "/users/42")
 *     .resource("/users/{userId}").pathParameter("userId", "42").bytes();
 * }</pre>
 *
 * <p>Like API Gateway, the single-value {@code headers} and {@code queryStringParameters} hold the
 * last value of each name, the request context's {@code domainName} and {@code userAgent} come from
 * the {@code Host} and {@code User-Agent} headers. What is not set takes the values of the example
 * event in API Gateway's documentation (account, API id, request id and time, stage {@code dev}).
 */
public final class ProxyEvent {
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final List<String> UNKNOWN_IDENTITY = List.of("accessKey",
      "cognitoAuthenticationProvider", "cognitoAuthenticationType", "cognitoIdentityId",
      "cognitoIdentityPoolId", "principalOrgId");

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
  private String extendedRequestId = "JhDm1Gz5IAMEbKw=";
  private Instant requestTime = Instant.ofEpochMilli(1772651717135L);
  private String protocol = "HTTP/1.1";
  private String sourceIp = "198.51.100.7";
  private String accountId = "123456789012";
  private String apiId = "abcdef1234";
  private Map<String, Object> authorizer;
  private String apiKey;
  private String apiKeyId;
  private String iamAccountId;
  private String iamCaller;
  private String userArn;

  private ProxyEvent(String method, String path) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.path = path;
    this.resource = path;
  }

  /** A request for {@code method} and {@code path} (without the stage); the resource defaults to the path. */
  public static ProxyEvent request(String method, String path) {
    return new ProxyEvent(method, path);
  }

  /** The matched resource template, such as {@code /users/{userId}}; null omits it. */
  public ProxyEvent resource(String template) {
    this.resource = template;
    return this;
  }

  /** Adds a header value (a name may repeat). */
  public ProxyEvent header(String name, String value) {
    add(headers, name, value);
    return this;
  }

  /** Adds a query parameter value, decoded (a name may repeat). */
  public ProxyEvent query(String name, String value) {
    add(query, name, value);
    return this;
  }

  /** Sets a path parameter as API Gateway delivers it (still percent-encoded). */
  public ProxyEvent pathParameter(String name, String value) {
    pathParameters.put(name, value);
    return this;
  }

  /** A JSON body, with {@code Content-Type: application/json}. */
  public ProxyEvent jsonBody(String json) {
    header("Content-Type", "application/json");
    return body(json);
  }

  /** A text body, as is. */
  public ProxyEvent body(String text) {
    this.body = text;
    this.base64 = false;
    return this;
  }

  /** A body base64-encoded, as API Gateway sends one of the API's binary media types. */
  public ProxyEvent body(byte[] bytes) {
    this.body = Base64.getEncoder().encodeToString(bytes);
    this.base64 = true;
    return this;
  }

  /** A binary body with its {@code Content-Type}, base64-encoded. */
  public ProxyEvent binaryBody(byte[] bytes, String contentType) {
    header("Content-Type", contentType);
    return body(bytes);
  }

  /** The API stage; null for none. */
  public ProxyEvent stage(String stage) {
    this.stage = stage;
    return this;
  }

  public ProxyEvent requestId(String requestId) {
    this.requestId = requestId;
    return this;
  }

  public ProxyEvent extendedRequestId(String extendedRequestId) {
    this.extendedRequestId = extendedRequestId;
    return this;
  }

  public ProxyEvent requestTime(Instant requestTime) {
    this.requestTime = requestTime;
    return this;
  }

  /** The request's protocol, such as {@code HTTP/1.1}. */
  public ProxyEvent protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /** The caller's IP address. */
  public ProxyEvent sourceIp(String sourceIp) {
    this.sourceIp = sourceIp;
    return this;
  }

  /** The AWS account and the id of the REST API the request came through. */
  public ProxyEvent api(String accountId, String apiId) {
    this.accountId = accountId;
    this.apiId = apiId;
    return this;
  }

  /**
   * What a Lambda authorizer returned: {@code requestContext.authorizer} holds its
   * {@code principalId} and the entries of its {@code context}, as API Gateway passes them on
   * (numbers and booleans as text).
   */
  public ProxyEvent lambdaAuthorizer(String principalId, Map<String, ?> context) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("principalId", principalId);
    values.put("integrationLatency", 0);
    for (Map.Entry<String, ?> entry : context.entrySet()) {
      Object value = entry.getValue();
      if (value != null) {
        values.put(entry.getKey(), value instanceof String ? value : JsonValues.toJson(value));
      }
    }
    this.authorizer = values;
    return this;
  }

  /** A Cognito user pool authorizer's token claims: {@code requestContext.authorizer.claims}. */
  public ProxyEvent cognitoClaims(Map<String, ?> claims) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("claims", new LinkedHashMap<>(claims));
    values.put("scopes", null);
    this.authorizer = values;
    return this;
  }

  /** The API key the request carried: {@code requestContext.identity.apiKey} and {@code apiKeyId}. */
  public ProxyEvent apiKey(String id, String value) {
    this.apiKeyId = id;
    this.apiKey = value;
    return this;
  }

  /** An IAM-signed request's identity: {@code accountId}, {@code caller} and {@code userArn}. */
  public ProxyEvent iam(String accountId, String caller, String userArn) {
    this.iamAccountId = accountId;
    this.iamCaller = caller;
    this.userArn = userArn;
    return this;
  }

  /** The event as JSON. */
  public String json() {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.name("resource").value(resource);
    w.name("path").value(path);
    w.name("httpMethod").value(method);
    w.name("headers");
    singleValues(w, headers);
    w.name("multiValueHeaders");
    multiValues(w, headers);
    if (query.isEmpty()) {
      w.name("queryStringParameters").nullValue();
      w.name("multiValueQueryStringParameters").nullValue();
    } else {
      w.name("queryStringParameters");
      singleValues(w, query);
      w.name("multiValueQueryStringParameters");
      multiValues(w, query);
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
    String domainName = lastHeader("Host");
    w.name("requestContext").beginObject();
    w.name("accountId").value(accountId);
    w.name("apiId").value(apiId);
    w.name("authorizer");
    if (authorizer == null) {
      w.beginObject().name("claims").nullValue().name("scopes").nullValue().endObject();
    } else {
      JsonValues.write(w, authorizer);
    }
    w.name("domainName").value(domainName);
    w.name("domainPrefix").value(domainPrefix(domainName));
    w.name("extendedRequestId").value(extendedRequestId);
    w.name("httpMethod").value(method);
    w.name("identity").beginObject();
    for (String field : UNKNOWN_IDENTITY) {
      w.name(field).nullValue();
    }
    w.name("accountId").value(iamAccountId);
    w.name("apiKey").value(apiKey);
    w.name("apiKeyId").value(apiKeyId);
    w.name("caller").value(iamCaller);
    w.name("sourceIp").value(sourceIp);
    w.name("user").nullValue();
    w.name("userAgent").value(lastHeader("User-Agent"));
    w.name("userArn").value(userArn);
    w.endObject();
    w.name("path").value(stage == null ? path : "/" + stage + path);
    w.name("protocol").value(protocol);
    w.name("requestId").value(requestId);
    w.name("requestTime").value(REQUEST_TIME.format(requestTime));
    w.name("requestTimeEpoch").value(requestTime.toEpochMilli());
    w.name("resourceId").value("a1b2c3");
    w.name("resourcePath").value(resource);
    w.name("stage").value(stage);
    w.endObject();
  }

  private String lastHeader(String name) {
    String value = null;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        value = last(header.getValue());
      }
    }
    return value;
  }

  /** The first label of the host name, as API Gateway's {@code domainPrefix}. */
  private static String domainPrefix(String domainName) {
    if (domainName == null) {
      return null;
    }
    int end = domainName.indexOf('.');
    int port = domainName.indexOf(':');
    if (end < 0 || (port >= 0 && port < end)) {
      end = port;
    }
    return end < 0 ? domainName : domainName.substring(0, end);
  }

  private static void add(Map<String, List<String>> values, String name, String value) {
    values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  private static String last(List<String> values) {
    return values.get(values.size() - 1);
  }

  private static void singleValues(JsonWriter w, Map<String, List<String>> values) {
    w.beginObject();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      w.name(entry.getKey()).value(last(entry.getValue()));
    }
    w.endObject();
  }

  private static void multiValues(JsonWriter w, Map<String, List<String>> values) {
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
