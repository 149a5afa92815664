package dev.deployless.runtime.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Lambda authorizer returns to API Gateway: the {@code principalId}, the
 * {@code policyDocument} allowing or denying the call, and a {@code context} whose entries (text,
 * numbers, booleans) reach the function as the caller's claims ({@code Request.caller().claim(..)}).
 *
 * <pre>{@code
 * return AuthorizerResult.allow(user.id(), event.methodArn()).withContext("email", user.email());
 * }</pre>
 *
 * <p>API Gateway caches a result for the authorizer's ttl per token, for every method: a policy
 * that allows only the method called then denies the next method called with the same token.
 * {@link #allowApi} allows every method of the API's stage.
 */
public record AuthorizerResult(String principalId, PolicyDocument policyDocument,
    Map<String, Object> context) {

  /** Lets {@code principalId} call the method {@code methodArn} (the event's). */
  public static AuthorizerResult allow(String principalId, String methodArn) {
    return new AuthorizerResult(principalId, PolicyDocument.of("Allow", methodArn), Map.of());
  }

  /**
   * Lets {@code principalId} call every method of the API stage {@code methodArn} belongs to
   * ({@code arn:...:<api id>/<stage>/*}), so that a cached result serves the other routes.
   */
  public static AuthorizerResult allowApi(String principalId, String methodArn) {
    return new AuthorizerResult(principalId, PolicyDocument.of("Allow", stageArn(methodArn) + "/*"),
        Map.of());
  }

  /** Refuses {@code principalId} the method {@code methodArn}: API Gateway answers 403. */
  public static AuthorizerResult deny(String principalId, String methodArn) {
    return new AuthorizerResult(principalId, PolicyDocument.of("Deny", methodArn), Map.of());
  }

  /** The ARN up to the stage: {@code arn:aws:execute-api:<region>:<account>:<api id>/<stage>}. */
  private static String stageArn(String methodArn) {
    int api = methodArn.lastIndexOf(':');
    int apiEnd = methodArn.indexOf('/', api + 1);
    int stageEnd = apiEnd < 0 ? -1 : methodArn.indexOf('/', apiEnd + 1);
    return stageEnd < 0 ? methodArn : methodArn.substring(0, stageEnd);
  }

  /** This result with the context entry {@code key}: text. */
  public AuthorizerResult withContext(String key, String value) {
    return withEntry(key, value);
  }

  /** This result with the context entry {@code key}: a number. */
  public AuthorizerResult withContext(String key, long value) {
    return withEntry(key, value);
  }

  /** This result with the context entry {@code key}: a boolean. */
  public AuthorizerResult withContext(String key, boolean value) {
    return withEntry(key, value);
  }

  private AuthorizerResult withEntry(String key, Object value) {
    Map<String, Object> entries = new LinkedHashMap<>(context == null ? Map.of() : context);
    entries.put(key, value);
    return new AuthorizerResult(principalId, policyDocument, Collections.unmodifiableMap(entries));
  }

  /** Whether the policy allows {@code methodArn}: an Allow statement matches it and no Deny does. */
  public boolean allows(String methodArn) {
    if (policyDocument == null || policyDocument.Statement() == null) {
      return false;
    }
    boolean allowed = false;
    for (PolicyStatement statement : policyDocument.Statement()) {
      if (statement == null || !matches(statement.Action(), PolicyStatement.INVOKE)
          || !matches(statement.Resource(), methodArn)) {
        continue;
      }
      if ("Deny".equals(statement.Effect())) {
        return false;
      }
      allowed |= "Allow".equals(statement.Effect());
    }
    return allowed;
  }

  /** IAM's wildcard match: {@code *} any run of characters, {@code ?} any one. */
  private static boolean matches(String pattern, String value) {
    if (pattern == null || value == null) {
      return false;
    }
    int p = 0;
    int v = 0;
    int star = -1;
    int mark = 0;
    while (v < value.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
        p++;
        v++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = v;
      } else if (star >= 0) {
        p = star + 1;
        v = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
