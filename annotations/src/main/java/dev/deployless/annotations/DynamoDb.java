package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A DynamoDB table, in {@link Resource#dynamoDb()}. Always an {@code AWS::DynamoDB::Table}
 * (adding a sort key or index later never changes the resource type), billed per request and
 * encrypted at rest unless told otherwise. Its variable is the table name in upper snake case
 * without a {@code -table} suffix, plus {@code _TABLE} ({@code ums-users} gives
 * {@code UMS_USERS_TABLE}), and {@code _TABLE_ARN} for its ARN.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface DynamoDb {

  /** The table's name in AWS (3–255 characters: letters, digits, {@code _ - .}). */
  String tableName();

  /** The partition key attribute. */
  String pk() default "id";

  /** The partition key's type. */
  KeyType pkType() default KeyType.S;

  /** The sort key attribute; none by default. */
  String sk() default "";

  /** The sort key's type. */
  KeyType skType() default KeyType.S;

  /** Global secondary indexes. */
  Gsi[] gsi() default {};

  /** How reads and writes are billed. */
  BillingMode billingMode() default BillingMode.PAY_PER_REQUEST;

  /** Read capacity units for {@link BillingMode#PROVISIONED} (default 5). */
  int readCapacity() default -1;

  /** Write capacity units for {@link BillingMode#PROVISIONED} (default 5). */
  int writeCapacity() default -1;

  /** The attribute holding each item's expiry time (epoch seconds); none by default. */
  String ttlAttribute() default "";

  /** What the table's stream carries; no stream by default. */
  StreamView stream() default StreamView.NONE;

  /** Enables point-in-time recovery. */
  boolean pointInTimeRecovery() default false;

  /** Encryption at rest with an AWS-managed KMS key. */
  boolean sseEnabled() default true;

  /** What happens to the table's data when it leaves the stack. */
  DeletionPolicy deletionPolicy() default DeletionPolicy.DEFAULT;

  /** The table exists already: nothing is created, only its name is given to the functions. */
  boolean existing() default false;

  /** A key attribute's type. */
  enum KeyType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B
  }

  /** DynamoDB billing modes. */
  enum BillingMode {
    /** On demand. */
    PAY_PER_REQUEST,
    /** Fixed read and write capacity. */
    PROVISIONED
  }

  /** The contents of a DynamoDB stream. */
  enum StreamView {
    /** No stream. */
    NONE,
    /** The item after the change. */
    NEW_IMAGE,
    /** The item before the change. */
    OLD_IMAGE,
    /** Both images. */
    NEW_AND_OLD_IMAGES,
    /** The key attributes only. */
    KEYS_ONLY
  }

  /** A global secondary index. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Gsi {

    /** The index name. */
    String name();

    /** The index partition key attribute. */
    String pk();

    /** The index partition key's type. */
    KeyType pkType() default KeyType.S;

    /** The index sort key attribute; none by default. */
    String sk() default "";

    /** The index sort key's type. */
    KeyType skType() default KeyType.S;

    /** Which attributes the index copies. */
    Projection projection() default Projection.ALL;

    /** The attributes copied with {@link Projection#INCLUDE}. */
    String[] nonKeyAttributes() default {};
  }

  /** Which attributes an index copies. */
  enum Projection {
    /** All attributes. */
    ALL,
    /** Only the keys. */
    KEYS_ONLY,
    /** The keys and {@link Gsi#nonKeyAttributes()}. */
    INCLUDE
  }
}
