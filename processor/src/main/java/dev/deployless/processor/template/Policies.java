package dev.deployless.processor.template;

import static dev.deployless.processor.template.ResourceReferences.arn;
import static dev.deployless.processor.template.ResourceReferences.arnText;
import static dev.deployless.processor.template.ResourceReferences.variable;
import static dev.deployless.processor.template.SamTemplate.getAtt;
import static dev.deployless.processor.template.SamTemplate.map;

import dev.deployless.annotations.Access;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.ResourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The entries of a function's {@code Policies}: what an access level to a resource grants (SAM
 * policy templates where one fits, least-privilege statements otherwise) and {@code @Policy}.
 */
final class Policies {
  private Policies() {}

  /** The policies of {@code grant}, in the function's {@code Policies} list. */
  static List<Object> policies(Grant grant) {
    return policies(grant, UnaryOperator.identity());
  }

  /**
   * The policies of {@code grant}, the resources the template creates being named by
   * {@code physicalNames} ({@link dev.deployless.processor.model.Project#physicalName}).
   */
  static List<Object> policies(Grant grant, UnaryOperator<String> physicalNames) {
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
    } else if (spec instanceof ResourceSpec.Topic) {
      policies.add(map("SNSPublishMessagePolicy", map("TopicName", variable(resource, ResourceSpec.Attribute.NAME))));
    } else if (spec instanceof ResourceSpec.Key) {
      List<String> actions = switch (access) {
        case ENCRYPT -> List.of("kms:Encrypt");
        case DECRYPT -> List.of("kms:Decrypt");
        default -> List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey");
      };
      policies.add(statement(actions, List.of(arn(resource))));
    } else if (spec instanceof ResourceSpec.Parameter) {
      String name = spec.existing() ? spec.physicalName() : physicalNames.apply(spec.physicalName());
      policies.add(map("SSMParameterReadPolicy", map("ParameterName", name.substring(1))));
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

  /** A policy of one statement allowing {@code actions} on {@code resources}. */
  static Map<String, Object> statement(List<String> actions, List<Object> resources) {
    return map("Statement", List.of(map("Effect", "Allow", "Action", new ArrayList<>(actions),
        "Resource", resources.size() == 1 ? resources.get(0) : new ArrayList<>(resources))));
  }
}
