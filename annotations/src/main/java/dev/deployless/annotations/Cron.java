package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public method of a {@link Feature} class on a schedule, as a Lambda function of its own
 * named {@code PascalCase(methodName) + "Function"} with one EventBridge {@code Schedule} event per
 * expression.
 *
 * <p>The method may take no parameter, the event, the Lambda {@code Context}, or the event and the
 * context. The event is the EventBridge scheduled event, or {@link #input()} when set; declare it as
 * {@code Map<String, Object>}, {@code String} (raw JSON), a record or class with a JSON shape, or
 * {@code com.amazonaws.services.lambda.runtime.events.ScheduledEvent}.
 *
 * <pre>{@code
 * @Cron(schedule = "rate(24 hours)", memory = 128, timeout = 60)
 * public void cleanupSessions() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Cron {

  /**
   * One or more schedule expressions: {@code rate(5 minutes)}, {@code rate(1 hour)} or
   * {@code cron(0 9 * * ? *)} (six fields, UTC).
   */
  String[] schedule();

  /** Memory in MB (128–10240); {@code -1} inherits the feature, then {@code globals.memory}. */
  int memory() default -1;

  /** Timeout in seconds (1–900); {@code -1} inherits the feature, then {@code globals.timeout}. */
  int timeout() default -1;

  /** Description of the function. */
  String description() default "";

  /** Environment variables of this function, added to its feature's. */
  Env[] env() default {};

  /** {@code false} deploys the schedule disabled. */
  boolean enabled() default true;

  /** Constant JSON passed as the event instead of the EventBridge scheduled event. */
  String input() default "";
}
