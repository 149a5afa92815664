package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable of a function, used in {@link Feature#env()}, {@link Cron#env()},
 * {@link LambdaFunction#env()} and the triggers' {@code env} ({@link OnQueue#env()}, ...): either a literal {@link #value()} or a reference to an existing SSM
 * parameter ({@link #ssm()}), which CloudFormation resolves when it deploys the stack.
 *
 * <pre>{@code
 * @Env(name = "TOKEN_EXPIRY", value = "3600")
 * @Env(name = "DB_HOST", ssm = "/prod/db/host")                    // {{resolve:ssm:/prod/db/host}}
 * @Env(name = "DB_PASS", ssm = "/prod/db/password", secure = true, version = 3)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Env {

  /** The variable's name: letters, digits and underscores, starting with a letter. */
  String name();

  /** The variable's value. */
  String value() default "";

  /**
   * The name of an existing SSM parameter (starting with {@code /}) whose value the variable gets:
   * a {@code {{resolve:ssm:NAME}}} dynamic reference instead of a literal value.
   */
  String ssm() default "";

  /** Whether {@link #ssm()} is a SecureString parameter ({@code {{resolve:ssm-secure:NAME}}}). */
  boolean secure() default false;

  /** The parameter version to pin {@link #ssm()} to; unset (the latest) by default. */
  int version() default -1;
}
