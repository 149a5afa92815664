package dev.deployless.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Request} for a test of code that takes one, such as a controller's route method
 * declaring a {@code Request} parameter. Obtained from {@link Request#builder}; each call adds to the
 * request, {@link #build} returns an immutable one (the builder can go on and build more).
 *
 * <p>Values are given as API Gateway delivers them: headers and query parameters decoded, path
 * parameters still percent-encoded ({@link Request#pathParameter} decodes them). The user agent and
 * domain name are the {@code User-Agent} and {@code Host} headers, as API Gateway fills them.
 */
public final class RequestBuilder {
  private final String method;
  private final String path;
  private String resource;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, String> pathParameters = new LinkedHashMap<>();
  private final Map<String, String> stageVariables = new LinkedHashMap<>();
  private byte[] body;
  private boolean binary;
  private String requestId;
  private String stage;
  private String sourceIp;
  private Map<String, Object> authorizer = Collections.emptyMap();
  private Caller caller;

  RequestBuilder(String method, String path) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.path = path;
  }

  /** The matched resource path template, such as {@code /users/{userId}}; null unless set. */
  public RequestBuilder resource(String template) {
    this.resource = template;
    return this;
  }

  /** Adds a value of the header {@code name} (any case; a name may repeat). */
  public RequestBuilder header(String name, String value) {
    add(headers, name.toLowerCase(Locale.ROOT), value);
    return this;
  }

  /** Adds a value of the query parameter {@code name} (a name may repeat). */
  public RequestBuilder queryParameter(String name, String value) {
    add(query, name, value);
    return this;
  }

  /** Sets the path parameter {@code name} as API Gateway delivers it (still percent-encoded). */
  public RequestBuilder pathParameter(String name, String value) {
    pathParameters.put(name, value);
    return this;
  }

  /** Sets the stage variable {@code name}. */
  public RequestBuilder stageVariable(String name, String value) {
    stageVariables.put(name, value);
    return this;
  }

  /** A text body (null for none). */
  public RequestBuilder body(String text) {
    this.body = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    this.binary = false;
    return this;
  }

  /** A binary body, as API Gateway delivers a binary media type (base64-encoded). */
  public RequestBuilder body(byte[] bytes) {
    this.body = bytes.clone();
    this.binary = true;
    return this;
  }

  /** API Gateway's id of the request; null unless set. */
  public RequestBuilder requestId(String requestId) {
    this.requestId = requestId;
    return this;
  }

  /** The API stage; null unless set. */
  public RequestBuilder stage(String stage) {
    this.stage = stage;
    return this;
  }

  /** The caller's IP address; null unless set. */
  public RequestBuilder sourceIp(String sourceIp) {
    this.sourceIp = sourceIp;
    return this;
  }

  /** What the API's authorizer attached, such as {@code Map.of("claims", Map.of("sub", "u1"))}. */
  public RequestBuilder authorizer(Map<String, Object> authorizer) {
    this.authorizer = Collections.unmodifiableMap(new LinkedHashMap<>(authorizer));
    return this;
  }

  /**
   * Who sent the request, what {@link Request#caller()} returns; unless set, the caller the
   * {@linkplain #authorizer authorizer's map} describes (anonymous without one).
   */
  public RequestBuilder caller(Caller caller) {
    this.caller = caller;
    return this;
  }

  /** The request built so far. */
  public Request build() {
    return new Built(this);
  }

  private static void add(Map<String, List<String>> values, String name, String value) {
    List<String> list = values.get(name);
    if (list == null) {
      list = new ArrayList<>(1);
      values.put(name, list);
    }
    list.add(value);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      copy.put(entry.getKey(), List.copyOf(entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** A request made by the builder: every value fixed at {@link #build}. */
  private static final class Built implements Request {
    private final String method;
    private final String path;
    private final String resource;
    private final Map<String, List<String>> headers;
    private final Map<String, List<String>> query;
    private final Map<String, String> pathParameters;
    private final Map<String, String> stageVariables;
    private final byte[] body;
    private final boolean binary;
    private final String requestId;
    private final String stage;
    private final String sourceIp;
    private final Map<String, Object> authorizer;
    private final Caller caller;

    Built(RequestBuilder builder) {
      method = builder.method;
      path = builder.path;
      resource = builder.resource;
      headers = copy(builder.headers);
      query = copy(builder.query);
      pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathParameters));
      stageVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.stageVariables));
      body = builder.body;
      binary = builder.binary;
      requestId = builder.requestId;
      stage = builder.stage;
      sourceIp = builder.sourceIp;
      authorizer = builder.authorizer;
      caller = builder.caller != null ? builder.caller : Caller.fromAuthorizer(authorizer);
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
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), Collections.emptyList());
    }

    @Override
    public Set<String> headerNames() {
      return headers.keySet();
    }

    @Override
    public List<String> queryParameters(String name) {
      return query.getOrDefault(name, Collections.emptyList());
    }

    @Override
    public Set<String> queryParameterNames() {
      return query.keySet();
    }

    @Override
    public Map<String, String> pathParameters() {
      return pathParameters;
    }

    @Override
    public String stageVariable(String name) {
      return stageVariables.get(name);
    }

    @Override
    public boolean hasBody() {
      return body != null && body.length > 0;
    }

    @Override
    public String body() {
      return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] bodyBytes() {
      return body == null ? new byte[0] : body.clone();
    }

    @Override
    public boolean isBase64Encoded() {
      return binary;
    }

    @Override
    public String requestId() {
      return requestId;
    }

    @Override
    public String stage() {
      return stage;
    }

    @Override
    public String sourceIp() {
      return sourceIp;
    }

    @Override
    public String userAgent() {
      return header("User-Agent");
    }

    @Override
    public String domainName() {
      return header("Host");
    }

    @Override
    public Map<String, Object> authorizer() {
      return authorizer;
    }

    @Override
    public Caller caller() {
      return caller;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
