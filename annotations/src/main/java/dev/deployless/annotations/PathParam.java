package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link Route} method parameter to the path parameter {@code {value}} of the route's path
 * template. Supported types: {@code String}, primitives and their boxes, {@code UUID}, enums,
 * {@code BigDecimal}, {@code BigInteger} and the {@code java.time} value types. A value that does not
 * convert is answered with 400.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PathParam {

  /** The path parameter's name, as written between braces in the path template. */
  String value();
}
