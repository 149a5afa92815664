package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SNS topic, in {@link Resource#sns()}, without subscriptions: functions subscribe with
 * {@link OnTopic}. Its variables are the topic name in upper snake case without a {@code -topic}
 * suffix, plus {@code _TOPIC_ARN} ({@code user-signups} gives {@code USER_SIGNUPS_TOPIC_ARN}) and
 * {@code _TOPIC} for the name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Sns {

  /**
   * The topic's name: letters, digits, {@code -} and {@code _} (at most 256 characters with the
   * suffix); {@code .fifo} is added for FIFO.
   */
  String topicName();

  /** A FIFO topic (the name gets {@code .fifo}); only FIFO queues can subscribe to it. */
  boolean fifo() default false;

  /** For a FIFO topic: deduplicates messages by a hash of their body instead of an explicit id. */
  boolean contentBasedDeduplication() default false;

  /** What happens to the topic when it leaves the stack. */
  DeletionPolicy deletionPolicy() default DeletionPolicy.DEFAULT;

  /** The topic exists already: nothing is created, only its ARN is given to the functions. */
  boolean existing() default false;
}
