package dev.deployless.processor.model;

import java.util.List;

/**
 * An HTTP route: a {@code @Route} method.
 *
 * @param method the HTTP method in upper case, or {@code ANY}
 * @param path the full path template (base path and route path), such as {@code /users/{userId}}
 * @param javaMethod the Java method's name
 * @param split whether the route has a function of its own
 * @param settings the route's own memory, timeout and description (split routes only)
 * @param auth the route's own {@code auth}; INHERIT takes the feature's
 */
public record Endpoint(
    String method,
    String path,
    String javaMethod,
    boolean split,
    Settings settings,
    List<Parameter> parameters,
    Result result,
    Source source,
    AuthMode auth) {

  /** {@code GET /users/{userId}}. */
  public String describe() {
    return method + " " + path;
  }
}
