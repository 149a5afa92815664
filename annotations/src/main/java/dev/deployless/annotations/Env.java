package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable of a function, used in {@link Feature#env()}, {@link Cron#env()} and
 * {@link LambdaFunction#env()}.
 *
 * <pre>{@code @Env(name = "TOKEN_EXPIRY", value = "3600")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Env {

  /** The variable's name: letters, digits and underscores, starting with a letter. */
  String name();

  /** The variable's value. */
  String value() default "";
}
