package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public method of a {@link Feature} class for the messages of an SQS queue, as a Lambda
 * function of its own named {@code PascalCase(methodName) + "Function"} with an {@code SQS} event
 * (an event source mapping) on the queue declared as {@link #queue()}. The function may receive and
 * delete messages of that queue and nothing more; to send to it, link it with {@link Resource} too.
 *
 * <p>The method handles one message, or the whole batch:
 *
 * <ul>
 *   <li>{@code void m(Order order)}: the message body as JSON, bound to a record or class like
 *       {@link Body} does ({@code String} for the raw body), optionally followed by
 *       {@code dev.deployless.runtime.event.SqsMessage} and the Lambda {@code Context};
 *   <li>{@code void m(SqsMessage message)}: the message with its attributes (and optionally the
 *       {@code Context});
 *   <li>{@code Collection<String> m(List<SqsMessage> messages)}: the batch; returns the ids of the
 *       messages that failed ({@code void} when all succeed or the whole batch fails).
 * </ul>
 *
 * <p>With the one-message forms, a message whose method call throws, or whose body does not bind,
 * fails alone: the others of the batch are processed, and the function reports the failed ones
 * ({@code ReportBatchItemFailures}) so only they come back to the queue after its visibility
 * timeout and move to its dead-letter queue ({@link Sqs#dlq()}) after {@link Sqs#maxReceiveCount()}
 * receives. On a FIFO queue, processing stops at the first failure and the rest of the batch is
 * reported failed, keeping the order of each message group.
 *
 * <pre>{@code
 * @OnQueue(queue = "orders", batchSize = 10, timeout = 30)
 * public void processOrder(Order order) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnQueue {

  /** The {@link Resource#name()} of the queue, declared with {@link Resource#sqs()}. */
  String queue();

  /**
   * The most messages in one invocation (1–10, or up to 10000 on a standard queue with a
   * {@link #batchingWindow()} of at least one second).
   */
  int batchSize() default 10;

  /** Seconds to gather messages before invoking the function (0–300; 0 on a FIFO queue). */
  int batchingWindow() default 0;

  /** The most concurrent invocations this queue causes (2–1000); {@code -1} leaves it unlimited. */
  int maxConcurrency() default -1;

  /**
   * Event filter patterns (JSON, such as {@code {"body": {"type": ["order"]}}}): only messages
   * matching one of them invoke the function, the others are deleted from the queue. None: every
   * message.
   */
  String[] filters() default {};

  /** {@code false} deploys the event source mapping disabled (messages wait in the queue). */
  boolean enabled() default true;

  /** Memory in MB (128–10240); {@code -1} inherits the feature, then {@code globals.memory}. */
  int memory() default -1;

  /**
   * Timeout in seconds (1–900); {@code -1} inherits the feature, then {@code globals.timeout}. It
   * must not exceed the queue's {@link Sqs#visibilityTimeout()}.
   */
  int timeout() default -1;

  /** Description of the function. */
  String description() default "";

  /** Environment variables of this function, added to its feature's. */
  Env[] env() default {};
}
