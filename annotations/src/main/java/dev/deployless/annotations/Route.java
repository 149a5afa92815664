package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a public method of a {@link Feature} class to an HTTP route of the API Gateway REST API.
 *
 * <p>The full path is the feature's {@link Feature#basePath() basePath} followed by {@link #path()}.
 * Path templates use {@code {name}} for a path parameter (bound with {@link PathParam}) and
 * {@code {name+}} as a greedy last segment.
 *
 * <p>By default the route is served by its feature's function. A route with {@code split = true},
 * or with its own {@link #memory()} or {@link #timeout()}, gets a function of its own named
 * {@code PascalCase(methodName) + "Function"}.
 *
 * <p>Parameters are bound with {@link PathParam}, {@link QueryParam}, {@link HeaderParam} and
 * {@link Body}; a parameter of type {@code com.amazonaws.services.lambda.runtime.Context} or
 * {@code dev.deployless.runtime.Request} is injected without annotation. The return value becomes the
 * response: {@code void} is 204, {@code String} is text 200, {@code byte[]} is binary 200,
 * {@code Optional.empty()} is 404, {@code dev.deployless.runtime.Response} gives full control, and any
 * other value is serialized to JSON with status 200.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Route {

  /** The HTTP method. */
  HttpMethod method() default HttpMethod.GET;

  /** The path below the feature's base path, for example {@code "/{userId}"}; empty for the base path. */
  String path() default "";

  /** Serve this route from a function of its own, even without its own memory or timeout. */
  boolean split() default false;

  /** Memory in MB (128–10240) of this route's own function; {@code -1} = not split for memory. */
  int memory() default -1;

  /** Timeout in seconds (1–900) of this route's own function; {@code -1} = not split for timeout. */
  int timeout() default -1;

  /** Description of this route's own function (split routes only). */
  String description() default "";

  /**
   * Who may call this route ({@link Auth}): {@link Auth#INHERIT} takes the feature's
   * {@link Feature#auth()}. API Gateway authorizes per method, so a route whose auth differs from its
   * feature's still shares the feature's function.
   */
  Auth auth() default Auth.INHERIT;
}
