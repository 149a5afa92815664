package dev.deployless.processor.model;

import dev.deployless.annotations.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a declared resource is, with the seed's naming rules: the logical IDs of what it adds to the
 * template and the environment variables that name it. Enumerated values are kept as the
 * annotation constants' names.
 */
public sealed interface ResourceSpec {

  /** What a resource variable holds. */
  enum Attribute { NAME, ARN, URL, DLQ_URL, KEY_ID }

  /** An environment variable naming one attribute of the resource. */
  record Variable(String name, Attribute attribute) {}

  /** {@code DynamoDB table}, for messages and Javadoc. */
  String kind();

  /** Whether the resource exists already and is only referenced. */
  boolean existing();

  /** The access levels this type accepts (besides DEFAULT). */
  List<Access> levels();

  /** The level DEFAULT stands for. */
  default Access defaultAccess() {
    return Access.CRUD;
  }

  /** The physical name the variables derive from (table, bucket, queue name; alias; path). */
  String physicalName();

  /** The variables every function using the resource gets, in template order. */
  List<Variable> variables();

  /** The deletion policy's CloudFormation value. */
  String deletionPolicy();

  /** The logical ID's stem for a resource named {@code name}. */
  default String baseId(String name) {
    return Names.pascalCase(stripSuffix(physicalName(), idSuffix()));
  }

  /** What ends the main logical ID: {@code Table}, {@code Bucket}, ... */
  String idSuffix();

  /** The logical IDs the resource adds, main first. */
  default List<String> logicalIds(String name) {
    return List.of(baseId(name) + idSuffix());
  }

  /** A DynamoDB table. */
  record Table(String tableName, String pk, String pkType, String sk, String skType, List<Gsi> gsi,
      String billingMode, int readCapacity, int writeCapacity, String ttlAttribute, String stream,
      boolean pointInTimeRecovery, boolean sseEnabled, String deletionPolicy, boolean existing)
      implements ResourceSpec {
    @Override public String kind() { return "DynamoDB table"; }
    @Override public List<Access> levels() { return List.of(Access.CRUD, Access.READ, Access.WRITE); }
    @Override public String physicalName() { return tableName; }
    @Override public String idSuffix() { return "Table"; }
    @Override public List<Variable> variables() {
      String base = variableStem(tableName, "table") + "_TABLE";
      return List.of(new Variable(base, Attribute.NAME), new Variable(base + "_ARN", Attribute.ARN));
    }
  }

  /** A global secondary index of a table. */
  record Gsi(String name, String pk, String pkType, String sk, String skType, String projection,
      List<String> nonKeyAttributes) {}

  /** An S3 bucket. */
  record Bucket(String bucketName, boolean versioning, boolean encryption, List<BucketCors> cors,
      List<Lifecycle> lifecycleRules, boolean publicAccessBlock, String deletionPolicy,
      boolean existing) implements ResourceSpec {
    @Override public String kind() { return "S3 bucket"; }
    @Override public List<Access> levels() { return List.of(Access.CRUD, Access.READ, Access.WRITE); }
    @Override public String physicalName() { return bucketName; }
    @Override public String idSuffix() { return "Bucket"; }
    @Override public List<Variable> variables() {
      String base = variableStem(bucketName, "bucket") + "_BUCKET";
      return List.of(new Variable(base, Attribute.NAME), new Variable(base + "_ARN", Attribute.ARN));
    }
  }

  /** A CORS rule of a bucket; {@code maxAge} -1 when unset. */
  record BucketCors(List<String> allowedOrigins, List<String> allowedMethods,
      List<String> allowedHeaders, List<String> exposedHeaders, int maxAge) {}

  /** A lifecycle rule of a bucket; day counts -1 when unset. */
  record Lifecycle(String id, String prefix, int expirationDays, int noncurrentVersionExpirationDays,
      boolean enabled) {}

  /** An SQS queue. */
  record Queue(String queueName, boolean fifo, boolean dlq, int visibilityTimeout,
      int messageRetention, int maxReceiveCount, boolean encryption, String deletionPolicy,
      boolean existing) implements ResourceSpec {
    @Override public String kind() { return "SQS queue"; }
    @Override public List<Access> levels() { return List.of(Access.CRUD, Access.SEND, Access.POLL); }
    @Override public String physicalName() { return queueName + (fifo ? ".fifo" : ""); }
    @Override public String idSuffix() { return "Queue"; }
    @Override public String baseId(String name) {
      return Names.pascalCase(stripSuffix(queueName, "queue"));
    }
    @Override public List<String> logicalIds(String name) {
      return hasDlq() ? List.of(baseId(name) + "Queue", baseId(name) + "DeadLetterQueue")
          : List.of(baseId(name) + "Queue");
    }
    /** Whether a dead-letter queue is created with it. */
    public boolean hasDlq() {
      return dlq && !existing;
    }
    /** The dead-letter queue's name. */
    public String dlqName() {
      return queueName + "-dlq" + (fifo ? ".fifo" : "");
    }
    @Override public List<Variable> variables() {
      String base = variableStem(queueName, "queue");
      List<Variable> variables = new ArrayList<>(List.of(new Variable(base + "_QUEUE_URL", Attribute.URL),
          new Variable(base + "_QUEUE_ARN", Attribute.ARN)));
      if (hasDlq()) {
        variables.add(new Variable(base + "_DLQ_URL", Attribute.DLQ_URL));
      }
      return variables;
    }
  }

  /** An SNS topic, without subscriptions (functions subscribe with {@code @OnTopic}). */
  record Topic(String topicName, boolean fifo, boolean contentBasedDeduplication, String deletionPolicy,
      boolean existing) implements ResourceSpec {
    @Override public String kind() { return "SNS topic"; }
    @Override public List<Access> levels() { return List.of(Access.CRUD, Access.PUBLISH); }
    @Override public String physicalName() { return topicName + (fifo ? ".fifo" : ""); }
    @Override public String idSuffix() { return "Topic"; }
    @Override public String baseId(String name) {
      return Names.pascalCase(stripSuffix(topicName, "topic"));
    }
    @Override public List<Variable> variables() {
      String base = variableStem(topicName, "topic") + "_TOPIC";
      return List.of(new Variable(base, Attribute.NAME), new Variable(base + "_ARN", Attribute.ARN));
    }
  }

  /** A KMS key; {@code alias} without the {@code alias/} prefix, {@code rotation} AUTO/ENABLED/DISABLED. */
  record Key(String alias, String description, String keyUsage, String keySpec, String rotation,
      String deletionPolicy, String existingKeyId, String envVar) implements ResourceSpec {
    @Override public String kind() { return "KMS key"; }
    @Override public boolean existing() { return !existingKeyId.isEmpty(); }
    @Override public List<Access> levels() {
      return List.of(Access.CRUD, Access.ENCRYPT, Access.DECRYPT);
    }
    @Override public String physicalName() { return alias.isEmpty() ? "" : "alias/" + alias; }
    @Override public String idSuffix() { return "Key"; }
    @Override public String baseId(String name) {
      return Names.pascalCase(alias.isEmpty() ? name : stripSuffix(alias, "key"));
    }
    @Override public List<String> logicalIds(String name) {
      return alias.isEmpty() ? List.of(baseId(name) + "Key")
          : List.of(baseId(name) + "Key", baseId(name) + "KeyAlias");
    }
    /** Whether the key rotates: ENABLED, or AUTO for a symmetric key. */
    public boolean rotates() {
      return rotation.equals("ENABLED") || rotation.equals("AUTO") && keySpec.equals("SYMMETRIC_DEFAULT");
    }
    @Override public List<Variable> variables() {
      String id = !envVar.isEmpty() ? envVar
          : alias.isEmpty() ? "KMS_KEY_ID" : variableStem(alias, "key") + "_KEY_ID";
      String arn = id.endsWith("_ID") ? id.substring(0, id.length() - 3) + "_ARN" : id + "_ARN";
      return List.of(new Variable(id, Attribute.KEY_ID), new Variable(arn, Attribute.ARN));
    }
  }

  /** An SSM parameter; {@code type} STRING/STRING_LIST/SECURE_STRING. */
  record Parameter(String parameterName, String value, String type, String description,
      boolean existing) implements ResourceSpec {
    @Override public String kind() { return "SSM parameter"; }
    @Override public List<Access> levels() { return List.of(Access.CRUD, Access.READ, Access.WRITE); }
    @Override public Access defaultAccess() { return Access.READ; }
    @Override public String physicalName() { return parameterName; }
    @Override public String idSuffix() { return "Parameter"; }
    @Override public String deletionPolicy() { return "Delete"; }
    @Override public String baseId(String name) { return Names.pascalCase(parameterName); }
    @Override public List<Variable> variables() {
      String last = parameterName.substring(parameterName.lastIndexOf('/') + 1);
      return List.of(new Variable(Names.upperSnake(last), Attribute.NAME));
    }
    /** The CloudFormation type: {@code String}, {@code StringList}, {@code SecureString}. */
    public String cloudFormationType() {
      return switch (type) {
        case "STRING_LIST" -> "StringList";
        case "SECURE_STRING" -> "SecureString";
        default -> "String";
      };
    }
  }

  /** {@code users-table} without its {@code -table} / {@code _table} suffix, in upper snake case. */
  private static String variableStem(String name, String suffix) {
    return Names.upperSnake(stripSuffix(name.replace("alias/", ""), suffix));
  }

  /** {@code name} without a trailing {@code -suffix}, {@code _suffix} or {@code Suffix}. */
  private static String stripSuffix(String name, String suffix) {
    String lower = name.toLowerCase(Locale.ROOT);
    String word = suffix.toLowerCase(Locale.ROOT);
    if (lower.length() > word.length() + 1 && lower.endsWith(word)) {
      char before = name.charAt(name.length() - word.length() - 1);
      if (before == '-' || before == '_' || before == '.' || before == '/') {
        return name.substring(0, name.length() - word.length() - 1);
      }
      if (Character.isUpperCase(name.charAt(name.length() - word.length()))) {
        return name.substring(0, name.length() - word.length());
      }
    }
    return name;
  }
}
