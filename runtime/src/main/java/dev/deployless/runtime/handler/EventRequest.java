package dev.deployless.runtime.handler;

import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.Caller;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.json.JsonException;
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
 * The {@link Request} of an API Gateway REST proxy event (payload format 1.0), as {@link ApiFunction}
 * parses it. What most routes need (method, resource, path, path parameters, body) is read at once;
 * headers, query parameters, stage variables and the request context are only delimited (and
 * checked to be objects or null), and read on first use.
 *
 * <p>A malformed event is never a 500: {@link #parse} throws a {@link JsonException} for what it
 * reads, and a part read on first use that turns out malformed (a number as a header value, a list
 * among the query parameters) throws a {@link BadRequestException}, a 400 naming the part.
 */
final class EventRequest implements Request {
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
  /** The first of the fields read on first use; each has a span, in the order of {@link #FIELDS}. */
  private static final int HEADERS = 6;
  private static final int MULTI_VALUE_HEADERS = 7;
  private static final int QUERY = 8;
  private static final int MULTI_VALUE_QUERY = 9;
  private static final int STAGE_VARIABLES = 10;
  private static final int REQUEST_CONTEXT = 11;

  private final byte[] event;
  private String method;
  private String resource;
  private String path;
  private Map<String, String> pathParameters = Collections.emptyMap();
  private String body;
  private boolean base64Encoded;
  /**
   * Start and end offsets of the fields read on first use: {@code spans[2 * (field - HEADERS)]} and
   * the next; an end of 0 (where no value can end) means the event has no such field.
   */
  private final int[] spans = new int[2 * (REQUEST_CONTEXT - HEADERS + 1)];

  private Map<String, List<String>> headers;
  private Map<String, List<String>> query;
  private Map<String, String> stageVariables;
  private RequestContext context;

  private EventRequest(byte[] event) {
    this.event = event;
  }

  /**
   * Parses an API Gateway REST proxy event.
   *
   * @throws JsonException if the event is not JSON of that shape
   */
  static EventRequest parse(byte[] event) {
    EventRequest request = new EventRequest(event);
    request.read(new JsonReader(event));
    return request;
  }

  /** Sets the path parameters a route match found, for an event that had none. */
  void matchedPathParameters(Map<String, String> parameters) {
    pathParameters = Collections.unmodifiableMap(parameters);
  }

  private void read(JsonReader reader) {
    reader.beginObject();
    while (reader.hasNext()) {
      int field = reader.nextName(FIELDS);
      switch (field) {
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
        default:
          if (field >= HEADERS) {
            int span = 2 * (field - HEADERS);
            JsonToken token = reader.peek();
            if (token != JsonToken.BEGIN_OBJECT && token != JsonToken.NULL) {
              throw new JsonException("expected an object or null at $." + FIELDS[field]
                  + " but found " + token.description());
            }
            spans[span] = reader.valueStart();
            reader.skipTrustedValue();
            spans[span + 1] = reader.position();
          } else {
            reader.skipTrustedValue();
          }
      }
    }
    reader.endObject();
    reader.endDocument();
    if (method == null) {
      throw new JsonException("not an API Gateway REST proxy event: httpMethod is missing");
    }
    method = method.toUpperCase(Locale.ROOT);
    if (path == null) {
      path = "/";
    }
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String resource() {
    return resource;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public List<String> headers(String name) {
    List<String> values = headers().get(name.toLowerCase(Locale.ROOT));
    return values == null ? Collections.emptyList() : values;
  }

  @Override
  public Set<String> headerNames() {
    return headers().keySet();
  }

  @Override
  public List<String> queryParameters(String name) {
    List<String> values = query().get(name);
    return values == null ? Collections.emptyList() : values;
  }

  @Override
  public Set<String> queryParameterNames() {
    return query().keySet();
  }

  @Override
  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  @Override
  public String stageVariable(String name) {
    if (stageVariables == null) {
      JsonReader reader = reader(STAGE_VARIABLES);
      try {
        stageVariables = reader == null ? Collections.emptyMap() : stringMap(reader);
      } catch (JsonException e) {
        throw malformed(STAGE_VARIABLES, e);
      }
    }
    return stageVariables.get(name);
  }

  @Override
  public boolean hasBody() {
    return body != null && !body.isEmpty();
  }

  @Override
  public String body() {
    if (body == null || !base64Encoded) {
      return body;
    }
    return new String(bodyBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public byte[] bodyBytes() {
    if (body == null) {
      return new byte[0];
    }
    if (!base64Encoded) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("request body is marked base64 but is not valid base64");
    }
  }

  @Override
  public boolean isBase64Encoded() {
    return base64Encoded;
  }

  @Override
  public String requestId() {
    return context().requestId;
  }

  @Override
  public String stage() {
    return context().stage;
  }

  @Override
  public String sourceIp() {
    return context().sourceIp;
  }

  @Override
  public String userAgent() {
    return context().userAgent;
  }

  @Override
  public String domainName() {
    return context().domainName;
  }

  @Override
  public Map<String, Object> authorizer() {
    return context().authorizer;
  }

  @Override
  public Caller caller() {
    RequestContext context = context();
    if (context.caller == null) {
      context.caller = Caller.fromAuthorizer(context.authorizer).withApiKeyId(context.apiKeyId)
          .withIam(context.accountId, context.userArn);
    }
    return context.caller;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  private Map<String, List<String>> headers() {
    if (headers == null) {
      headers = values(MULTI_VALUE_HEADERS, HEADERS, true);
    }
    return headers;
  }

  private Map<String, List<String>> query() {
    if (query == null) {
      query = values(MULTI_VALUE_QUERY, QUERY, false);
    }
    return query;
  }

  private RequestContext context() {
    if (context == null) {
      RequestContext read = new RequestContext();
      JsonReader reader = reader(REQUEST_CONTEXT);
      if (reader != null) {
        try {
          read.read(reader);
        } catch (JsonException e) {
          throw malformed(REQUEST_CONTEXT, e);
        }
      }
      context = read;
    }
    return context;
  }

  /** The multi-value map if the event has one, else the single-value map, else empty. */
  private Map<String, List<String>> values(int multiField, int singleField, boolean lowerCase) {
    JsonReader multi = reader(multiField);
    Map<String, List<String>> values;
    try {
      values = multi == null ? Collections.emptyMap() : multiMap(multi, lowerCase);
    } catch (JsonException e) {
      throw malformed(multiField, e);
    }
    JsonReader single = values.isEmpty() ? reader(singleField) : null;
    try {
      return single == null ? values : single(stringMap(single), lowerCase);
    } catch (JsonException e) {
      throw malformed(singleField, e);
    }
  }

  /**
   * The 400 for a part of the event read on first use, with the reader's message rewritten to name
   * the part's path in the event ({@code $.headers.Host}); a syntax error's line and column, which
   * count from the part's start, are left out.
   */
  private static BadRequestException malformed(int field, JsonException e) {
    String message = e.getMessage()
        .replaceFirst("^malformed JSON at line \\d+, column \\d+ \\(", "malformed JSON (")
        .replaceFirst("\\$", "\\$." + FIELDS[field]);
    return new BadRequestException("malformed API Gateway event: " + message);
  }

  /** A reader of the delimited value of {@code field}, or null when the event has none. */
  private JsonReader reader(int field) {
    int span = 2 * (field - HEADERS);
    int end = spans[span + 1];
    return end == 0 ? null : new JsonReader(event, spans[span], end - spans[span]);
  }

  /** The request context's fields this class exposes. */
  private static final class RequestContext {
    String requestId;
    String stage;
    String sourceIp;
    String userAgent;
    String domainName;
    String apiKeyId;
    String accountId;
    String userArn;
    Map<String, Object> authorizer = Collections.emptyMap();
    Caller caller;

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
          case "apiKeyId":
            apiKeyId = string(reader);
            break;
          case "accountId":
            accountId = string(reader);
            break;
          case "userArn":
            userArn = string(reader);
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
