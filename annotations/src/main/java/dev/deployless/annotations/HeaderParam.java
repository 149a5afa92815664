package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link Route} method parameter to a request header (matched case-insensitively), with the
 * same types and rules as {@link QueryParam}: scalars are required unless they have a
 * {@link DefaultValue}, {@code Optional<T>} is optional, {@code List<T>} takes every value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface HeaderParam {

  /** The header's name. */
  String value();
}
