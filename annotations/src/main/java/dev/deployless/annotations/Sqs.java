package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SQS queue, in {@link Resource#sqs()}, encrypted with SQS-managed keys. Its variable is the
 * queue name in upper snake case without a {@code -queue} suffix, plus {@code _QUEUE_URL}
 * ({@code email-notifications} gives {@code EMAIL_NOTIFICATIONS_QUEUE_URL}), with
 * {@code _QUEUE_ARN} and, with a dead-letter queue, {@code _DLQ_URL}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Sqs {

  /** The queue's name: letters, digits, {@code -} and {@code _}; {@code .fifo} is added for FIFO. */
  String queueName();

  /** A FIFO queue (the name gets {@code .fifo}). */
  boolean fifo() default false;

  /** Also creates a dead-letter queue (14 days retention) for messages received too often. */
  boolean dlq() default false;

  /** Seconds a received message stays invisible (0–43200). */
  int visibilityTimeout() default 30;

  /** Seconds a message is kept (60–1209600; 4 days by default). */
  int messageRetention() default 345600;

  /** Receives before a message moves to the dead-letter queue (1–1000). */
  int maxReceiveCount() default 3;

  /** Server-side encryption with SQS-managed keys. */
  boolean encryption() default true;

  /** What happens to the queue when it leaves the stack. */
  DeletionPolicy deletionPolicy() default DeletionPolicy.DEFAULT;

  /** The queue exists already: nothing is created, only its URL is given to the functions. */
  boolean existing() default false;
}
