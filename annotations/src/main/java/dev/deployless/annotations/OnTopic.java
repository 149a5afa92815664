package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public method of a {@link Feature} class for the messages published to an SNS topic, as a
 * Lambda function of its own named {@code PascalCase(methodName) + "Function"} with an {@code SNS}
 * event (a subscription) on the topic declared as {@link #topic()}.
 *
 * <p>The method takes the message:
 *
 * <ul>
 *   <li>{@code void m(Signup signup)}: the message as JSON, bound to a record or class like
 *       {@link Body} does ({@code String} for the raw message), optionally followed by
 *       {@code dev.deployless.runtime.event.SnsMessage} and the Lambda {@code Context};
 *   <li>{@code void m(SnsMessage message)}: the message with its subject, attributes and topic.
 * </ul>
 *
 * <p>SNS invokes the function asynchronously: when the method throws (or the message does not
 * bind), Lambda retries twice ({@link #maxRetries()}), then sends the event to {@link #onFailure()}
 * (or the feature's dead-letter queue, {@link Feature#dlq()}).
 *
 * <pre>{@code
 * @OnTopic(topic = "signups", filterPolicy = "{\"plan\": [\"pro\"]}")
 * public void welcome(Signup signup) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnTopic {

  /** The {@link Resource#name()} of the topic, declared with {@link Resource#sns()}. */
  String topic();

  /**
   * The subscription's filter policy (JSON, such as {@code {"plan": ["pro"]}}): only matching
   * messages invoke the function. None: every message.
   */
  String filterPolicy() default "";

  /** What {@link #filterPolicy()} matches: the message attributes or the (JSON) message body. */
  FilterScope filterScope() default FilterScope.MESSAGE_ATTRIBUTES;

  /**
   * Where a message goes when the function still fails after its retries: the
   * {@link Resource#name()} of an SQS queue or SNS topic of the application. None by default.
   */
  String onFailure() default "";

  /** Retries of a failed invocation (0–2); {@code -1} keeps Lambda's default of 2. */
  int maxRetries() default -1;

  /** Seconds a message may wait for an invocation (60–21600); {@code -1} keeps the default of 6 hours. */
  int maxEventAge() default -1;

  /** Memory in MB (128–10240); {@code -1} inherits the feature, then {@code globals.memory}. */
  int memory() default -1;

  /** Timeout in seconds (1–900); {@code -1} inherits the feature, then {@code globals.timeout}. */
  int timeout() default -1;

  /** Description of the function. */
  String description() default "";

  /** Environment variables of this function, added to its feature's. */
  Env[] env() default {};

  /** What an SNS filter policy is matched against ({@code FilterPolicyScope}). */
  enum FilterScope {
    /** The message attributes ({@code MessageAttributes}). */
    MESSAGE_ATTRIBUTES,
    /** The message, which must then be JSON ({@code MessageBody}). */
    MESSAGE_BODY
  }
}
