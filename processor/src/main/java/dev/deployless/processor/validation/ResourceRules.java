package dev.deployless.processor.validation;

import dev.deployless.annotations.Access;
import dev.deployless.processor.diagnostic.Diagnostic;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Resource;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.Source;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

  private final Resource resource;
  private final Report report;

  private ResourceRules(Resource resource, Report report) {
    this.resource = resource;
    this.report = report;
  }

  /** Checks a declaration read from source. */
  public static void check(Resource resource, Report report) {
    if (resource.source() == null) {
      return;
    }
    ResourceRules rules = new ResourceRules(resource, report);
    String nameProblem = nameProblem(resource);
    if (nameProblem != null) {
      report.report(Diagnostic.E79, resource.source().at("name"), resource.name(), nameProblem);
    }
    checkLevel(resource, resource.access(), resource.source(), report);
    ResourceSpec spec = resource.spec();
    if (spec instanceof ResourceSpec.Table table) {
      rules.table(table);
    } else if (spec instanceof ResourceSpec.Bucket bucket) {
      rules.bucket(bucket);
    } else if (spec instanceof ResourceSpec.Queue queue) {
      rules.queue(queue);
    } else if (spec instanceof ResourceSpec.Key key) {
      rules.key(key);
    } else if (spec instanceof ResourceSpec.Parameter parameter) {
      rules.parameter(parameter);
    }
  }

  /** Why {@code resource}'s name cannot name it and its accessor method, or null. */
  private static String nameProblem(Resource resource) {
    if (!NAME.matcher(resource.name()).matches()) {
      return "must start with a letter and contain only letters, digits, '-' and '_'";
    }
    String method = resource.methodName();
    if (javax.lang.model.SourceVersion.isKeyword(method)) {
      return "gives the accessor " + method + "(), and " + method + " is a Java keyword";
    }
    if (method.equals("available")) {
      return "gives the accessor available(), which every resources class has already";
    }
    return null;
  }

  /** E30 when {@code access} (set at {@code source}) is not a level of {@code resource}'s type. */
  public static void checkLevel(Resource resource, Access access, Source source, Report report) {
    if (access != Access.DEFAULT && !resource.spec().levels().contains(access)) {
      report.report(Diagnostic.E30, source.at("access"), access, resource.spec().kind(), resource.name(),
          resource.spec().levels());
    }
  }

  private void table(ResourceSpec.Table table) {
    if (!TABLE.matcher(table.tableName()).matches()) {
      fail("tableName", "a table name has 3-255 characters: letters, digits, '_', '-' and '.'");
    }
    if (table.pk().isBlank()) {
      fail("pk", "the partition key attribute cannot be empty");
    } else if (table.sk().equals(table.pk())) {
      fail("sk", "the sort key must be another attribute than the partition key " + table.pk());
    }
    boolean provisioned = table.billingMode().equals("PROVISIONED");
    for (String capacity : List.of("readCapacity", "writeCapacity")) {
      int units = capacity.equals("readCapacity") ? table.readCapacity() : table.writeCapacity();
      if (!provisioned && units != -1) {
        fail(capacity, capacity + " only applies with billingMode = PROVISIONED");
      } else if (provisioned && units != -1 && units < 1) {
        fail(capacity, capacity + " must be at least 1, got " + units);
      }
    }
    Map<String, String> attributeTypes = new HashMap<>();
    keyType(attributeTypes, table.pk(), table.pkType());
    keyType(attributeTypes, table.sk(), table.skType());
    Set<String> indexes = new HashSet<>();
    for (ResourceSpec.Gsi gsi : table.gsi()) {
      String problem = null;
      if (!TABLE.matcher(gsi.name()).matches()) {
        problem = "index name '" + gsi.name() + "' must have 3-255 letters, digits, '_', '-' or '.'";
      } else if (!indexes.add(gsi.name())) {
        problem = "index " + gsi.name() + " is declared twice";
      } else if (gsi.pk().isBlank()) {
        problem = "index " + gsi.name() + " needs a partition key";
      } else if (gsi.projection().equals("INCLUDE") && gsi.nonKeyAttributes().isEmpty()) {
        problem = "index " + gsi.name() + " projects INCLUDE but lists no nonKeyAttributes";
      } else if (!gsi.projection().equals("INCLUDE") && !gsi.nonKeyAttributes().isEmpty()) {
        problem = "index " + gsi.name() + " lists nonKeyAttributes, which need projection = INCLUDE";
      } else {
        problem = keyType(attributeTypes, gsi.pk(), gsi.pkType());
        if (problem == null) {
          problem = keyType(attributeTypes, gsi.sk(), gsi.skType());
        }
      }
      if (problem != null) {
        fail("gsi", problem);
      }
    }
    if (table.gsi().size() > 20) {
      fail("gsi", "a table has at most 20 global secondary indexes");
    }
  }

  /** Records an attribute's type; a problem when it was used with another type. */
  private static String keyType(Map<String, String> types, String attribute, String type) {
    if (attribute.isEmpty()) {
      return null;
    }
    String previous = types.putIfAbsent(attribute, type);
    return previous == null || previous.equals(type) ? null
        : "attribute " + attribute + " is a key of type " + previous + " and of type " + type;
  }

  private void bucket(ResourceSpec.Bucket bucket) {
    String name = bucket.bucketName();
    if (name.contains("_")) {
      fail("bucketName", "bucket names cannot contain '_' (they are DNS names)");
    } else if (!BUCKET.matcher(name).matches() || name.contains("..")) {
      fail("bucketName", "a bucket name has 3-63 lower-case letters, digits, '-' and '.', starting"
          + " and ending with a letter or digit");
    }
    noSnapshot(bucket.deletionPolicy());
    for (ResourceSpec.BucketCors cors : bucket.cors()) {
      for (String method : cors.allowedMethods()) {
        if (!BUCKET_CORS_METHODS.contains(method)) {
          fail("cors", "CORS method '" + method + "' must be one of GET, PUT, HEAD, POST, DELETE");
        }
      }
      if (cors.allowedOrigins().isEmpty() || cors.allowedMethods().isEmpty()) {
        fail("cors", "a CORS rule needs allowedOrigins and allowedMethods");
      }
    }
    for (ResourceSpec.Lifecycle rule : bucket.lifecycleRules()) {
      if (rule.expirationDays() == -1 && rule.noncurrentVersionExpirationDays() == -1) {
        fail("lifecycleRules", "lifecycle rule '" + rule.id() + "' sets neither expirationDays nor"
            + " noncurrentVersionExpirationDays");
      } else if (rule.expirationDays() == 0 || rule.expirationDays() < -1
          || rule.noncurrentVersionExpirationDays() == 0 || rule.noncurrentVersionExpirationDays() < -1) {
        fail("lifecycleRules", "lifecycle rule '" + rule.id() + "' must count days from 1");
      } else if (rule.id().isBlank()) {
        fail("lifecycleRules", "a lifecycle rule needs an id");
      }
    }
  }

  private void queue(ResourceSpec.Queue queue) {
    if (queue.queueName().isEmpty() || queue.physicalName().length() > 80
        || queue.hasDlq() && queue.dlqName().length() > 80) {
      fail("queueName", "a queue name has 1-80 characters (with '-dlq' and '.fifo' where they are added)");
    } else if (!QUEUE.matcher(queue.queueName()).matches()) {
      fail("queueName", "a queue name contains only letters, digits, '-' and '_' ('.fifo' is added"
          + " for fifo = true)");
    }
    range("visibilityTimeout", queue.visibilityTimeout(), 0, 43200);
    range("messageRetention", queue.messageRetention(), 60, 1209600);
    range("maxReceiveCount", queue.maxReceiveCount(), 1, 1000);
    noSnapshot(queue.deletionPolicy());
  }

  private void key(ResourceSpec.Key key) {
    if (!key.alias().isEmpty()) {
      if (!ALIAS.matcher(key.alias()).matches()) {
        fail("alias", "an alias contains only letters, digits, '-', '_' and '/'");
      } else if (key.alias().startsWith("aws/")) {
        fail("alias", "aliases starting with aws/ are reserved for AWS managed keys");
      }
    }
    String spec = key.keySpec();
    String usage = key.keyUsage();
    if (spec.startsWith("ECC") && usage.equals("ENCRYPT_DECRYPT")) {
      fail("keyUsage", "ECC keys (" + spec + ") sign and verify; they cannot encrypt (use RSA or"
          + " SYMMETRIC_DEFAULT)");
    } else if (spec.equals("SYMMETRIC_DEFAULT") && !usage.equals("ENCRYPT_DECRYPT")) {
      fail("keyUsage", "a SYMMETRIC_DEFAULT key only supports ENCRYPT_DECRYPT");
    } else if (spec.startsWith("HMAC") != usage.equals("GENERATE_VERIFY_MAC")) {
      fail("keyUsage", "GENERATE_VERIFY_MAC needs an HMAC key spec, and HMAC specs need it");
    }
    if (key.rotation().equals("ENABLED") && !spec.equals("SYMMETRIC_DEFAULT")) {
      fail("rotation", "only SYMMETRIC_DEFAULT keys rotate automatically, not " + spec);
    }
    if (!key.envVar().isEmpty() && !VARIABLE.matcher(key.envVar()).matches()) {
      fail("envVar", "an environment variable name has letters, digits and '_', starting with a letter");
    }
    if (!key.existingKeyId().isEmpty() && !key.existingKeyId().matches("[A-Za-z0-9:/_-]+")) {
      fail("existingKeyId", "expected a key ID or key ARN");
    }
    noSnapshot(key.deletionPolicy());
  }

  private void parameter(ResourceSpec.Parameter parameter) {
    String name = parameter.parameterName();
    if (!name.startsWith("/") || name.length() < 2 || name.endsWith("/")) {
      fail("name", "a parameter name is a path starting with '/', such as /myapp/db/host");
    } else if (!PARAMETER.matcher(name).matches() || name.length() > 2048) {
      fail("name", "a parameter name contains only letters, digits, '.', '-', '_' and '/'");
    }
    if (parameter.existing()) {
      return;
    }
    if (parameter.type().equals("SECURE_STRING")) {
      fail("type", "CloudFormation cannot create SecureString parameters; create it with the AWS CLI"
          + " and declare it with existing = true");
    } else if (parameter.value().isEmpty()) {
      fail("value", "a parameter deployless creates needs a value");
    }
  }

  private void range(String attribute, int value, int min, int max) {
    if (value < min || value > max) {
      fail(attribute, attribute + " must be " + min + "-" + max + ", got " + value);
    }
  }

  private void noSnapshot(String deletionPolicy) {
    if (deletionPolicy.equals("Snapshot")) {
      fail("deletionPolicy", "SNAPSHOT applies to DynamoDB tables only; use RETAIN or DELETE");
    }
  }

  private void fail(String attribute, String problem) {
    Location at = resource.body().at(attribute);
    report.report(Diagnostic.E00, at, resource.spec().kind(), resource.name(), problem);
  }
}
