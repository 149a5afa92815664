package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public method of a {@link Feature} class for the changes of a DynamoDB table, as a Lambda
 * function of its own named {@code PascalCase(methodName) + "Function"} with a {@code DynamoDB}
 * event (an event source mapping) on the stream of the table declared as {@link #table()}. The
 * table must have a stream ({@link DynamoDb#stream()}); the function may read that stream and
 * nothing more.
 *
 * <p>The method handles one record, or the whole batch:
 *
 * <ul>
 *   <li>{@code void m(DynamoDbStreamRecord record)} (of {@code dev.deployless.runtime.event},
 *       optionally followed by the Lambda {@code Context}): the change (INSERT, MODIFY, REMOVE),
 *       the keys and the images as DynamoDB attribute values;
 *   <li>{@code Collection<String> m(List<DynamoDbStreamRecord> records)}: the batch; returns the
 *       sequence numbers of the records that failed ({@code void} when all succeed or the whole
 *       batch fails).
 * </ul>
 *
 * <p>Records of a shard come in order. With the one-record form, processing stops at the first
 * record that fails and the function reports it ({@code ReportBatchItemFailures}): Lambda retries
 * from that record, so the records before it are not processed twice. A record that keeps failing
 * blocks its shard until {@link #maxRetries()} or {@link #maxRecordAge()} is reached (both
 * unlimited by default, within the stream's 24 hours), then goes to {@link #onFailure()}.
 *
 * <pre>{@code
 * @OnTableChange(table = "users", maxRetries = 5, onFailure = "audit-failures")
 * public void audit(DynamoDbStreamRecord change) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnTableChange {

  /** The {@link Resource#name()} of the table, declared with {@link Resource#dynamoDb()}. */
  String table();

  /**
   * Where a new function starts reading the stream. {@link StartingPosition#TRIM_HORIZON} by
   * default, so no change is missed (on a table created with the function both are the same).
   */
  StartingPosition startingPosition() default StartingPosition.TRIM_HORIZON;

  /** The most records in one invocation (1–10000). */
  int batchSize() default 100;

  /** Seconds to gather records before invoking the function (0–300). */
  int batchingWindow() default 0;

  /**
   * Event filter patterns (JSON, such as {@code {"eventName": ["INSERT"]}}): only records matching
   * one of them invoke the function. None: every record.
   */
  String[] filters() default {};

  /** Splits a failing batch in two and retries each half, to isolate a bad record. */
  boolean bisectOnError() default false;

  /** Retries of a failing batch (0–10000); {@code -1} retries until the record expires. */
  int maxRetries() default -1;

  /** Seconds after which a record is no longer retried (60–604800); {@code -1}: no limit. */
  int maxRecordAge() default -1;

  /**
   * Where a description of the records that failed for good goes: the {@link Resource#name()} of
   * an SQS queue or SNS topic of the application. None by default.
   */
  String onFailure() default "";

  /** Concurrent batches per shard (1–10); records of one key stay in order. */
  int parallelization() default 1;

  /** {@code false} deploys the event source mapping disabled. */
  boolean enabled() default true;

  /** Memory in MB (128–10240); {@code -1} inherits the feature, then {@code globals.memory}. */
  int memory() default -1;

  /** Timeout in seconds (1–900); {@code -1} inherits the feature, then {@code globals.timeout}. */
  int timeout() default -1;

  /** Description of the function. */
  String description() default "";

  /** Environment variables of this function, added to its feature's. */
  Env[] env() default {};

  /** Where a new event source mapping starts reading a stream. */
  enum StartingPosition {
    /** The oldest record still in the stream (24 hours). */
    TRIM_HORIZON,
    /** Only records written after the mapping is created. */
    LATEST
  }
}
