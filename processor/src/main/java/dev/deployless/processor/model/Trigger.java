package dev.deployless.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What makes a triggered function run: the source a trigger annotation names and its settings, as
 * written (-1 for an unset number, {@code ""} for an unset name). Every record holds only strings,
 * numbers, flags, lists of strings and other such records, so that the index writes them as they
 * are.
 */
public sealed interface Trigger {

  /** The annotation's simple name, for messages: {@code OnQueue}. */
  String annotation();

  /** The {@code @Resource} name of the source, or empty for an EventBridge bus. */
  Optional<String> resource();

  /** The attribute naming the source: {@code queue}, {@code bucket}, ... */
  String resourceAttribute();

  /** What the source is, for messages: {@code an SQS queue}. */
  String expected();

  /** Whether the source invokes the function asynchronously (S3, SNS, EventBridge). */
  default boolean asynchronous() {
    return this instanceof Asynchronous;
  }

  /** Where the records that failed for good go, by {@code @Resource} name; empty for none. */
  String onFailure();

  /** A source that invokes the function asynchronously, retried and then sent to {@link #delivery()}'s destination. */
  sealed interface Asynchronous extends Trigger {
    Delivery delivery();

    @Override
    default String onFailure() {
      return delivery().onFailure();
    }
  }

  /**
   * The retries and on-failure destination of an asynchronous invocation
   * ({@code EventInvokeConfig}).
   *
   * @param onFailure a queue's or topic's {@code @Resource} name, or empty
   * @param maxRetries 0-2, or -1 for Lambda's default
   * @param maxEventAge seconds, or -1 for Lambda's default
   */
  record Delivery(String onFailure, int maxRetries, int maxEventAge) {
    /** Whether anything differs from Lambda's defaults. */
    public boolean configured() {
      return !onFailure.isEmpty() || maxRetries != -1 || maxEventAge != -1;
    }
  }

  /** {@code @OnQueue}: an event source mapping on an SQS queue. */
  record Queue(String queue, int batchSize, int batchingWindow, int maxConcurrency, List<String> filters,
      boolean enabled) implements Trigger {
    @Override public String annotation() { return "OnQueue"; }
    @Override public Optional<String> resource() { return Optional.of(queue); }
    @Override public String resourceAttribute() { return "queue"; }
    @Override public String expected() { return "an SQS queue"; }
    @Override public String onFailure() { return ""; }
  }

  /** {@code @OnBucket}: S3 notifications of a bucket; {@code events} by their S3 names. */
  record Bucket(String bucket, List<String> events, String prefix, String suffix, Delivery delivery)
      implements Asynchronous {
    @Override public String annotation() { return "OnBucket"; }
    @Override public Optional<String> resource() { return Optional.of(bucket); }
    @Override public String resourceAttribute() { return "bucket"; }
    @Override public String expected() { return "an S3 bucket"; }

    /** Whether a prefix or suffix narrows the keys. */
    public boolean filtered() {
      return !prefix.isEmpty() || !suffix.isEmpty();
    }
  }

  /** {@code @OnTableChange}: an event source mapping on a DynamoDB table's stream. */
  record Stream(String table, String startingPosition, int batchSize, int batchingWindow, List<String> filters,
      boolean bisectOnError, int maxRetries, int maxRecordAge, String onFailure, int parallelization,
      boolean enabled) implements Trigger {
    @Override public String annotation() { return "OnTableChange"; }
    @Override public Optional<String> resource() { return Optional.of(table); }
    @Override public String resourceAttribute() { return "table"; }
    @Override public String expected() { return "a DynamoDB table"; }
  }

  /** {@code @OnTopic}: a subscription to an SNS topic; {@code filterScope} as the annotation's constant. */
  record Topic(String topic, String filterPolicy, String filterScope, Delivery delivery)
      implements Asynchronous {
    @Override public String annotation() { return "OnTopic"; }
    @Override public Optional<String> resource() { return Optional.of(topic); }
    @Override public String resourceAttribute() { return "topic"; }
    @Override public String expected() { return "an SNS topic"; }
  }

  /** {@code @OnEvent}: an EventBridge rule on the default bus ({@code bus} empty) or a named one. */
  record Rule(String bus, List<String> sources, List<String> detailTypes, String pattern, boolean enabled,
      Delivery delivery) implements Asynchronous {
    @Override public String annotation() { return "OnEvent"; }
    @Override public Optional<String> resource() { return Optional.empty(); }
    @Override public String resourceAttribute() { return "bus"; }
    @Override public String expected() { return "an EventBridge bus"; }
  }
}
