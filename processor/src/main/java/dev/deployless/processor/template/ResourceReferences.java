package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.getAtt;
import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ResourceSpec;
import java.util.function.UnaryOperator;

/**
 * How the template refers to a declared resource: the values of the variables that name it and its
 * ARN, as intrinsic functions on the resources the template creates, as text for existing ones.
 */
final class ResourceReferences {
  private static final String PARTITION_REGION_ACCOUNT = "arn:${AWS::Partition}:%s:${AWS::Region}:${AWS::AccountId}:%s";

  private ResourceReferences() {}

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
        if (spec.existing()) {
          return spec.physicalName();
        }
        return spec instanceof ResourceSpec.Topic ? getAtt(id, "TopicName") : ref(id);
    }
  }

  /** The ARN of {@code resource}, or of {@code path} below it. */
  static Object arn(AwsResource resource) {
    if (resource.spec() instanceof ResourceSpec.Topic && !resource.spec().existing()) {
      return ref(resource.logicalId());
    }
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
  static String arnText(AwsResource resource) {
    ResourceSpec spec = resource.spec();
    if (spec instanceof ResourceSpec.Topic && !spec.existing()) {
      return "${" + resource.logicalId() + "}";
    }
    if (hasArnAttribute(resource)) {
      return "${" + resource.logicalId() + ".Arn}";
    }
    if (!spec.existing()) {
      // A parameter the template creates: its Ref is its name, a path.
      return String.format(PARTITION_REGION_ACCOUNT, "ssm", "parameter${" + resource.logicalId() + "}");
    }
    String name = spec.physicalName();
    if (spec instanceof ResourceSpec.Table) {
      return String.format(PARTITION_REGION_ACCOUNT, "dynamodb", "table/" + name);
    } else if (spec instanceof ResourceSpec.Bucket) {
      return "arn:${AWS::Partition}:s3:::" + name;
    } else if (spec instanceof ResourceSpec.Queue) {
      return String.format(PARTITION_REGION_ACCOUNT, "sqs", name);
    } else if (spec instanceof ResourceSpec.Topic) {
      return String.format(PARTITION_REGION_ACCOUNT, "sns", name);
    } else if (spec instanceof ResourceSpec.Key key) {
      return key.existingKeyId().startsWith("arn:") ? key.existingKeyId()
          : String.format(PARTITION_REGION_ACCOUNT, "kms", "key/" + key.existingKeyId());
    }
    return String.format(PARTITION_REGION_ACCOUNT, "ssm", "parameter" + name);
  }

  /**
   * {@code resource} referred to by its physical name and ARN, as an existing resource is: for a
   * bucket that triggers a function, whose notification configuration names the function, so a
   * {@code Ref} from a function's variables or policies to the bucket would close a circle.
   */
  static AwsResource byName(AwsResource resource, UnaryOperator<String> physicalNames) {
    if (!(resource.spec() instanceof ResourceSpec.Bucket bucket) || bucket.existing()) {
      return resource;
    }
    ResourceSpec.Bucket named = new ResourceSpec.Bucket(physicalNames.apply(bucket.bucketName()), bucket.versioning(),
        bucket.encryption(), bucket.cors(), bucket.lifecycleRules(), bucket.publicAccessBlock(),
        bucket.deletionPolicy(), true);
    return new AwsResource(resource.name(), resource.access(), named, resource.owner(), resource.shared(),
        resource.source(), resource.body());
  }
}
