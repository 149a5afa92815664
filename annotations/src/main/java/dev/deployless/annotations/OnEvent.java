package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public method of a {@link Feature} class for the EventBridge events that match a pattern,
 * as a Lambda function of its own named {@code PascalCase(methodName) + "Function"} with an
 * {@code EventBridgeRule} event on the default bus or {@link #bus()}. (A schedule is {@link Cron}.)
 *
 * <p>The pattern is {@link #source()} and {@link #detailType()} (each a list of accepted values),
 * merged with the JSON {@link #pattern()} for anything else; at least one of them is required.
 *
 * <p>The method takes the event:
 *
 * <ul>
 *   <li>{@code void m(InvoicePaid detail)}: the event's {@code detail}, bound to a record or class
 *       like {@link Body} does ({@code Map<String, Object>} for any JSON);
 *   <li>{@code void m(EventBridgeEvent<InvoicePaid> event)} (of
 *       {@code dev.deployless.runtime.event}): the envelope (id, source, detail type, time,
 *       account, region, resources) with the bound detail;
 * </ul>
 * each optionally followed by the Lambda {@code Context}. EventBridge invokes the function
 * asynchronously: when the method throws, Lambda retries twice ({@link #maxRetries()}), then sends
 * the event to {@link #onFailure()} (or the feature's dead-letter queue, {@link Feature#dlq()}).
 *
 * <pre>{@code
 * @OnEvent(source = "com.example.billing", detailType = "InvoicePaid")
 * public void onInvoicePaid(InvoicePaid invoice) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnEvent {

  /** The name or ARN of an existing event bus; the account's default bus by default. */
  String bus() default "";

  /** Accepted values of the event's {@code source}, such as {@code com.example.billing}. */
  String[] source() default {};

  /** Accepted values of the event's {@code detail-type}, such as {@code InvoicePaid}. */
  String[] detailType() default {};

  /**
   * More of the event pattern, as JSON (such as {@code {"detail": {"amount": [{"numeric": [">",
   * 100]}]}}}); it may not repeat {@code source} or {@code detail-type} when those are set above.
   */
  String pattern() default "";

  /** {@code false} deploys the rule disabled. */
  boolean enabled() default true;

  /**
   * Where an event goes when the function still fails after its retries: the
   * {@link Resource#name()} of an SQS queue or SNS topic of the application. None by default.
   */
  String onFailure() default "";

  /** Retries of a failed invocation (0–2); {@code -1} keeps Lambda's default of 2. */
  int maxRetries() default -1;

  /** Seconds an event may wait for an invocation (60–21600); {@code -1} keeps the default of 6 hours. */
  int maxEventAge() default -1;

  /** Memory in MB (128–10240); {@code -1} inherits the feature, then {@code globals.memory}. */
  int memory() default -1;

  /** Timeout in seconds (1–900); {@code -1} inherits the feature, then {@code globals.timeout}. */
  int timeout() default -1;

  /** Description of the function. */
  String description() default "";

  /** Environment variables of this function, added to its feature's. */
  Env[] env() default {};
}
