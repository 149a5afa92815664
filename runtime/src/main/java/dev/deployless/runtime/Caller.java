package dev.deployless.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who sent a request, as API Gateway's authorizer and API key check found it: read it with
 * {@link Request#caller()} or declare a parameter of this type on a route method. Immutable; never
 * null (a request no authorizer looked at has an {@linkplain #isAuthenticated unauthenticated}
 * caller, with no principal and no claims).
 *
 * <ul>
 *   <li>Cognito user pool authorizer: the claims of the token ({@code requestContext.authorizer.claims});
 *       the principal is the {@code sub} claim.
 *   <li>Lambda authorizer: the {@code principalId} it returned, and the entries of its
 *       {@code context} as claims (API Gateway delivers numbers and booleans as text).
 *   <li>IAM: the principal is the signing user's or role's ARN ({@code requestContext.identity.userArn}),
 *       with {@link #accountId()}.
 *   <li>API key: {@link #apiKeyId()}, the id of the key the request carried, with any of the above.
 * </ul>
 *
 * <p>In a unit test: {@code Caller.of("user-1", Map.of("email", "a@example.com")).withApiKeyId("k1")},
 * passed to the route method or to {@link RequestBuilder#caller}.
 */
public final class Caller {
  private static final Caller ANONYMOUS = new Caller(null, Collections.emptyMap(), null, null, null);

  private final String principalId;
  private final Map<String, String> claims;
  private final String apiKeyId;
  private final String accountId;
  private final String userArn;

  private Caller(String principalId, Map<String, String> claims, String apiKeyId, String accountId,
      String userArn) {
    this.principalId = principalId;
    this.claims = claims;
    this.apiKeyId = apiKeyId;
    this.accountId = accountId;
    this.userArn = userArn;
  }

  /** The caller of a request no authorizer looked at: no principal, no claims, no API key. */
  public static Caller anonymous() {
    return ANONYMOUS;
  }

  /** A caller with {@code principalId} (null for none) and {@code claims} (null values dropped). */
  public static Caller of(String principalId, Map<String, String> claims) {
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> claim : claims.entrySet()) {
      if (claim.getKey() != null && claim.getValue() != null) {
        copy.put(claim.getKey(), claim.getValue());
      }
    }
    return new Caller(principalId, Collections.unmodifiableMap(copy), null, null, null);
  }

  /**
   * The caller an authorizer described, as API Gateway delivers it in
   * {@code requestContext.authorizer}: Cognito's {@code claims} object, or a Lambda authorizer's
   * {@code principalId} and context entries. A member of an unexpected type (a principal id that is
   * not text, claims that are not an object, a nested value) is left out, never an error: the caller
   * then has no principal rather than a wrong one.
   */
  public static Caller fromAuthorizer(Map<String, Object> authorizer) {
    if (authorizer == null || authorizer.isEmpty()) {
      return ANONYMOUS;
    }
    Object claims = authorizer.get("claims");
    Map<String, String> values = new LinkedHashMap<>();
    String principalId;
    if (claims instanceof Map) {
      scalars((Map<?, ?>) claims, values);
      Object sub = authorizer.get("principalId");
      principalId = sub instanceof String ? (String) sub : values.get("sub");
    } else {
      scalars(authorizer, values);
      values.remove("claims");
      values.remove("principalId");
      values.remove("integrationLatency");
      Object id = authorizer.get("principalId");
      principalId = id instanceof String ? (String) id : null;
    }
    if (principalId == null && values.isEmpty()) {
      return ANONYMOUS;
    }
    return new Caller(principalId, Collections.unmodifiableMap(values), null, null, null);
  }

  private static void scalars(Map<?, ?> from, Map<String, String> to) {
    for (Map.Entry<?, ?> entry : from.entrySet()) {
      Object value = entry.getValue();
      if (entry.getKey() instanceof String
          && (value instanceof String || value instanceof Number || value instanceof Boolean)) {
        to.put((String) entry.getKey(), value.toString());
      }
    }
  }

  /** This caller with the API key id {@code apiKeyId} (null for none). */
  public Caller withApiKeyId(String apiKeyId) {
    if (eq(apiKeyId, this.apiKeyId)) {
      return this;
    }
    return new Caller(principalId, claims, apiKeyId, accountId, userArn);
  }

  /**
   * This caller as an IAM-signed request's: {@code userArn} becomes the principal unless an
   * authorizer named one; null values leave this caller as it is.
   */
  public Caller withIam(String accountId, String userArn) {
    if (accountId == null && userArn == null) {
      return this;
    }
    return new Caller(principalId != null ? principalId : userArn, claims, apiKeyId, accountId,
        userArn);
  }

  /**
   * The principal: a Lambda authorizer's {@code principalId}, the {@code sub} claim of a Cognito
   * token, or an IAM caller's ARN; null for a request no authorizer looked at.
   */
  public String principalId() {
    return principalId;
  }

  /** Whether an authorizer named a principal ({@link #principalId()} is not null). */
  public boolean isAuthenticated() {
    return principalId != null;
  }

  /** The token's claims or the Lambda authorizer's context, as text; empty when none. */
  public Map<String, String> claims() {
    return claims;
  }

  /** The claim or context entry {@code name} (for example {@code email}, {@code cognito:groups}), or null. */
  public String claim(String name) {
    return claims.get(name);
  }

  /** The id of the API key the request carried ({@code requestContext.identity.apiKeyId}), or null. */
  public String apiKeyId() {
    return apiKeyId;
  }

  /** The AWS account of an IAM-signed request ({@code requestContext.identity.accountId}), or null. */
  public String accountId() {
    return accountId;
  }

  /** The ARN of an IAM-signed request's user or role ({@code requestContext.identity.userArn}), or null. */
  public String userArn() {
    return userArn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Caller that && eq(principalId, that.principalId)
        && claims.equals(that.claims) && eq(apiKeyId, that.apiKeyId)
        && eq(accountId, that.accountId) && eq(userArn, that.userArn);
  }

  private static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  @Override
  public int hashCode() {
    int hash = claims.hashCode();
    for (String value : new String[] {principalId, apiKeyId, accountId, userArn}) {
      hash = 31 * hash + (value == null ? 0 : value.hashCode());
    }
    return hash;
  }

  /** The principal and API key id; claims are left out (they may be personal data). */
  @Override
  public String toString() {
    return "Caller{principalId=" + principalId + ", apiKeyId=" + apiKeyId + "}";
  }
}
