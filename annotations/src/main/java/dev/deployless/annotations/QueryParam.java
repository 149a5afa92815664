package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link Route} method parameter to a query-string parameter.
 *
 * <p>A parameter of a scalar type ({@code String}, primitives and boxes, {@code UUID}, enums, ...)
 * is required: a request without it is answered with 400, unless the parameter also has a
 * {@link DefaultValue}. {@code Optional<T>} is optional, and {@code List<T>} collects every value of a
 * repeated parameter ({@code ?tag=a&tag=b}), empty when absent.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface QueryParam {

  /** The query parameter's name (case-sensitive). */
  String value();
}
