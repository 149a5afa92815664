package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of a {@link QueryParam} or {@link HeaderParam} parameter when the request does not carry
 * it. The processor checks at compile time that the value converts to the parameter's type.
 *
 * <pre>{@code @QueryParam("limit") @DefaultValue("20") int limit}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface DefaultValue {

  /** The default, written as it would appear in the request. */
  String value();
}
