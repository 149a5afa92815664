package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Project;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quotas AWS enforces when the template is deployed, checked at compile time so that a build
 * that succeeds describes a stack CloudFormation accepts: tags (E111), a function's environment
 * (E112), the template's size, resources, outputs and logical IDs (E113, W10). The numbers and their
 * sources are listed in docs/errors.md.
 */
public final class DeployLimits {
  /** Tags per resource (Lambda, API Gateway, CloudWatch Logs, SQS, DynamoDB, S3, KMS, SSM). */
  static final int MAX_TAGS = 50;
  /** SAM tags every function {@code lambda:createdBy: SAM}, which leaves 49 for the project's tags. */
  static final int MAX_PROJECT_TAGS = MAX_TAGS - 1;
  static final int MAX_TAG_KEY = 128;
  static final int MAX_TAG_VALUE = 256;
  /** API Gateway's longest stage name. */
  static final int MAX_STAGE = 128;
  /** All of a function's environment variables together, names and values, in bytes (4 KB). */
  static final int MAX_ENVIRONMENT_BYTES = 4096;
  /** A template CloudFormation reads from S3. */
  public static final int MAX_TEMPLATE_BYTES = 1_000_000;
  /** A template sent in the request itself ({@code --template-body}); larger ones go through S3. */
  public static final int MAX_DIRECT_TEMPLATE_BYTES = 51_200;
  static final int MAX_RESOURCES = 500;
  static final int MAX_OUTPUTS = 200;
  static final int MAX_LOGICAL_ID = 255;

  private DeployLimits() {}

  /** E111: the number and length of the project's tags, which every generated resource carries. */
  static void tags(Project project, Report report) {
    Map<String, String> tags = project.tags();
    if (tags.size() > MAX_PROJECT_TAGS) {
      report.add(Message.E111_COUNT, project.at("tags"), tags.size(), MAX_PROJECT_TAGS);
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      String key = tag.getKey();
      Location at = project.at("tags." + key);
      if (key.isEmpty() || key.length() > MAX_TAG_KEY) {
        report.add(Message.E111_KEY, at, shorten(key), key.length(), MAX_TAG_KEY);
      } else if (key.regionMatches(true, 0, "aws:", 0, 4)) {
        report.add(Message.E111_RESERVED, at, key);
      }
      if (tag.getValue().length() > MAX_TAG_VALUE) {
        report.add(Message.E111_VALUE, at, shorten(key), tag.getValue().length(), MAX_TAG_VALUE);
      }
    }
  }

  /**
   * E112 on {@code deployless.yaml}: the variables every function gets ({@code APP_STAGE},
   * {@code env}, {@code env_file}), names and values in UTF-8, alone above Lambda's 4 KB.
   */
  static void environment(Project project, Report report) {
    Size size = size(globalVariables(project));
    if (size.bytes() > MAX_ENVIRONMENT_BYTES) {
      String largest = size.largest();
      String at = project.env().containsKey(largest) ? "env." + largest
          : largest.equals("APP_STAGE") ? "stage" : "env_file";
      report.add(Message.E112_GLOBAL, project.at(at), size.bytes(), MAX_ENVIRONMENT_BYTES, size.largest(),
          size.largestBytes());
    }
  }

  /**
   * E112 on a feature: each of its functions' variables, with those every function gets, above
   * Lambda's 4 KB (unless those alone are, which {@link #environment(Project, Report)} reports).
   * Values resolved at deploy (resource names, SSM parameters) count as written, so the size is a
   * lower bound.
   */
  static void environment(FeatureClass feature, Project project, Report report) {
    Map<String, String> global = globalVariables(project);
    if (size(global).bytes() > MAX_ENVIRONMENT_BYTES) {
      return;
    }
    for (Function function : feature.functions()) {
      Map<String, String> all = new LinkedHashMap<>(global);
      for (EnvVar variable : function.settings().env()) {
        all.put(variable.name(), variable.templateValue());
      }
      Size size = size(all);
      if (size.bytes() > MAX_ENVIRONMENT_BYTES) {
        report.add(Message.E112, feature.source().annotation(), function.describe(), size.bytes(),
            MAX_ENVIRONMENT_BYTES, size.largest(), size.largestBytes());
      }
    }
  }

  /** The size of environment variables: names and values in UTF-8, and the largest variable. */
  private record Size(int bytes, String largest, int largestBytes) {}

  private static Size size(Map<String, String> variables) {
    int bytes = 0;
    String largest = null;
    int largestBytes = -1;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      int size = utf8(variable.getKey()) + utf8(variable.getValue());
      bytes += size;
      if (size > largestBytes) {
        largest = variable.getKey();
        largestBytes = size;
      }
    }
    return new Size(bytes, largest, largestBytes);
  }

  /** {@code APP_STAGE} (unless the stage is too long, E01's error alone), {@code env_file} and {@code env}. */
  private static Map<String, String> globalVariables(Project project) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (project.stage().length() <= MAX_STAGE) {
      variables.put("APP_STAGE", project.stage());
    }
    variables.putAll(project.globalVariables());
    return variables;
  }

  /**
   * E113 and W10: the size of {@code text}, the template to write, and the resources, outputs and
   * logical IDs of {@code generated}, deployless's part of it. Resources are counted as CloudFormation
   * sees them once SAM has expanded each function (its role, a permission per API event, a rule and a
   * permission per schedule, a version and an alias for provisioned concurrency) and the API (its
   * deployment and stage).
   */
  public static void template(Map<String, Object> generated, String text, Report report) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_TEMPLATE_BYTES) {
      report.add(Message.E113_SIZE, Location.NOWHERE, bytes, MAX_TEMPLATE_BYTES);
    } else if (bytes > MAX_DIRECT_TEMPLATE_BYTES) {
      report.add(Message.W10, Location.NOWHERE, bytes, MAX_DIRECT_TEMPLATE_BYTES);
    }
    Map<String, Object> resources = map(generated.get("Resources"));
    int count = 0;
    for (Map.Entry<String, Object> resource : resources.entrySet()) {
      count += deployed(map(resource.getValue()));
      if (resource.getKey().length() > MAX_LOGICAL_ID) {
        report.add(Message.E113_LOGICAL_ID, Location.NOWHERE, resource.getKey().substring(0, 40),
            resource.getKey().length(), MAX_LOGICAL_ID);
      }
    }
    if (count > MAX_RESOURCES) {
      report.add(Message.E113_RESOURCES, Location.NOWHERE, count, resources.size(), MAX_RESOURCES);
    }
    Map<String, Object> outputs = map(generated.get("Outputs"));
    if (outputs.size() > MAX_OUTPUTS) {
      report.add(Message.E113_OUTPUTS, Location.NOWHERE, outputs.size(), MAX_OUTPUTS);
    }
    for (String output : outputs.keySet()) {
      if (output.length() > MAX_LOGICAL_ID) {
        report.add(Message.E113_LOGICAL_ID, Location.NOWHERE, output.substring(0, 40), output.length(),
            MAX_LOGICAL_ID);
      }
    }
  }

  /** How many resources {@code resource} is once SAM has transformed it. */
  static int deployed(Map<String, Object> resource) {
    Object type = resource.get("Type");
    Map<String, Object> properties = map(resource.get("Properties"));
    if ("AWS::Serverless::Api".equals(type)) {
      return 3;
    }
    if (!"AWS::Serverless::Function".equals(type)) {
      return 1;
    }
    int count = properties.containsKey("Role") ? 1 : 2;
    if (properties.containsKey("AutoPublishAlias")) {
      count += 2;
    }
    for (Object event : map(properties.get("Events")).values()) {
      // The event's permission, plus the rule or subscription of schedules, rules and topics.
      Object eventType = map(event).get("Type");
      count += "Schedule".equals(eventType) || "EventBridgeRule".equals(eventType) || "SNS".equals(eventType)
          ? 2 : 1;
    }
    if (properties.containsKey("EventInvokeConfig")) {
      count += 1;
    }
    return count;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static int utf8(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The first 40 characters of {@code text}, for messages about text too long to print. */
  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
