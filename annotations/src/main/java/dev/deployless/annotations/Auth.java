package dev.deployless.annotations;

/**
 * Who may call a route through API Gateway: the {@code auth} of {@link Feature#auth()} and
 * {@link Route#auth()}. A route's value wins over its feature's, which wins over the project-wide
 * default of {@code deployless.yaml}: the {@code api.auth} authorizer, if set, and an API key, if
 * {@code api.api_keys} is set. API Gateway checks both per method, so a route that differs from its
 * feature keeps sharing the feature's function. CORS preflights ({@code OPTIONS}) are never gated.
 */
public enum Auth {
  /** The feature's setting (on a route), or the project-wide default (on a feature). */
  INHERIT,
  /** Public: no authorizer and no API key. */
  NONE,
  /** The {@code api.auth} authorizer, without an API key; needs {@code api.auth}. */
  AUTHORIZER,
  /** An API key ({@code x-api-key}), without the authorizer; needs {@code api.api_keys}. */
  API_KEY,
  /** The {@code api.auth} authorizer and an API key; needs both {@code api.auth} and {@code api.api_keys}. */
  AUTHORIZER_AND_API_KEY
}
