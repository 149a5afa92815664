package dev.deployless.processor.model;

/**
 * What API Gateway checks before a route's function runs, after the hierarchy route > feature >
 * project: the authorizer (by name) and whether an API key is required.
 *
 * @param authorizer the project's authorizer when the route uses it, else null
 * @param apiKey whether the route requires an API key
 */
public record Gate(Authorizer authorizer, boolean apiKey) {

  /** The gate of {@code route} of {@code feature} in {@code project}. */
  public static Gate of(Project project, FeatureClass feature, Endpoint route) {
    Authorizer authorizer = project.api().auth();
    boolean keys = project.api().keys() != null;
    AuthMode mode = route.auth() != AuthMode.INHERIT ? route.auth() : feature.auth();
    if (mode == AuthMode.INHERIT) {
      return new Gate(authorizer, keys);
    }
    return new Gate(mode.authorizer() ? authorizer : null, mode.apiKey() && keys);
  }
}
