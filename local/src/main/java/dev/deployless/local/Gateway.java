package dev.deployless.local;

import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * API Gateway (a REST API with Lambda proxy integrations) and the Lambda invoke API, as the local
 * server emulates them, whatever HTTP server carries the requests: API Gateway's request quotas,
 * the stage prefix, routing (403 {@code Missing Authentication Token} for an unknown path or
 * method), gateway-answered CORS preflights, the route's authorizer and API key ({@link LocalAuth}),
 * the proxy event, the call to the function and the proxy response back to HTTP.
 */
final class Gateway {
  /** API Gateway's quota on the length of a regional REST API's URL, in characters. */
  static final int MAX_URL_LENGTH = 10_240;
  /** API Gateway's quota on the total size of a REST API request's header values, in bytes. */
  static final int MAX_HEADER_VALUES = 10_240;
  /** API Gateway's quota on a REST API request's payload, in bytes (10 MB). */
  static final int MAX_PAYLOAD = 10 * 1024 * 1024;

  private static final String INVOKE_PREFIX = "/2015-03-31/functions/";
  private static final String INVOKE_SUFFIX = "/invocations";

  /** API Gateway's integration timeout: a function answering later is a 504. */
  static final long INTEGRATION_TIMEOUT_MILLIS = 29_000;

  private volatile LocalApp app;
  private final LocalAuth auth = new LocalAuth();
  private final boolean stagePrefix;
  private final RequestLog log;

  Gateway(LocalApp app, boolean stagePrefix, RequestLog log) {
    this.app = app;
    this.stagePrefix = stagePrefix;
    this.log = log;
  }

  /** The application served. */
  LocalApp app() {
    return app;
  }

  /** Serves {@code next} from now on (a hot reload); requests already running finish on the old one. */
  void replace(LocalApp next) {
    this.app = next;
    auth.reset();
  }

  /**
   * The answer for a request line and headers that break an API Gateway quota (a URL over
   * {@value #MAX_URL_LENGTH} characters, header values over {@value #MAX_HEADER_VALUES} bytes),
   * checked before the body is read; null when within them.
   */
  static Answer quotas(String rawPath, String rawQuery, List<String[]> headers) {
    int url = rawPath.length() + (rawQuery == null ? 0 : rawQuery.length() + 1);
    if (url > MAX_URL_LENGTH) {
      return Answer.gatewayError(414, null, uriTooLong() + " (this one has " + url + ")");
    }
    long values = 0;
    for (String[] header : headers) {
      values += header[1].length();
    }
    if (values > MAX_HEADER_VALUES) {
      return Answer.gatewayError(431, null, headersTooLarge() + " (this request has " + values + ")");
    }
    return null;
  }

  static String uriTooLong() {
    return "Request-URI Too Long: API Gateway accepts URLs of at most " + MAX_URL_LENGTH
        + " characters";
  }

  static String headersTooLarge() {
    return "Request Header Fields Too Large: API Gateway accepts at most " + MAX_HEADER_VALUES
        + " bytes of header values in all";
  }

  /** API Gateway's answer to a payload over its quota, or an event over Lambda's. */
  static Answer requestTooLong() {
    return Answer.gatewayError(413, "BadRequestException", "Request Too Long");
  }

  /** The answer to {@code request}: an API route, or the Lambda invoke API. */
  Answer answer(GatewayRequest request) {
    if (app == null) {
      return Answer.gatewayError(503, null, "Service Unavailable: the local server is starting"
          + " (creating the application's resources)");
    }
    String path = request.rawPath;
    if (path.startsWith(INVOKE_PREFIX) && path.endsWith(INVOKE_SUFFIX)
        && path.length() > INVOKE_PREFIX.length() + INVOKE_SUFFIX.length()) {
      return invoke(request,
          path.substring(INVOKE_PREFIX.length(), path.length() - INVOKE_SUFFIX.length()));
    }
    return serve(request);
  }

  private Answer serve(GatewayRequest request) {
    LocalApp app = this.app;
    String path = request.rawPath;
    String method = request.method.toUpperCase(Locale.ROOT);
    if (stagePrefix && app.stage != null) {
      String prefix = "/" + app.stage;
      if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
        return missingToken(method, path, "paths start with the stage, " + prefix);
      }
      path = path.substring(prefix.length());
    }
    if (path.isEmpty()) {
      path = "/";
    }
    if (app.cors != null && app.cors.gatewayPreflight && "OPTIONS".equals(method)
        && app.hasResource(path)) {
      return preflight(app.cors, request);
    }
    Map<String, String> parameters = new HashMap<>();
    LocalApp.Route match = app.route(method, path, parameters);
    if (match == null) {
      Set<String> methods = new TreeSet<>(app.methods(path));
      return missingToken(method, request.rawPath, methods.isEmpty() ? "no such path"
          : "the path takes " + String.join(", ", methods));
    }
    LocalAuth.Decision caller = auth.check(app, match, request, path);
    if (caller.refusal != null) {
      return caller.refusal;
    }
    byte[] event;
    try {
      event = Exchanges.event(request, app.stage, path, match, parameters, app.binaryMediaTypes,
          caller);
    } catch (IllegalArgumentException e) {
      return Answer.gatewayError(400, "BadRequestException", "Bad Request: " + e.getMessage());
    }
    if (event.length > JsonReader.MAX_DOCUMENT_LENGTH) {
      // Lambda refuses a synchronous invocation over 6 MiB before the function runs.
      return requestTooLong();
    }
    byte[] result;
    LocalFunction function = match.function;
    try {
      result = function.invoke(event, Math.min(function.timeout * 1000L, INTEGRATION_TIMEOUT_MILLIS));
    } catch (LocalFunction.TimedOut e) {
      // API Gateway stops waiting at its integration timeout (29 s) or the function's, if shorter.
      return Answer.gatewayError(504, null, "Endpoint request timed out").by(function.name)
          .note(e.getMessage());
    } catch (Exception e) {
      System.err.println("[deployless local] " + match.function.name + " failed:");
      e.printStackTrace();
      return internalError(match.function.name);
    }
    try {
      Answer answer = respond(app, request, result, match.function.name);
      return caller.note == null || answer.note != null ? answer : answer.note(caller.note);
    } catch (JsonException | ClassCastException | NullPointerException e) {
      System.err.println("[deployless local] " + match.function.name + " returned a malformed Lambda"
          + " proxy response (" + e.getMessage() + "): "
          + new String(result, StandardCharsets.UTF_8));
      return internalError(match.function.name);
    }
  }

  /** API Gateway's 502 for a function that failed or answered something other than a proxy response. */
  private static Answer internalError(String function) {
    return Answer.gatewayError(502, null, "Internal server error").by(function);
  }

  /**
   * API Gateway's 403 for an unknown path or method, with a {@code local} field saying what it
   * means here (API Gateway's own body is only the message).
   */
  private static Answer missingToken(String method, String path, String reason) {
    JsonWriter json = new JsonWriter();
    json.beginObject().name("message").value("Missing Authentication Token")
        .name("local").value("no route matches " + method + " " + path + ": " + reason
            + " (API Gateway answers 403 Missing Authentication Token for an unknown path or"
            + " method; the local server printed its routes when it started)")
        .endObject();
    return new Answer(403, json.toString().getBytes(StandardCharsets.UTF_8), null)
        .header("Content-Type", "application/json")
        .header("x-amzn-ErrorType", "MissingAuthenticationTokenException");
  }

  @SuppressWarnings("unchecked")
  private static Answer respond(LocalApp app, GatewayRequest request, byte[] result, String function) {
    Map<String, Object> proxy = new JsonReader(result).readObject();
    int status = ((Number) proxy.get("statusCode")).intValue();
    String text = (String) proxy.get("body");
    Map<String, Object> single = (Map<String, Object>) proxy.get("headers");
    Map<String, Object> multi = (Map<String, Object>) proxy.get("multiValueHeaders");
    List<String[]> headers = new ArrayList<>();
    // As API Gateway merges them: a name in multiValueHeaders takes only those values.
    if (single != null) {
      for (Map.Entry<String, Object> header : single.entrySet()) {
        if (multi == null || !multi.containsKey(header.getKey())) {
          headers.add(new String[] {header.getKey(), String.valueOf(header.getValue())});
        }
      }
    }
    if (multi != null) {
      for (Map.Entry<String, Object> header : multi.entrySet()) {
        for (Object value : (List<Object>) header.getValue()) {
          headers.add(new String[] {header.getKey(), String.valueOf(value)});
        }
      }
    }
    byte[] body = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    Answer answer = new Answer(status, body, function);
    answer.headers.addAll(headers);
    if (Boolean.TRUE.equals(proxy.get("isBase64Encoded")) && text != null
        && (Exchanges.matches(app.binaryMediaTypes, answer.header("Content-Type"))
            || Exchanges.matches(app.binaryMediaTypes, request.header("Accept")))) {
      try {
        answer = new Answer(status, Base64.getDecoder().decode(text), function);
      } catch (IllegalArgumentException e) {
        throw new JsonException("body is marked base64 but is not valid base64");
      }
      answer.headers.addAll(headers);
    }
    return answer;
  }

  private static Answer preflight(LocalApp.LocalCors cors, GatewayRequest request) {
    String origin = request.header("Origin");
    String allowed = origin != null && cors.origins.contains(origin) ? origin
        : cors.origins.contains("*") ? "*" : cors.origins.get(0);
    Answer answer = new Answer(200, new byte[0], null).header("Access-Control-Allow-Origin", allowed);
    if (cors.methods != null) {
      answer.header("Access-Control-Allow-Methods", cors.methods);
    }
    if (cors.headers != null) {
      answer.header("Access-Control-Allow-Headers", cors.headers);
    }
    if (cors.maxAge >= 0) {
      answer.header("Access-Control-Max-Age", Integer.toString(cors.maxAge));
    }
    if (cors.credentials) {
      answer.header("Access-Control-Allow-Credentials", "true");
    }
    return answer;
  }

  /**
   * The Lambda invoke API: the body is the event ({@code {}} when empty). Invocation type
   * {@code RequestResponse} (the default) answers the result, {@code Event} runs it in the
   * background and answers 202 at once, {@code DryRun} answers 204.
   */
  private Answer invoke(GatewayRequest request, String rawName) {
    String name;
    try {
      name = Exchanges.decodePath(rawName);
    } catch (IllegalArgumentException e) {
      name = rawName;
    }
    LocalFunction function = app.function(name);
    if (function == null || !"POST".equals(request.method)) {
      JsonWriter json = new JsonWriter();
      json.beginObject().name("Type").value("User")
          .name("message").value("Function not found: " + name).endObject();
      return new Answer(404, json.toString().getBytes(StandardCharsets.UTF_8), null)
          .header("Content-Type", "application/json")
          .header("x-amzn-ErrorType", "ResourceNotFoundException");
    }
    byte[] event = request.body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : request.body;
    String type = request.header("X-Amz-Invocation-Type");
    if ("DryRun".equals(type)) {
      return new Answer(204, new byte[0], function.name);
    }
    if ("Event".equals(type)) {
      Thread background = new Thread(() -> invokeLogged(function, event, "event"),
          "deployless-async-" + function.name);
      background.setDaemon(true);
      background.start();
      return new Answer(202, new byte[0], function.name).note("invoked asynchronously");
    }
    Outcome outcome = Outcome.of(function, event);
    Answer answer = new Answer(200, outcome.body, function.name)
        .header("Content-Type", "application/json").header("X-Amz-Executed-Version", "$LATEST");
    return outcome.error == null ? answer
        : answer.header("X-Amz-Function-Error", "Unhandled").note(outcome.error);
  }

  /** Invokes {@code function} outside any HTTP request (asynchronous invocation), logging the outcome. */
  private void invokeLogged(LocalFunction function, byte[] event, String source) {
    long start = System.nanoTime();
    Outcome outcome = Outcome.of(function, event);
    if (log != null) {
      log.invocation(source, function.name, outcome.error, start);
    }
  }

  /**
   * What Lambda answers for one synchronous invocation: the function's result, or its error as
   * {@code {"errorMessage", "errorType"}} (for a timeout, Lambda's {@code Sandbox.Timedout}), with
   * a one-line description of the error for the log.
   */
  static final class Outcome {
    final byte[] body;
    final String error;

    private Outcome(byte[] body, String error) {
      this.body = body;
      this.error = error;
    }

    static Outcome of(LocalFunction function, byte[] event) {
      try {
        return new Outcome(function.invoke(event), null);
      } catch (LocalFunction.TimedOut e) {
        JsonWriter error = new JsonWriter();
        error.beginObject().name("errorType").value("Sandbox.Timedout")
            .name("errorMessage").value("RequestId: " + e.requestId + " Error: " + e.getMessage())
            .endObject();
        return new Outcome(error.toString().getBytes(StandardCharsets.UTF_8), e.getMessage());
      } catch (Exception e) {
        Throwable cause = e instanceof LocalFunction.Failed ? e.getCause() : e;
        System.err.println("[deployless local] " + function.name + " failed:");
        cause.printStackTrace();
        JsonWriter error = new JsonWriter();
        error.beginObject().name("errorMessage").value(String.valueOf(cause.getMessage()))
            .name("errorType").value(cause.getClass().getName()).endObject();
        return new Outcome(error.toString().getBytes(StandardCharsets.UTF_8),
            "Unhandled " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
      }
    }
  }
}
