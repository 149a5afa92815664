package dev.deployless.processor.model;

/**
 * The {@code auth} of a {@code @Feature} or {@code @Route} (the annotation's {@code Auth}): a route's
 * value wins over its feature's, which wins over the project's default.
 */
public enum AuthMode {
  INHERIT, NONE, AUTHORIZER, API_KEY, AUTHORIZER_AND_API_KEY;

  /** Whether the value asks for the authorizer of {@code api.auth}. */
  public boolean authorizer() {
    return this == AUTHORIZER || this == AUTHORIZER_AND_API_KEY;
  }

  /** Whether the value asks for an API key. */
  public boolean apiKey() {
    return this == API_KEY || this == AUTHORIZER_AND_API_KEY;
  }

  /** The value named {@code name}, INHERIT for null or an unknown name. */
  public static AuthMode of(String name) {
    for (AuthMode mode : values()) {
      if (mode.name().equals(name)) {
        return mode;
      }
    }
    return INHERIT;
  }
}
