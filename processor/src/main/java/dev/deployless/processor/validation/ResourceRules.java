package dev.deployless.processor.validation;

import dev.deployless.annotations.Access;
import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The rules of one resource declaration: its name (E79), its level (E30) and the properties AWS
 * would reject at deployment (E00), each pinned to the attribute at fault.
 */
public final class ResourceRules {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*([-_][A-Za-z0-9]+)*");
  private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9/_-]+");
  private static final Pattern PARAMETER = Pattern.compile("/[A-Za-z0-9_.\\-/]*");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Set<String> BUCKET_CORS_METHODS = Set.of("GET", "PUT", "HEAD", "POST", "DELETE");

  private final AwsResource resource;
  private final Report report;

  private ResourceRules(AwsResource resource, Report report) {
    this.resource = resource;
    this.report = report;
  }

  /** Checks a declaration read from source. */
  public static void check(AwsResource resource, Report report) {
    if (resource.source() == null) {
      return;
    }
    ResourceRules rules = new ResourceRules(resource, report);
    Finding nameProblem = nameProblem(resource);
    if (nameProblem != null) {
      report.add(nameProblem, resource.source().at("name"));
    }
    checkLevel(resource, resource.access(), resource.source(), report);
    ResourceSpec spec = resource.spec();
    if (spec instanceof ResourceSpec.Table table) {
      rules.table(table);
    } else if (spec instanceof ResourceSpec.Bucket bucket) {
      rules.bucket(bucket);
    } else if (spec instanceof ResourceSpec.Queue queue) {
      rules.queue(queue);
    } else if (spec instanceof ResourceSpec.Topic topic) {
      rules.topic(topic);
    } else if (spec instanceof ResourceSpec.Key key) {
      rules.key(key);
    } else if (spec instanceof ResourceSpec.Parameter parameter) {
      rules.parameter(parameter);
    }
  }

  /** Why {@code resource}'s name cannot name it and its accessor method (E79), or null. */
  private static Finding nameProblem(AwsResource resource) {
    if (!NAME.matcher(resource.name()).matches()) {
      return Finding.of(Message.E79_NAME, resource.name());
    }
    String method = resource.methodName();
    if (SourceVersion.isKeyword(method)) {
      return Finding.of(Message.E79_KEYWORD, resource.name(), method);
    }
    if (method.equals("available")) {
      return Finding.of(Message.E79_AVAILABLE, resource.name());
    }
    return null;
  }

  /** E30 when {@code access} (set at {@code source}) is not a level of {@code resource}'s type. */
  public static void checkLevel(AwsResource resource, Access access, Source source, Report report) {
    if (access != Access.DEFAULT && !resource.spec().levels().contains(access)) {
      report.add(Message.E30, source.at("access"), access, resource.spec().kind(), resource.name(),
          resource.spec().levels());
    }
  }

  private void table(ResourceSpec.Table table) {
    if (!TABLE.matcher(table.tableName()).matches()) {
      fail("tableName", Message.E00_TABLE_NAME);
    }
    if (table.pk().isBlank()) {
      fail("pk", Message.E00_PARTITION_KEY);
    } else if (table.sk().equals(table.pk())) {
      fail("sk", Message.E00_SORT_KEY, table.pk());
    }
    boolean provisioned = table.billingMode().equals("PROVISIONED");
    for (String capacity : List.of("readCapacity", "writeCapacity")) {
      int units = capacity.equals("readCapacity") ? table.readCapacity() : table.writeCapacity();
      if (!provisioned && units != -1) {
        fail(capacity, Message.E00_CAPACITY_MODE, capacity);
      } else if (provisioned && units != -1 && units < 1) {
        fail(capacity, Message.E00_CAPACITY, capacity, units);
      }
    }
    Map<String, String> attributeTypes = new HashMap<>();
    keyType(attributeTypes, table.pk(), table.pkType());
    keyType(attributeTypes, table.sk(), table.skType());
    Set<String> indexes = new HashSet<>();
    for (ResourceSpec.Gsi gsi : table.gsi()) {
      Flaw problem = indexProblem(gsi, indexes, attributeTypes);
      if (problem != null) {
        fail("gsi", problem.message(), problem.values());
      }
    }
    if (table.gsi().size() > 20) {
      fail("gsi", Message.E00_INDEX_COUNT);
    }
  }

  /** An E00 message with its values after the resource's kind and name. */
  private record Flaw(Message message, Object... values) {}

  /** What is wrong with {@code gsi}, or null. */
  private static Flaw indexProblem(ResourceSpec.Gsi gsi, Set<String> indexes, Map<String, String> types) {
    if (!TABLE.matcher(gsi.name()).matches()) {
      return new Flaw(Message.E00_INDEX_NAME, gsi.name());
    } else if (!indexes.add(gsi.name())) {
      return new Flaw(Message.E00_INDEX_TWICE, gsi.name());
    } else if (gsi.pk().isBlank()) {
      return new Flaw(Message.E00_INDEX_KEY, gsi.name());
    } else if (gsi.projection().equals("INCLUDE") && gsi.nonKeyAttributes().isEmpty()) {
      return new Flaw(Message.E00_INDEX_INCLUDE, gsi.name());
    } else if (!gsi.projection().equals("INCLUDE") && !gsi.nonKeyAttributes().isEmpty()) {
      return new Flaw(Message.E00_INDEX_NON_KEY, gsi.name());
    }
    Flaw problem = keyType(types, gsi.pk(), gsi.pkType());
    return problem != null ? problem : keyType(types, gsi.sk(), gsi.skType());
  }

  /** Records an attribute's type; a problem when it was used with another type. */
  private static Flaw keyType(Map<String, String> types, String attribute, String type) {
    if (attribute.isEmpty()) {
      return null;
    }
    String previous = types.putIfAbsent(attribute, type);
    return previous == null || previous.equals(type) ? null
        : new Flaw(Message.E00_KEY_TYPES, attribute, previous, type);
  }

  private void bucket(ResourceSpec.Bucket bucket) {
    String name = bucket.bucketName();
    if (name.contains("_")) {
      fail("bucketName", Message.E00_BUCKET_UNDERSCORE);
    } else if (!BUCKET.matcher(name).matches() || name.contains("..")) {
      fail("bucketName", Message.E00_BUCKET_NAME);
    }
    noSnapshot(bucket.deletionPolicy());
    for (ResourceSpec.BucketCors cors : bucket.cors()) {
      for (String method : cors.allowedMethods()) {
        if (!BUCKET_CORS_METHODS.contains(method)) {
          fail("cors", Message.E00_CORS_METHOD, method);
        }
      }
      if (cors.allowedOrigins().isEmpty() || cors.allowedMethods().isEmpty()) {
        fail("cors", Message.E00_CORS_RULE);
      }
    }
    for (ResourceSpec.Lifecycle rule : bucket.lifecycleRules()) {
      if (rule.expirationDays() == -1 && rule.noncurrentVersionExpirationDays() == -1) {
        fail("lifecycleRules", Message.E00_LIFECYCLE_EMPTY, rule.id());
      } else if (rule.expirationDays() == 0 || rule.expirationDays() < -1
          || rule.noncurrentVersionExpirationDays() == 0 || rule.noncurrentVersionExpirationDays() < -1) {
        fail("lifecycleRules", Message.E00_LIFECYCLE_DAYS, rule.id());
      } else if (rule.id().isBlank()) {
        fail("lifecycleRules", Message.E00_LIFECYCLE_ID);
      }
    }
  }

  private void queue(ResourceSpec.Queue queue) {
    if (queue.queueName().isEmpty() || queue.physicalName().length() > 80
        || queue.hasDlq() && queue.dlqName().length() > 80) {
      fail("queueName", Message.E00_QUEUE_LENGTH);
    } else if (!QUEUE.matcher(queue.queueName()).matches()) {
      fail("queueName", Message.E00_QUEUE_NAME);
    }
    range("visibilityTimeout", queue.visibilityTimeout(), 0, 43200);
    range("messageRetention", queue.messageRetention(), 60, 1209600);
    range("maxReceiveCount", queue.maxReceiveCount(), 1, 1000);
    noSnapshot(queue.deletionPolicy());
  }

  private void topic(ResourceSpec.Topic topic) {
    if (!QUEUE.matcher(topic.topicName()).matches() || topic.physicalName().length() > 256) {
      fail("topicName", Message.E00_TOPIC_NAME);
    }
    if (topic.contentBasedDeduplication() && !topic.fifo()) {
      fail("contentBasedDeduplication", Message.E00_TOPIC_DEDUPLICATION);
    }
    noSnapshot(topic.deletionPolicy());
  }

  private void key(ResourceSpec.Key key) {
    if (!key.alias().isEmpty()) {
      if (!ALIAS.matcher(key.alias()).matches()) {
        fail("alias", Message.E00_ALIAS);
      } else if (key.alias().startsWith("aws/")) {
        fail("alias", Message.E00_ALIAS_RESERVED);
      }
    }
    String spec = key.keySpec();
    String usage = key.keyUsage();
    if (spec.startsWith("ECC") && usage.equals("ENCRYPT_DECRYPT")) {
      fail("keyUsage", Message.E00_ECC_USAGE, spec);
    } else if (spec.equals("SYMMETRIC_DEFAULT") && !usage.equals("ENCRYPT_DECRYPT")) {
      fail("keyUsage", Message.E00_SYMMETRIC_USAGE);
    } else if (spec.startsWith("HMAC") != usage.equals("GENERATE_VERIFY_MAC")) {
      fail("keyUsage", Message.E00_HMAC_USAGE);
    }
    if (key.rotation().equals("ENABLED") && !spec.equals("SYMMETRIC_DEFAULT")) {
      fail("rotation", Message.E00_ROTATION, spec);
    }
    if (!key.envVar().isEmpty() && !VARIABLE.matcher(key.envVar()).matches()) {
      fail("envVar", Message.E00_ENV_VAR);
    }
    if (!key.existingKeyId().isEmpty() && !key.existingKeyId().matches("[A-Za-z0-9:/_-]+")) {
      fail("existingKeyId", Message.E00_KEY_ID);
    }
    noSnapshot(key.deletionPolicy());
  }

  private void parameter(ResourceSpec.Parameter parameter) {
    String name = parameter.parameterName();
    if (!name.startsWith("/") || name.length() < 2 || name.endsWith("/")) {
      fail("name", Message.E00_PARAMETER_PATH);
    } else if (!PARAMETER.matcher(name).matches() || name.length() > 2048) {
      fail("name", Message.E00_PARAMETER_NAME);
    }
    if (parameter.existing()) {
      return;
    }
    if (parameter.type().equals("SECURE_STRING")) {
      fail("type", Message.E00_SECURE_STRING);
    } else if (parameter.value().isEmpty()) {
      fail("value", Message.E00_PARAMETER_VALUE);
    }
  }

  private void range(String attribute, int value, int min, int max) {
    if (value < min || value > max) {
      fail(attribute, Message.E00_RANGE, attribute, min, max, value);
    }
  }

  private void noSnapshot(String deletionPolicy) {
    if (deletionPolicy.equals("Snapshot")) {
      fail("deletionPolicy", Message.E00_SNAPSHOT);
    }
  }

  /** Reports {@code message}, an E00 sentence about this resource, with the values after its kind and name. */
  private void fail(String attribute, Message message, Object... values) {
    Object[] all = new Object[values.length + 2];
    all[0] = resource.spec().kind();
    all[1] = resource.name();
    System.arraycopy(values, 0, all, 2, values.length);
    Location at = resource.body().at(attribute);
    report.add(message, at, all);
  }
}
