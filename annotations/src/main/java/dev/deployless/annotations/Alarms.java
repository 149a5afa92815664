package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CloudWatch alarms of a feature's functions ({@link Feature#alarms()}): per function an
 * {@code Errors}, a {@code Throttles} and a {@code Duration} alarm ({@code TreatMissingData:
 * notBreaching}), notifying an SNS topic when one is given. Attributes left at their defaults
 * inherit the project's {@code alarms} of {@code deployless.yaml}, then the defaults (errors and
 * throttles 1, duration 80% of the function's timeout, periods of 300 seconds).
 *
 * <pre>{@code
 * @Feature(name = "users", alarms = @Alarms)                        // on, with the defaults
 * @Feature(name = "users", alarms = @Alarms(errors = 5, durationPct = 90))
 * @Feature(name = "users", alarms = @Alarms(Switch.OFF))            // off, whatever the yaml says
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Alarms {

  /** On (written), off, or inherited ({@link Feature#alarms()}'s default). */
  Switch value() default Switch.ON;

  /** Alarm when a function has at least this many errors in a period (>= 1); {@code -1} inherits. */
  int errors() default -1;

  /** Alarm when a function is throttled at least this many times in a period (>= 1); {@code -1} inherits. */
  int throttles() default -1;

  /**
   * Alarm when an invocation lasts longer than this percentage of the function's timeout (1–100;
   * 80 with a 30-second timeout alarms at 24000 ms); {@code -1} inherits.
   */
  int durationPct() default -1;

  /** The period of the three alarms in seconds (a multiple of 60, at most 86400); {@code -1} inherits. */
  int period() default -1;

  /** ARN of the SNS topic notified when an alarm fires and when it is OK again; empty inherits. */
  String snsTopicArn() default "";
}
