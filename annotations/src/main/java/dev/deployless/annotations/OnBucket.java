package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a public method of a {@link Feature} class when objects of an S3 bucket change, as a Lambda
 * function of its own named {@code PascalCase(methodName) + "Function"} with an {@code S3} event on
 * the bucket declared as {@link #bucket()} (created in this application, not {@code existing}: S3
 * notifications are configured on the bucket resource itself).
 *
 * <p>The method takes {@code dev.deployless.runtime.event.S3Notification} (the event type, the
 * bucket and the object with its URL-decoded key), optionally followed by the Lambda
 * {@code Context}. S3 invokes the function asynchronously: when the method throws, Lambda retries
 * twice ({@link #maxRetries()}), then sends the event to {@link #onFailure()} (or the feature's
 * dead-letter queue, {@link Feature#dlq()}).
 *
 * <p>A function that writes to the bucket that triggers it, under the keys it is triggered by,
 * triggers itself forever: filter with {@link #prefix()} or {@link #suffix()} and write elsewhere.
 *
 * <pre>{@code
 * @OnBucket(bucket = "uploads", events = OnBucket.Event.OBJECT_CREATED, prefix = "incoming/")
 * public void scan(S3Notification upload) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnBucket {

  /** The {@link Resource#name()} of the bucket, declared with {@link Resource#s3()}. */
  String bucket();

  /** The object events that invoke the function. */
  Event[] events() default Event.OBJECT_CREATED;

  /** Only objects whose key starts with this, such as {@code incoming/}; every key by default. */
  String prefix() default "";

  /** Only objects whose key ends with this, such as {@code .jpg}; every key by default. */
  String suffix() default "";

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

  /** The S3 event types, by their names in S3 notification configurations. */
  enum Event {
    /** {@code s3:ObjectCreated:*}: an object was created by any API. */
    OBJECT_CREATED("s3:ObjectCreated:*"),
    /** {@code s3:ObjectCreated:Put}. */
    OBJECT_CREATED_PUT("s3:ObjectCreated:Put"),
    /** {@code s3:ObjectCreated:Post}. */
    OBJECT_CREATED_POST("s3:ObjectCreated:Post"),
    /** {@code s3:ObjectCreated:Copy}. */
    OBJECT_CREATED_COPY("s3:ObjectCreated:Copy"),
    /** {@code s3:ObjectCreated:CompleteMultipartUpload}. */
    OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD("s3:ObjectCreated:CompleteMultipartUpload"),
    /** {@code s3:ObjectRemoved:*}: an object was deleted, or a delete marker created. */
    OBJECT_REMOVED("s3:ObjectRemoved:*"),
    /** {@code s3:ObjectRemoved:Delete}. */
    OBJECT_REMOVED_DELETE("s3:ObjectRemoved:Delete"),
    /** {@code s3:ObjectRemoved:DeleteMarkerCreated}. */
    OBJECT_REMOVED_DELETE_MARKER_CREATED("s3:ObjectRemoved:DeleteMarkerCreated"),
    /** {@code s3:ObjectRestore:*}. */
    OBJECT_RESTORE("s3:ObjectRestore:*"),
    /** {@code s3:ObjectRestore:Post}: a restore from an archive started. */
    OBJECT_RESTORE_POST("s3:ObjectRestore:Post"),
    /** {@code s3:ObjectRestore:Completed}. */
    OBJECT_RESTORE_COMPLETED("s3:ObjectRestore:Completed"),
    /** {@code s3:ObjectRestore:Delete}: a restored copy expired. */
    OBJECT_RESTORE_DELETE("s3:ObjectRestore:Delete"),
    /** {@code s3:ObjectTagging:*}. */
    OBJECT_TAGGING("s3:ObjectTagging:*"),
    /** {@code s3:ObjectTagging:Put}. */
    OBJECT_TAGGING_PUT("s3:ObjectTagging:Put"),
    /** {@code s3:ObjectTagging:Delete}. */
    OBJECT_TAGGING_DELETE("s3:ObjectTagging:Delete"),
    /** {@code s3:ObjectAcl:Put}. */
    OBJECT_ACL_PUT("s3:ObjectAcl:Put"),
    /** {@code s3:LifecycleExpiration:*}. */
    LIFECYCLE_EXPIRATION("s3:LifecycleExpiration:*"),
    /** {@code s3:LifecycleExpiration:Delete}. */
    LIFECYCLE_EXPIRATION_DELETE("s3:LifecycleExpiration:Delete"),
    /** {@code s3:LifecycleExpiration:DeleteMarkerCreated}. */
    LIFECYCLE_EXPIRATION_DELETE_MARKER_CREATED("s3:LifecycleExpiration:DeleteMarkerCreated"),
    /** {@code s3:LifecycleTransition}. */
    LIFECYCLE_TRANSITION("s3:LifecycleTransition"),
    /** {@code s3:IntelligentTiering}. */
    INTELLIGENT_TIERING("s3:IntelligentTiering"),
    /** {@code s3:Replication:*}. */
    REPLICATION("s3:Replication:*"),
    /** {@code s3:Replication:OperationFailedReplication}. */
    REPLICATION_OPERATION_FAILED("s3:Replication:OperationFailedReplication"),
    /** {@code s3:Replication:OperationMissedThreshold}. */
    REPLICATION_OPERATION_MISSED_THRESHOLD("s3:Replication:OperationMissedThreshold"),
    /** {@code s3:Replication:OperationReplicatedAfterThreshold}. */
    REPLICATION_OPERATION_REPLICATED_AFTER_THRESHOLD("s3:Replication:OperationReplicatedAfterThreshold"),
    /** {@code s3:Replication:OperationNotTracked}. */
    REPLICATION_OPERATION_NOT_TRACKED("s3:Replication:OperationNotTracked"),
    /** {@code s3:ReducedRedundancyLostObject}. */
    REDUCED_REDUNDANCY_LOST_OBJECT("s3:ReducedRedundancyLostObject");

    private final String awsName;

    Event(String awsName) {
      this.awsName = awsName;
    }

    /** The name in S3 notification configurations and SAM, such as {@code s3:ObjectCreated:*}. */
    public String awsName() {
      return awsName;
    }
  }
}
