package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.getAtt;
import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.annotations.Access;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.ResourceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template side of resources: the CloudFormation resources a declaration creates, the policies
 * an access level grants (SAM policy templates where one fits, least-privilege statements
 * otherwise) and the values of the variables that name them.
 */
final class ResourceTemplate {
  private static final String PARTITION_REGION_ACCOUNT = "arn:${AWS::Partition}:%s:${AWS::Region}:${AWS::AccountId}:%s";

  private final Map<String, String> tags;

  ResourceTemplate(Map<String, String> tags) {
    this.tags = tags;
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
      Map<String, Object> properties = queue(queue.physicalName(), queue.fifo(), queue.visibilityTimeout(),
          queue.messageRetention(), queue.encryption());
      if (queue.hasDlq()) {
        properties.put("RedrivePolicy", map("deadLetterTargetArn", getAtt(ids.get(1), "Arn"),
            "maxReceiveCount", queue.maxReceiveCount()));
      }
      definitions.put(ids.get(0), resource("AWS::SQS::Queue", spec.deletionPolicy(), properties));
      if (queue.hasDlq()) {
        definitions.put(ids.get(1), resource("AWS::SQS::Queue", spec.deletionPolicy(),
            queue(queue.dlqName(), queue.fifo(), -1, 1209600, queue.encryption())));
      }
    } else if (spec instanceof ResourceSpec.Key key) {
      definitions.put(ids.get(0), resource("AWS::KMS::Key", spec.deletionPolicy(), key(key)));
      if (!key.alias().isEmpty()) {
        definitions.put(ids.get(1), resource("AWS::KMS::Alias", null,
            map("AliasName", "alias/" + key.alias(), "TargetKeyId", ref(ids.get(0)))));
      }
    } else if (spec instanceof ResourceSpec.Parameter parameter) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Name", parameter.parameterName());
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
    properties.put("TableName", table.tableName());
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
    properties.put("BucketName", bucket.bucketName());
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

  /** The value of one of the variables naming {@code resource}. */
  static Object variable(AwsResource resource, ResourceSpec.Attribute attribute) {
    ResourceSpec spec = resource.spec();
    String id = resource.logicalId();
    switch (attribute) {
      case ARN:
        return arn(resource);
      case DLQ_URL:
        return ref(resource.logicalIds().get(1));
      case URL:
        return spec.existing() ? map("Fn::Sub", "https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/"
            + spec.physicalName()) : ref(id);
      case KEY_ID:
        return spec.existing() ? ((ResourceSpec.Key) spec).existingKeyId() : ref(id);
      default:
        return spec.existing() ? spec.physicalName() : ref(id);
    }
  }

  /** The ARN of {@code resource}, or of {@code path} below it. */
  static Object arn(AwsResource resource) {
    if (hasArnAttribute(resource)) {
      return getAtt(resource.logicalId(), "Arn");
    }
    String text = arnText(resource);
    return text.contains("${") ? map("Fn::Sub", text) : text;
  }

  /** Whether the template creates the resource with an {@code Arn} attribute (SSM parameters have none). */
  private static boolean hasArnAttribute(AwsResource resource) {
    return !resource.spec().existing() && !(resource.spec() instanceof ResourceSpec.Parameter);
  }

  /** The ARN as {@code Fn::Sub} text. */
  private static String arnText(AwsResource resource) {
    ResourceSpec spec = resource.spec();
    if (hasArnAttribute(resource)) {
      return "${" + resource.logicalId() + ".Arn}";
    }
    String name = spec.physicalName();
    if (spec instanceof ResourceSpec.Table) {
      return String.format(PARTITION_REGION_ACCOUNT, "dynamodb", "table/" + name);
    } else if (spec instanceof ResourceSpec.Bucket) {
      return "arn:${AWS::Partition}:s3:::" + name;
    } else if (spec instanceof ResourceSpec.Queue) {
      return String.format(PARTITION_REGION_ACCOUNT, "sqs", name);
    } else if (spec instanceof ResourceSpec.Key key) {
      return key.existingKeyId().startsWith("arn:") ? key.existingKeyId()
          : String.format(PARTITION_REGION_ACCOUNT, "kms", "key/" + key.existingKeyId());
    }
    return String.format(PARTITION_REGION_ACCOUNT, "ssm", "parameter" + name);
  }

  /** The policies of {@code grant}, in the function's {@code Policies} list. */
  static List<Object> policies(Grant grant) {
    AwsResource resource = grant.resource();
    ResourceSpec spec = resource.spec();
    Access access = grant.access();
    List<Object> policies = new ArrayList<>();
    if (spec instanceof ResourceSpec.Table) {
      policies.add(map(level(access, "DynamoDBCrudPolicy", "DynamoDBReadPolicy", "DynamoDBWritePolicy"),
          map("TableName", variable(resource, ResourceSpec.Attribute.NAME))));
    } else if (spec instanceof ResourceSpec.Bucket) {
      policies.add(map(level(access, "S3CrudPolicy", "S3ReadPolicy", "S3WritePolicy"),
          map("BucketName", variable(resource, ResourceSpec.Attribute.NAME))));
    } else if (spec instanceof ResourceSpec.Queue) {
      Object name = spec.existing() ? spec.physicalName() : getAtt(resource.logicalId(), "QueueName");
      if (access != Access.POLL) {
        policies.add(map("SQSSendMessagePolicy", map("QueueName", name)));
      }
      if (access != Access.SEND) {
        policies.add(map("SQSPollerPolicy", map("QueueName", name)));
      }
    } else if (spec instanceof ResourceSpec.Key) {
      List<String> actions = switch (access) {
        case ENCRYPT -> List.of("kms:Encrypt");
        case DECRYPT -> List.of("kms:Decrypt");
        default -> List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey");
      };
      policies.add(statement(actions, List.of(arn(resource))));
    } else if (spec instanceof ResourceSpec.Parameter) {
      policies.add(map("SSMParameterReadPolicy", map("ParameterName", spec.physicalName().substring(1))));
      if (access == Access.WRITE) {
        policies.add(statement(List.of("ssm:PutParameter"), List.of(arn(resource))));
      }
    }
    return policies;
  }

  private static String level(Access access, String crud, String read, String write) {
    return access == Access.READ ? read : access == Access.WRITE ? write : crud;
  }

  /** The policy of {@code @Policy}: a managed policy's name, or a statement. */
  static Object policy(ExtraPolicy policy, Map<String, AwsResource> resources) {
    if (policy.isManaged()) {
      return policy.managed();
    }
    List<Object> targets = new ArrayList<>();
    for (String target : policy.resources()) {
      int slash = target.indexOf('/');
      AwsResource resource = target.equals("*") || target.startsWith("arn:") ? null
          : resources.get(slash < 0 ? target : target.substring(0, slash));
      if (resource == null) {
        targets.add(target);
      } else if (slash < 0) {
        targets.add(arn(resource));
      } else {
        targets.add(map("Fn::Sub", arnText(resource) + target.substring(slash)));
      }
    }
    return statement(policy.actions(), targets);
  }

  private static Map<String, Object> statement(List<String> actions, List<Object> resources) {
    return map("Statement", List.of(map("Effect", "Allow", "Action", new ArrayList<>(actions),
        "Resource", resources.size() == 1 ? resources.get(0) : new ArrayList<>(resources))));
  }
}
