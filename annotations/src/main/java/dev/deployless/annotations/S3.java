package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An S3 bucket, in {@link Resource#s3()}: AES256 encryption and a full public access block unless
 * told otherwise. Its variable is the bucket name in upper snake case without a {@code -bucket}
 * suffix, plus {@code _BUCKET} ({@code user-uploads} gives {@code USER_UPLOADS_BUCKET}), and
 * {@code _BUCKET_ARN}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface S3 {

  /** The bucket's name: 3–63 lower-case letters, digits, {@code -} and {@code .}. */
  String bucketName();

  /** Keeps every version of each object. */
  boolean versioning() default false;

  /** Server-side encryption with S3-managed keys (AES256). */
  boolean encryption() default true;

  /** CORS rules for browsers. */
  Cors[] cors() default {};

  /** Lifecycle rules. */
  Lifecycle[] lifecycleRules() default {};

  /** Blocks every form of public access. */
  boolean publicAccessBlock() default true;

  /** What happens to the bucket when it leaves the stack. */
  DeletionPolicy deletionPolicy() default DeletionPolicy.DEFAULT;

  /** The bucket exists already: nothing is created, only its name is given to the functions. */
  boolean existing() default false;

  /** A CORS rule of the bucket. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Cors {

    /** Origins allowed to make requests, such as {@code https://example.com}. */
    String[] allowedOrigins();

    /** HTTP methods allowed: GET, PUT, HEAD, POST, DELETE. */
    String[] allowedMethods();

    /** Request headers allowed. */
    String[] allowedHeaders() default {};

    /** Response headers browsers may read. */
    String[] exposedHeaders() default {};

    /** Seconds a browser may cache the preflight answer; unset by default. */
    int maxAge() default -1;
  }

  /** A lifecycle rule of the bucket. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Lifecycle {

    /** The rule's ID. */
    String id();

    /** The key prefix the rule applies to; every object by default. */
    String prefix() default "";

    /** Days after which objects expire. */
    int expirationDays() default -1;

    /** Days after which non-current versions expire (with versioning). */
    int noncurrentVersionExpirationDays() default -1;

    /** Whether the rule is enabled. */
    boolean enabled() default true;
  }
}
