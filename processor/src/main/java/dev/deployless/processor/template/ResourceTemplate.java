package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.getAtt;
import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ResourceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The CloudFormation resources a declaration creates, with deletion policies and tags. How
 * functions refer to them is {@link ResourceReferences}; what they may do, {@link Policies}.
 */
final class ResourceTemplate {
  private final Map<String, String> tags;
  private final UnaryOperator<String> names;

  /** Resources tagged with {@code tags}, named by {@code names} (the stage added or not). */
  ResourceTemplate(Map<String, String> tags, UnaryOperator<String> names) {
    this.tags = tags;
    this.names = names;
  }

  /** The template resources of {@code resource} by logical ID; none for an existing one. */
  Map<String, Object> definitions(AwsResource resource) {
    Map<String, Object> definitions = new LinkedHashMap<>();
    ResourceSpec spec = resource.spec();
    if (spec.existing()) {
      return definitions;
    }
    List<String> ids = resource.logicalIds();
    create(spec, ids, definitions);
    // The main resource names its declaration, so that a rebuild can tell it was replaced (W01).
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) ((Map<String, Object>) definitions.get(ids.get(0)))
        .get("Metadata");
    metadata.put(Replacements.NAME_KEY, resource.name());
    return definitions;
  }

  private void create(ResourceSpec spec, List<String> ids, Map<String, Object> definitions) {
    if (spec instanceof ResourceSpec.Table table) {
      definitions.put(ids.get(0), resource("AWS::DynamoDB::Table", spec.deletionPolicy(), table(table)));
    } else if (spec instanceof ResourceSpec.Bucket bucket) {
      definitions.put(ids.get(0), resource("AWS::S3::Bucket", spec.deletionPolicy(), bucket(bucket)));
    } else if (spec instanceof ResourceSpec.Queue queue) {
      Map<String, Object> properties = queue(names.apply(queue.physicalName()), queue.fifo(), queue.visibilityTimeout(),
          queue.messageRetention(), queue.encryption());
      if (queue.hasDlq()) {
        properties.put("RedrivePolicy", map("deadLetterTargetArn", getAtt(ids.get(1), "Arn"),
            "maxReceiveCount", queue.maxReceiveCount()));
      }
      definitions.put(ids.get(0), resource("AWS::SQS::Queue", spec.deletionPolicy(), properties));
      if (queue.hasDlq()) {
        definitions.put(ids.get(1), resource("AWS::SQS::Queue", spec.deletionPolicy(),
            queue(names.apply(queue.dlqName()), queue.fifo(), -1, 1209600, queue.encryption())));
      }
    } else if (spec instanceof ResourceSpec.Topic topic) {
      definitions.put(ids.get(0), resource("AWS::SNS::Topic", spec.deletionPolicy(), topic(topic)));
    } else if (spec instanceof ResourceSpec.Key key) {
      definitions.put(ids.get(0), resource("AWS::KMS::Key", spec.deletionPolicy(), key(key)));
      if (!key.alias().isEmpty()) {
        definitions.put(ids.get(1), resource("AWS::KMS::Alias", null,
            map("AliasName", "alias/" + names.apply(key.alias()), "TargetKeyId", ref(ids.get(0)))));
      }
    } else if (spec instanceof ResourceSpec.Parameter parameter) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Name", names.apply(parameter.parameterName()));
      properties.put("Type", parameter.cloudFormationType());
      properties.put("Value", parameter.value());
      if (!parameter.description().isEmpty()) {
        properties.put("Description", parameter.description());
      }
      if (!tags.isEmpty()) {
        properties.put("Tags", new LinkedHashMap<>(tags));
      }
      definitions.put(ids.get(0), resource("AWS::SSM::Parameter", null, properties));
    }
  }

  private static Map<String, Object> resource(String type, String deletionPolicy,
      Map<String, Object> properties) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("Type", type);
    resource.put("Metadata", new LinkedHashMap<>(map(TemplateMerge.MARK_KEY, TemplateMerge.MARK_VALUE)));
    if (deletionPolicy != null) {
      resource.put("DeletionPolicy", deletionPolicy);
      resource.put("UpdateReplacePolicy", deletionPolicy);
    }
    resource.put("Properties", properties);
    return resource;
  }

  private Map<String, Object> table(ResourceSpec.Table table) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(table.pk(), table.pkType());
    if (!table.sk().isEmpty()) {
      attributes.putIfAbsent(table.sk(), table.skType());
    }
    for (ResourceSpec.Gsi gsi : table.gsi()) {
      attributes.putIfAbsent(gsi.pk(), gsi.pkType());
      if (!gsi.sk().isEmpty()) {
        attributes.putIfAbsent(gsi.sk(), gsi.skType());
      }
    }
    boolean provisioned = table.billingMode().equals("PROVISIONED");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("TableName", names.apply(table.tableName()));
    properties.put("BillingMode", table.billingMode());
    List<Object> definitions = new ArrayList<>();
    attributes.forEach((name, type) -> definitions.add(map("AttributeName", name, "AttributeType", type)));
    properties.put("AttributeDefinitions", definitions);
    properties.put("KeySchema", keySchema(table.pk(), table.sk()));
    if (provisioned) {
      properties.put("ProvisionedThroughput", throughput(table));
    }
    if (!table.gsi().isEmpty()) {
      List<Object> indexes = new ArrayList<>();
      for (ResourceSpec.Gsi gsi : table.gsi()) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("IndexName", gsi.name());
        index.put("KeySchema", keySchema(gsi.pk(), gsi.sk()));
        Map<String, Object> projection = map("ProjectionType", gsi.projection());
        if (!gsi.nonKeyAttributes().isEmpty()) {
          projection.put("NonKeyAttributes", new ArrayList<>(gsi.nonKeyAttributes()));
        }
        index.put("Projection", projection);
        if (provisioned) {
          index.put("ProvisionedThroughput", throughput(table));
        }
        indexes.add(index);
      }
      properties.put("GlobalSecondaryIndexes", indexes);
    }
    if (!table.ttlAttribute().isEmpty()) {
      properties.put("TimeToLiveSpecification", map("AttributeName", table.ttlAttribute(), "Enabled", true));
    }
    if (!table.stream().equals("NONE")) {
      properties.put("StreamSpecification", map("StreamViewType", table.stream()));
    }
    if (table.pointInTimeRecovery()) {
      properties.put("PointInTimeRecoverySpecification", map("PointInTimeRecoveryEnabled", true));
    }
    properties.put("SSESpecification", map("SSEEnabled", table.sseEnabled()));
    tagList(properties);
    return properties;
  }

  private static List<Object> keySchema(String partition, String sort) {
    List<Object> schema = new ArrayList<>();
    schema.add(map("AttributeName", partition, "KeyType", "HASH"));
    if (!sort.isEmpty()) {
      schema.add(map("AttributeName", sort, "KeyType", "RANGE"));
    }
    return schema;
  }

  private static Map<String, Object> throughput(ResourceSpec.Table table) {
    return map("ReadCapacityUnits", table.readCapacity() == -1 ? 5 : table.readCapacity(),
        "WriteCapacityUnits", table.writeCapacity() == -1 ? 5 : table.writeCapacity());
  }

  private Map<String, Object> bucket(ResourceSpec.Bucket bucket) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("BucketName", names.apply(bucket.bucketName()));
    if (bucket.encryption()) {
      properties.put("BucketEncryption", map("ServerSideEncryptionConfiguration",
          List.of(map("ServerSideEncryptionByDefault", map("SSEAlgorithm", "AES256")))));
    }
    if (bucket.publicAccessBlock()) {
      properties.put("PublicAccessBlockConfiguration", map("BlockPublicAcls", true,
          "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
    }
    if (bucket.versioning()) {
      properties.put("VersioningConfiguration", map("Status", "Enabled"));
    }
    if (!bucket.cors().isEmpty()) {
      List<Object> rules = new ArrayList<>();
      for (ResourceSpec.BucketCors cors : bucket.cors()) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("AllowedOrigins", new ArrayList<>(cors.allowedOrigins()));
        rule.put("AllowedMethods", new ArrayList<>(cors.allowedMethods()));
        if (!cors.allowedHeaders().isEmpty()) {
          rule.put("AllowedHeaders", new ArrayList<>(cors.allowedHeaders()));
        }
        if (!cors.exposedHeaders().isEmpty()) {
          rule.put("ExposedHeaders", new ArrayList<>(cors.exposedHeaders()));
        }
        if (cors.maxAge() != -1) {
          rule.put("MaxAge", cors.maxAge());
        }
        rules.add(rule);
      }
      properties.put("CorsConfiguration", map("CorsRules", rules));
    }
    if (!bucket.lifecycleRules().isEmpty()) {
      List<Object> rules = new ArrayList<>();
      for (ResourceSpec.Lifecycle lifecycle : bucket.lifecycleRules()) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("Id", lifecycle.id());
        rule.put("Status", lifecycle.enabled() ? "Enabled" : "Disabled");
        if (!lifecycle.prefix().isEmpty()) {
          rule.put("Prefix", lifecycle.prefix());
        }
        if (lifecycle.expirationDays() != -1) {
          rule.put("ExpirationInDays", lifecycle.expirationDays());
        }
        if (lifecycle.noncurrentVersionExpirationDays() != -1) {
          rule.put("NoncurrentVersionExpiration", map("NoncurrentDays",
              lifecycle.noncurrentVersionExpirationDays()));
        }
        rules.add(rule);
      }
      properties.put("LifecycleConfiguration", map("Rules", rules));
    }
    tagList(properties);
    return properties;
  }

  private Map<String, Object> queue(String name, boolean fifo, int visibilityTimeout, int retention,
      boolean encryption) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("QueueName", name);
    if (fifo) {
      properties.put("FifoQueue", true);
    }
    if (visibilityTimeout != -1) {
      properties.put("VisibilityTimeout", visibilityTimeout);
    }
    properties.put("MessageRetentionPeriod", retention);
    properties.put("SqsManagedSseEnabled", encryption);
    tagList(properties);
    return properties;
  }

  private Map<String, Object> topic(ResourceSpec.Topic topic) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("TopicName", names.apply(topic.physicalName()));
    if (topic.fifo()) {
      properties.put("FifoTopic", true);
      if (topic.contentBasedDeduplication()) {
        properties.put("ContentBasedDeduplication", true);
      }
    }
    tagList(properties);
    return properties;
  }

  private Map<String, Object> key(ResourceSpec.Key key) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (!key.description().isEmpty()) {
      properties.put("Description", key.description());
    }
    properties.put("Enabled", true);
    properties.put("KeyUsage", key.keyUsage());
    properties.put("KeySpec", key.keySpec());
    if (key.keySpec().equals("SYMMETRIC_DEFAULT")) {
      properties.put("EnableKeyRotation", key.rotates());
    }
    properties.put("KeyPolicy", map("Version", "2012-10-17", "Statement", List.of(map(
        "Sid", "AccountAdministration",
        "Effect", "Allow",
        "Principal", map("AWS", map("Fn::Sub", "arn:${AWS::Partition}:iam::${AWS::AccountId}:root")),
        "Action", "kms:*",
        "Resource", "*"))));
    tagList(properties);
    return properties;
  }

  private void tagList(Map<String, Object> properties) {
    if (!tags.isEmpty()) {
      List<Object> list = new ArrayList<>();
      tags.forEach((key, value) -> list.add(map("Key", key, "Value", value)));
      properties.put("Tags", list);
    }
  }
}
