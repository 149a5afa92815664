package dev.deployless.local.aws;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resources the application uses without creating them ({@code existing = true}): named by a
 * literal in a function's policies (a SAM policy template's {@code TableName}, {@code BucketName},
 * {@code QueueName}, {@code TopicName}, {@code ParameterName}, or a KMS key's ARN) rather than by a
 * reference to a template resource. Each must exist in the emulator; the missing ones are reported.
 */
final class ExistingResources {
  private final AwsClient aws;
  private final Template template;
  private final Map<String, Map<String, String>> created;
  private final Resolver resolver;

  ExistingResources(AwsClient aws, Template template, Map<String, Map<String, String>> created,
      Resolver resolver) {
    this.aws = aws;
    this.template = template;
    this.created = created;
    this.resolver = resolver;
  }

  /** Adds a line to {@code report} for each existing resource the emulator does not have. */
  void check(List<String> report) {
    Map<String, Set<String>> users = new LinkedHashMap<>();
    for (String function : template.functions()) {
      for (Object policy : template.policies(function)) {
        for (Map.Entry<String, Object> entry : Template.map(policy).entrySet()) {
          if (entry.getKey().equals("Statement")) {
            statements(entry.getValue(), function, users);
          } else {
            for (Map.Entry<String, Object> parameter : Template.map(entry.getValue()).entrySet()) {
              if (parameter.getValue() instanceof String name) {
                String kind = kind(parameter.getKey());
                if (kind != null && !createdName(name)) {
                  users.computeIfAbsent(kind + " " + name, key -> new LinkedHashSet<>()).add(function);
                }
              }
            }
          }
        }
      }
    }
    for (Map.Entry<String, Set<String>> resource : users.entrySet()) {
      String kind = resource.getKey().substring(0, resource.getKey().indexOf(' '));
      String name = resource.getKey().substring(kind.length() + 1);
      try {
        if (!exists(kind, name)) {
          report.add("  missing  existing " + kind + " " + name + " (used by "
              + String.join(", ", resource.getValue()) + "): create it in the emulator, or"
              + " calls to it fail");
        }
      } catch (IOException e) {
        report.add("  existing " + kind + " " + name + " could not be checked: " + e.getMessage());
      }
    }
  }

  private void statements(Object value, String function, Map<String, Set<String>> users) {
    for (Object statement : Template.list(value)) {
      Object resource = Template.map(statement).get("Resource");
      for (Object item : resource instanceof List<?> list ? List.copyOf(list) : List.of(resource == null ? "" : resource)) {
        if (item instanceof Map<?, ?> map && map.containsKey("Fn::GetAtt")) {
          continue;
        }
        String arn;
        try {
          arn = resolver.text(item);
        } catch (Resolver.Unresolved e) {
          continue;
        }
        int key = arn.indexOf(":key/");
        if (arn.startsWith("arn:aws:kms:") && key > 0) {
          String keyId = arn.substring(key + 5);
          if (!createdName(keyId)) {
            users.computeIfAbsent("key " + arn, k -> new LinkedHashSet<>()).add(function);
          }
        }
      }
    }
  }

  private static String kind(String parameter) {
    switch (parameter) {
      case "TableName":
        return "table";
      case "BucketName":
        return "bucket";
      case "QueueName":
        return "queue";
      case "TopicName":
        return "topic";
      case "ParameterName":
        return "parameter";
      case "KeyId":
        return "key";
      default:
        return null;
    }
  }

  /** Whether some created resource has {@code name} as its name, URL or key ID. */
  private boolean createdName(String name) {
    String parameter = name.startsWith("/") ? name : "/" + name;
    for (Map<String, String> attributes : created.values()) {
      for (String value : attributes.values()) {
        if (value.equals(name) || value.equals(parameter)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean exists(String kind, String name) throws IOException {
    switch (kind) {
      case "table":
        return DynamoDbResources.exists(aws, name);
      case "bucket":
        return S3Resources.exists(aws, name);
      case "queue":
        return SqsResources.url(aws, name) != null;
      case "topic":
        return SnsResources.exists(aws, "arn:aws:sns:" + aws.region() + ":" + resolverAccount()
            + ":" + name);
      case "parameter":
        return SsmResources.value(aws, name.startsWith("/") ? name : "/" + name) != null;
      default:
        return KmsResources.exists(aws, name);
    }
  }

  private String resolverAccount() {
    try {
      return resolver.text(Map.of("Ref", "AWS::AccountId"));
    } catch (Resolver.Unresolved e) {
      return "000000000000";
    }
  }
}
