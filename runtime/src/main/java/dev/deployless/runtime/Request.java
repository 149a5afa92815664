package dev.deployless.runtime;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An HTTP request as API Gateway (REST API, Lambda proxy integration, payload format 1.0) delivers
 * it. Declare a parameter of this type on a route method to get the raw request; header names are
 * matched case-insensitively, query parameter names exactly.
 */
public final class Request {
  private final Parsed event;
  private final Map<String, String> pathParameters;

  private Request(Parsed event, Map<String, String> pathParameters) {
    this.event = event;
    this.pathParameters = pathParameters;
  }

  /**
   * Parses an API Gateway REST proxy event.
   *
   * @throws dev.deployless.runtime.json.JsonException if the event is not JSON of that shape
   */
  public static Request fromEvent(byte[] event) {
    Parsed parsed = new Parsed(event);
    parsed.read(new JsonReader(event));
    return new Request(parsed, parsed.pathParameters);
  }

  /** This request with the path parameters a route match found. */
  public Request withPathParameters(Map<String, String> parameters) {
    return new Request(event, Collections.unmodifiableMap(parameters));
  }

  /** The HTTP method in upper case, for example {@code GET}. */
  public String method() {
    return event.method;
  }

  /** The matched resource path template, for example {@code /users/{userId}}; may be null locally. */
  public String resource() {
    return event.resource;
  }

  /** The request path, for example {@code /users/42}. */
  public String path() {
    return event.path;
  }

  /** The first value of the header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    List<String> values = event.headers().get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the header {@code name} (any case); empty when absent. */
  public List<String> headers(String name) {
    List<String> values = event.headers().get(name.toLowerCase(Locale.ROOT));
    return values == null ? Collections.emptyList() : values;
  }

  /** The names of the request's headers, in lower case. */
  public Set<String> headerNames() {
    return event.headers().keySet();
  }

  /** The first value of the query parameter {@code name}, or {@code null}. */
  public String queryParameter(String name) {
    List<String> values = event.query().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the query parameter {@code name}; empty when absent. */
  public List<String> queryParameters(String name) {
    List<String> values = event.query().get(name);
    return values == null ? Collections.emptyList() : values;
  }

  /** The names of the query parameters present. */
  public Set<String> queryParameterNames() {
    return event.query().keySet();
  }

  /**
   * The value of the path parameter {@code name}, percent-decoded ({@code %40} is {@code @}, a
   * {@code +} stays a plus), or {@code null}. API Gateway REST APIs deliver path parameters still
   * encoded; this method decodes them.
   *
   * @throws BadRequestException if the value is not valid percent-encoding
   */
  public String pathParameter(String name) {
    String raw = pathParameters.get(name);
    return raw == null || raw.indexOf('%') < 0 ? raw : percentDecode(raw, name);
  }

  /** All path parameters by name, as API Gateway delivered them (not decoded). */
  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  /** The stage variable {@code name}, or {@code null}. */
  public String stageVariable(String name) {
    return event.stageVariables().get(name);
  }

  /** Whether the request has a non-empty body. */
  public boolean hasBody() {
    return event.body != null && !event.body.isEmpty();
  }

  /**
   * The body as text (base64 bodies decoded as UTF-8), or {@code null} when there is none.
   *
   * @throws BadRequestException if a base64 body is not valid base64
   */
  public String body() {
    if (event.body == null || !event.base64Encoded) {
      return event.body;
    }
    return new String(bodyBytes(), StandardCharsets.UTF_8);
  }

  /**
   * The body as bytes (base64 bodies decoded), or an empty array when there is none.
   *
   * @throws BadRequestException if a base64 body is not valid base64
   */
  public byte[] bodyBytes() {
    if (event.body == null) {
      return new byte[0];
    }
    if (!event.base64Encoded) {
      return event.body.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getDecoder().decode(event.body);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("request body is marked base64 but is not valid base64");
    }
  }

  /** Whether API Gateway delivered the body base64-encoded (binary media types). */
  public boolean isBase64Encoded() {
    return event.base64Encoded;
  }

  /** API Gateway's id of this request ({@code requestContext.requestId}). */
  public String requestId() {
    return event.context().requestId;
  }

  /** The API stage ({@code requestContext.stage}). */
  public String stage() {
    return event.context().stage;
  }

  /** The caller's IP address ({@code requestContext.identity.sourceIp}). */
  public String sourceIp() {
    return event.context().sourceIp;
  }

  /** The caller's user agent ({@code requestContext.identity.userAgent}). */
  public String userAgent() {
    return event.context().userAgent;
  }

  /** The host name the request was sent to ({@code requestContext.domainName}). */
  public String domainName() {
    return event.context().domainName;
  }

  /** What the API's authorizer attached ({@code requestContext.authorizer}, e.g. Cognito claims). */
  public Map<String, Object> authorizer() {
    return event.context().authorizer;
  }

  private static String percentDecode(String raw, String name) {
    byte[] bytes = new byte[raw.length()];
    int length = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
        if (low < 0) {
          throw new BadRequestException("path parameter '" + name + "' is not valid percent-encoding");
        }
        bytes[length++] = (byte) (high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes[length++] = (byte) c;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (length + encoded.length > bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, bytes.length + raw.length() * 3);
        }
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
      }
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return event.method + " " + event.path;
  }

  /**
   * The fields of an event. What most routes need (method, resource, path, path parameters, body)
   * is read at once; headers, query parameters, stage variables and the request context are only
   * delimited, and read on first use.
   */
  private static final class Parsed {
    /** The event's fields, matched without building their names; the constants are their indexes. */
    private static final String[] FIELDS = {"httpMethod", "resource", "path", "pathParameters", "body",
        "isBase64Encoded", "headers", "multiValueHeaders", "queryStringParameters",
        "multiValueQueryStringParameters", "stageVariables", "requestContext"};
    private static final int HTTP_METHOD = 0;
    private static final int RESOURCE = 1;
    private static final int PATH = 2;
    private static final int PATH_PARAMETERS = 3;
    private static final int BODY = 4;
    private static final int IS_BASE64_ENCODED = 5;
    private static final int HEADERS = 6;
    private static final int MULTI_VALUE_HEADERS = 7;
    private static final int QUERY = 8;
    private static final int MULTI_VALUE_QUERY = 9;
    private static final int STAGE_VARIABLES = 10;
    private static final int REQUEST_CONTEXT = 11;

    private final byte[] event;
    String method;
    String resource;
    String path;
    Map<String, String> pathParameters = Collections.emptyMap();
    String body;
    boolean base64Encoded;

    private int headersStart = -1;
    private int headersEnd;
    private int multiHeadersStart = -1;
    private int multiHeadersEnd;
    private int queryStart = -1;
    private int queryEnd;
    private int multiQueryStart = -1;
    private int multiQueryEnd;
    private int stageVariablesStart = -1;
    private int stageVariablesEnd;
    private int contextStart = -1;
    private int contextEnd;

    private Map<String, List<String>> headers;
    private Map<String, List<String>> query;
    private Map<String, String> stageVariables;
    private Context context;

    Parsed(byte[] event) {
      this.event = event;
    }

    void read(JsonReader reader) {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName(FIELDS)) {
          case HTTP_METHOD:
            method = string(reader);
            break;
          case RESOURCE:
            resource = string(reader);
            break;
          case PATH:
            path = string(reader);
            break;
          case PATH_PARAMETERS:
            pathParameters = stringMap(reader);
            break;
          case BODY:
            body = string(reader);
            break;
          case IS_BASE64_ENCODED:
            base64Encoded = !reader.nextNull() && reader.nextBoolean();
            break;
          case HEADERS:
            headersStart = reader.valueStart();
            reader.skipTrustedValue();
            headersEnd = reader.position();
            break;
          case MULTI_VALUE_HEADERS:
            multiHeadersStart = reader.valueStart();
            reader.skipTrustedValue();
            multiHeadersEnd = reader.position();
            break;
          case QUERY:
            queryStart = reader.valueStart();
            reader.skipTrustedValue();
            queryEnd = reader.position();
            break;
          case MULTI_VALUE_QUERY:
            multiQueryStart = reader.valueStart();
            reader.skipTrustedValue();
            multiQueryEnd = reader.position();
            break;
          case STAGE_VARIABLES:
            stageVariablesStart = reader.valueStart();
            reader.skipTrustedValue();
            stageVariablesEnd = reader.position();
            break;
          case REQUEST_CONTEXT:
            contextStart = reader.valueStart();
            reader.skipTrustedValue();
            contextEnd = reader.position();
            break;
          default:
            reader.skipTrustedValue();
        }
      }
      reader.endObject();
      reader.endDocument();
      if (method == null) {
        throw new dev.deployless.runtime.json.JsonException(
            "not an API Gateway REST proxy event: httpMethod is missing");
      }
      method = method.toUpperCase(Locale.ROOT);
      if (path == null) {
        path = "/";
      }
    }

    Map<String, List<String>> headers() {
      if (headers == null) {
        headers = values(multiHeadersStart, multiHeadersEnd, headersStart, headersEnd, true);
      }
      return headers;
    }

    Map<String, List<String>> query() {
      if (query == null) {
        query = values(multiQueryStart, multiQueryEnd, queryStart, queryEnd, false);
      }
      return query;
    }

    Map<String, String> stageVariables() {
      if (stageVariables == null) {
        stageVariables = stageVariablesStart < 0 ? Collections.emptyMap()
            : stringMap(reader(stageVariablesStart, stageVariablesEnd));
      }
      return stageVariables;
    }

    Context context() {
      if (context == null) {
        context = new Context();
        if (contextStart >= 0) {
          context.read(reader(contextStart, contextEnd));
        }
      }
      return context;
    }

    /** The multi-value map if the event has one, else the single-value map, else empty. */
    private Map<String, List<String>> values(int multiStart, int multiEnd, int singleStart,
        int singleEnd, boolean lowerCase) {
      Map<String, List<String>> values = multiStart < 0 ? Collections.emptyMap()
          : multiMap(reader(multiStart, multiEnd), lowerCase);
      if (values.isEmpty() && singleStart >= 0) {
        values = single(stringMap(reader(singleStart, singleEnd)), lowerCase);
      }
      return values;
    }

    private JsonReader reader(int start, int end) {
      return new JsonReader(event, start, end - start);
    }
  }

  /** The request context's fields this class exposes. */
  private static final class Context {
    String requestId;
    String stage;
    String sourceIp;
    String userAgent;
    String domainName;
    Map<String, Object> authorizer = Collections.emptyMap();

    void read(JsonReader reader) {
      if (reader.nextNull()) {
        return;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "requestId":
            requestId = string(reader);
            break;
          case "stage":
            stage = string(reader);
            break;
          case "domainName":
            domainName = string(reader);
            break;
          case "authorizer":
            if (reader.peek() == JsonToken.BEGIN_OBJECT) {
              authorizer = Collections.unmodifiableMap(reader.readObject());
            } else {
              reader.skipValue();
            }
            break;
          case "identity":
            readIdentity(reader);
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
    }

    private void readIdentity(JsonReader reader) {
      if (reader.nextNull()) {
        return;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "sourceIp":
            sourceIp = string(reader);
            break;
          case "userAgent":
            userAgent = string(reader);
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
    }
  }

  private static String string(JsonReader reader) {
    return reader.nextNull() ? null : reader.nextString();
  }

  private static Map<String, String> stringMap(JsonReader reader) {
    if (reader.nextNull()) {
      return Collections.emptyMap();
    }
    Map<String, String> map = new HashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String value = string(reader);
      if (value != null) {
        map.put(name, value);
      }
    }
    reader.endObject();
    return map;
  }

  private static Map<String, List<String>> multiMap(JsonReader reader, boolean lowerCase) {
    if (reader.nextNull()) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> map = new HashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (lowerCase) {
        name = name.toLowerCase(Locale.ROOT);
      }
      if (reader.nextNull()) {
        continue;
      }
      List<String> values = map.get(name);
      if (values == null) {
        values = new ArrayList<>(2);
        map.put(name, values);
      }
      reader.beginArray();
      while (reader.hasNext()) {
        String value = string(reader);
        if (value != null) {
          values.add(value);
        }
      }
      reader.endArray();
    }
    reader.endObject();
    return map;
  }

  private static Map<String, List<String>> single(Map<String, String> values, boolean lowerCase) {
    Map<String, List<String>> map = new HashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = lowerCase ? entry.getKey().toLowerCase(Locale.ROOT) : entry.getKey();
      List<String> list = map.get(name);
      if (list == null) {
        list = new ArrayList<>(1);
        map.put(name, list);
      }
      list.add(entry.getValue());
    }
    return map;
  }
}
