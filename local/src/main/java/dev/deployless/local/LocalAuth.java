package dev.deployless.local;

import dev.deployless.runtime.auth.AuthorizerResult;
import dev.deployless.runtime.auth.PolicyDocument;
import dev.deployless.runtime.auth.PolicyStatement;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API Gateway's checks of a route's authorizer and API key, made before the proxy event is built,
 * with API Gateway's answers: 401 {@code Unauthorized} without a token, 403 {@code User is not
 * authorized to access this resource} when a Lambda authorizer's policy does not allow the method,
 * 403 {@code Forbidden} without an enabled API key. CORS preflights are never checked.
 *
 * <ul>
 *   <li>A Lambda authorizer that is a function of the app is invoked locally with a TOKEN event (the
 *       identity header's value, the method's ARN); its result is cached per token for its ttl, and
 *       its principal and context reach the function in {@code requestContext.authorizer}. One
 *       known only by ARN cannot be invoked: requests go through, with a warning once.
 *   <li>Cognito: the token's payload is decoded, not verified (as serverless-offline does), and
 *       its claims, as text, reach the function in {@code requestContext.authorizer.claims}.
 *   <li>IAM: requests go through unsigned, with a note once.
 *   <li>API keys: {@code x-api-key} must be {@code local-<key name>} of an enabled key.
 * </ul>
 */
final class LocalAuth {
  /** The account, region and API id of the method ARNs the local server makes. */
  static final String ARN_PREFIX = "arn:aws:execute-api:us-east-1:000000000000:local/";

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** What the checks let through, put in the proxy event; or the answer refusing the request. */
  static final class Decision {
    final Answer refusal;
    String apiKey;
    String principalId;
    Map<String, Object> context;
    Map<String, Object> claims;
    /** A note for the request's log line (a warning printed once), or null. */
    String note;

    private Decision(Answer refusal) {
      this.refusal = refusal;
    }

    /** Puts the caller in {@code event}: the authorizer's principal, context or claims, the key. */
    void applyTo(ProxyEvent event) {
      if (apiKey != null) {
        event.apiKey(apiKey, "local-" + apiKey);
      }
      if (claims != null) {
        event.cognitoClaims(claims);
      } else if (principalId != null) {
        event.lambdaAuthorizer(principalId, context);
      }
    }
  }

  /** A Lambda authorizer's result, kept until {@code expires} (System.nanoTime). */
  private record Cached(AuthorizerResult result, long expires) {}

  /** Forgets the cached results (the authorizer's code may have changed: a hot reload). */
  void reset() {
    cache.clear();
  }

  /**
   * The decision for {@code request} on {@code route} of {@code app}; {@code path} is the request's
   * path without the stage.
   */
  Decision check(LocalApp app, LocalApp.Route route, GatewayRequest request, String path) {
    Decision decision = new Decision(null);
    if ("OPTIONS".equals(request.method.toUpperCase(Locale.ROOT))
        && request.header("Access-Control-Request-Method") != null) {
      return decision;
    }
    LocalApp.Authorizer authorizer = route.authorizer == null ? null
        : app.authorizers.get(route.authorizer);
    if (authorizer != null) {
      Decision authorized = authorize(app, authorizer, request, path);
      if (authorized.refusal != null) {
        return authorized;
      }
      decision = authorized;
    }
    if (route.apiKey) {
      LocalApp.ApiKey key = app.enabledKey(request.header("x-api-key"));
      if (key == null) {
        return new Decision(Answer.gatewayError(403, "ForbiddenException", "Forbidden"));
      }
      decision.apiKey = key.name();
    }
    return decision;
  }

  private Decision authorize(LocalApp app, LocalApp.Authorizer authorizer,
      GatewayRequest request, String path) {
    String token = request.header(authorizer.header());
    Decision decision = new Decision(null);
    switch (authorizer.type()) {
      case "cognito":
        Map<String, Object> claims = token == null ? null : claims(token);
        if (claims == null || !hasScope(claims, authorizer.scopes())) {
          return unauthorized();
        }
        decision.claims = claims;
        return decision;
      case "lambda":
        LocalFunction function = authorizer.function() == null ? null
            : app.function(authorizer.function());
        if (function == null) {
          decision.note = once(authorizer.name(), "authorizer " + authorizer.name() + " is a function"
              + " outside the app: not invoked locally, requests go through");
          return decision;
        }
        if (token == null || token.isEmpty()) {
          return unauthorized();
        }
        String methodArn = ARN_PREFIX + (app.stage == null ? "dev" : app.stage) + "/"
            + request.method.toUpperCase(Locale.ROOT) + path;
        return invoke(authorizer, function, token, methodArn);
      default:
        decision.note = once(authorizer.name(), "authorizer " + authorizer.name() + " ("
            + authorizer.type() + "): requests are not signature-checked locally");
        return decision;
    }
  }

  private Decision invoke(LocalApp.Authorizer authorizer, LocalFunction function, String token,
      String methodArn) {
    String key = authorizer.name() + "\n" + token;
    Cached cached = cache.get(key);
    AuthorizerResult result;
    if (cached != null && cached.expires() - System.nanoTime() > 0) {
      result = cached.result();
    } else {
      JsonWriter event = new JsonWriter();
      event.beginObject().name("type").value("TOKEN").name("authorizationToken").value(token)
          .name("methodArn").value(methodArn).endObject();
      byte[] output;
      try {
        output = function.invoke(event.toString().getBytes(StandardCharsets.UTF_8),
            Math.min(function.timeout * 1000L, Gateway.INTEGRATION_TIMEOUT_MILLIS));
      } catch (Exception e) {
        Throwable cause = e instanceof LocalFunction.Failed ? e.getCause() : e;
        // As in Lambda authorizers of any language: failing with "Unauthorized" is a 401.
        if ("Unauthorized".equals(cause.getMessage())) {
          return unauthorized();
        }
        return misconfigured(function, "failed: " + cause);
      }
      try {
        result = result(output);
      } catch (JsonException | ClassCastException e) {
        return misconfigured(function, "returned no authorizer result (" + e.getMessage() + "): "
            + new String(output, StandardCharsets.UTF_8));
      }
      if (authorizer.ttl() > 0) {
        cache.put(key, new Cached(result, System.nanoTime() + authorizer.ttl() * 1_000_000_000L));
      }
    }
    if (!result.allows(methodArn)) {
      return new Decision(Answer.gatewayError(403, "AccessDeniedException",
          "User is not authorized to access this resource").by(function.name));
    }
    Decision decision = new Decision(null);
    decision.principalId = result.principalId();
    decision.context = result.context() == null ? Map.of() : result.context();
    return decision;
  }

  /**
   * A Lambda authorizer's output as API Gateway reads it: a principal id, a policy whose
   * {@code Action} and {@code Resource} may each be a list, a context of text, numbers and booleans.
   */
  @SuppressWarnings("unchecked")
  static AuthorizerResult result(byte[] output) {
    Map<String, Object> json = new JsonReader(output).readObject();
    Object principalId = json.get("principalId");
    Map<String, Object> policy = (Map<String, Object>) json.get("policyDocument");
    if (!(principalId instanceof String) || policy == null) {
      throw new JsonException("principalId and policyDocument are required");
    }
    List<PolicyStatement> statements = new ArrayList<>();
    Object listed = policy.get("Statement");
    if (listed == null) {
      throw new JsonException("policyDocument.Statement is required");
    }
    for (Object s : listed instanceof List ? (List<Object>) listed : List.of(listed)) {
      if (!(s instanceof Map)) {
        throw new JsonException("each policyDocument.Statement is an object");
      }
      Map<String, Object> statement = (Map<String, Object>) s;
      for (String action : strings(statement.get("Action"))) {
        for (String resource : strings(statement.get("Resource"))) {
          statements.add(new PolicyStatement(action, (String) statement.get("Effect"), resource));
        }
      }
    }
    Map<String, Object> context = new LinkedHashMap<>();
    Object entries = json.get("context");
    if (entries != null) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) entries).entrySet()) {
        Object value = entry.getValue();
        if (value instanceof Map || value instanceof List) {
          throw new JsonException("context." + entry.getKey() + " is not text, a number or a boolean");
        }
        if (value != null) {
          context.put(entry.getKey(), value);
        }
      }
    }
    return new AuthorizerResult((String) principalId,
        new PolicyDocument((String) policy.get("Version"), statements), context);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    if (value instanceof List) {
      List<String> strings = new ArrayList<>();
      for (Object element : (List<Object>) value) {
        strings.add((String) element);
      }
      return strings;
    }
    return value == null ? List.of() : List.of((String) value);
  }

  /**
   * The claims of a JWT's payload, decoded without checking its signature, as text (numbers and
   * booleans as written, arrays joined by commas); null when {@code token} ({@code Bearer } or not)
   * is not a JWT with a JSON object as payload.
   */
  static Map<String, Object> claims(String token) {
    String jwt = token.regionMatches(true, 0, "Bearer ", 0, 7) ? token.substring(7).trim() : token;
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    Map<String, Object> payload;
    try {
      payload = new JsonReader(Base64.getUrlDecoder().decode(parts[1])).readObject();
    } catch (IllegalArgumentException | JsonException e) {
      return null;
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    for (Map.Entry<String, Object> claim : payload.entrySet()) {
      Object value = claim.getValue();
      if (value instanceof List<?> list) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(String.valueOf(item)));
        claims.put(claim.getKey(), String.join(",", items));
      } else if (value != null && !(value instanceof Map)) {
        claims.put(claim.getKey(), value.toString());
      }
    }
    return claims;
  }

  /** Whether the token's {@code scope} claim holds one of {@code scopes} (any, when none are asked). */
  private static boolean hasScope(Map<String, Object> claims, List<String> scopes) {
    if (scopes.isEmpty()) {
      return true;
    }
    Object granted = claims.get("scope");
    if (granted == null) {
      return false;
    }
    for (String scope : granted.toString().split(" ")) {
      if (scopes.contains(scope)) {
        return true;
      }
    }
    return false;
  }

  private static Decision unauthorized() {
    return new Decision(Answer.gatewayError(401, "UnauthorizedException", "Unauthorized"));
  }

  /** API Gateway's 500 for an authorizer that failed or answered no policy, with the reason noted. */
  private static Decision misconfigured(LocalFunction function, String reason) {
    JsonWriter json = new JsonWriter();
    json.beginObject().name("message").nullValue().endObject();
    Answer answer = new Answer(500, json.toString().getBytes(StandardCharsets.UTF_8), function.name)
        .header("Content-Type", "application/json")
        .header("x-amzn-ErrorType", "AuthorizerConfigurationException")
        .note("authorizer " + function.name + " " + reason);
    return new Decision(answer);
  }

  /** {@code warning} the first time {@code about} is seen, else null. */
  private String once(String about, String warning) {
    return warned.add(about) ? warning : null;
  }
}
