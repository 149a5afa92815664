package dev.deployless.processor.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a freshly generated template into the one already on disk, in the manner of AWS's .NET
 * Lambda Annotations: deployless owns only what it marks and manages, everything the user added
 * survives.
 *
 * <ul>
 *   <li>A resource deployless writes carries {@code Metadata: GeneratedBy: deployless}. A marked
 *       resource that is no longer generated is removed; one whose mark the user removed is the
 *       user's and is never overwritten.
 *   <li>In a marked resource, deployless sets or removes only the properties it manages for that
 *       type; other properties (say {@code VpcConfig}, {@code Policies}) are kept. Of a function's
 *       {@code Events}, deployless manages its API and Schedule events and the events of its
 *       triggers ({@code Bucket}, {@code Topic}, {@code EventRule}); others (an SQS event added by
 *       hand) are kept.
 *   <li>{@code Globals.Function} keys, outputs and the description are managed the same way:
 *       deployless's own are updated or removed, the user's are kept.
 *   <li>Sections deployless never writes ({@code Parameters}, {@code Conditions}, ...) are kept.
 * </ul>
 */
public final class TemplateMerge {
  /** The metadata key and value marking a resource deployless owns. */
  public static final String MARK_KEY = "GeneratedBy";
  public static final String MARK_VALUE = "deployless";

  /** The properties deployless writes, by type: it removes them when they no longer apply. */
  private static final Map<String, Set<String>> MANAGED = Map.ofEntries(
      Map.entry("AWS::Serverless::Function", Set.of("Handler", "Description", "MemorySize", "Timeout",
          "Architectures", "Tracing", "Layers", "ReservedConcurrentExecutions", "AutoPublishAlias",
          "DeploymentPreference", "FunctionName", "ProvisionedConcurrencyConfig", "EphemeralStorage", "DeadLetterQueue", "Environment",
          "EventInvokeConfig")),
      Map.entry("AWS::Lambda::EventSourceMapping", Set.of("FunctionName", "EventSourceArn", "StartingPosition",
          "BatchSize", "MaximumBatchingWindowInSeconds", "ScalingConfig", "FilterCriteria",
          "BisectBatchOnFunctionError",
          "MaximumRetryAttempts", "MaximumRecordAgeInSeconds", "DestinationConfig", "ParallelizationFactor",
          "Enabled", "FunctionResponseTypes")),
      Map.entry("AWS::SNS::Topic", Set.of("TopicName", "FifoTopic", "ContentBasedDeduplication", "Tags")),
      Map.entry("AWS::Serverless::Api", Set.of("StageName", "EndpointConfiguration", "Cors",
          "BinaryMediaTypes", "MinimumCompressionSize", "Tags", "Auth", "Domain")),
      Map.entry("AWS::ApiGateway::ApiKey", Set.of("Name", "Enabled", "Tags")),
      Map.entry("AWS::ApiGateway::UsagePlan", Set.of("UsagePlanName", "ApiStages", "Throttle", "Quota", "Tags")),
      Map.entry("AWS::ApiGateway::UsagePlanKey", Set.of("KeyId", "KeyType", "UsagePlanId")),
      Map.entry("AWS::CertificateManager::Certificate", Set.of("DomainName", "ValidationMethod",
          "DomainValidationOptions", "Tags")),
      Map.entry("AWS::CloudWatch::Alarm", Set.of("AlarmDescription", "Namespace", "MetricName", "Dimensions",
          "Statistic", "Period", "EvaluationPeriods", "Threshold", "ComparisonOperator", "TreatMissingData",
          "AlarmActions", "OKActions")),
      Map.entry("AWS::Logs::LogGroup", Set.of("LogGroupName", "RetentionInDays", "Tags")),
      Map.entry("AWS::SQS::Queue", Set.of("QueueName", "FifoQueue", "VisibilityTimeout",
          "MessageRetentionPeriod", "SqsManagedSseEnabled", "RedrivePolicy", "Tags")),
      Map.entry("AWS::DynamoDB::Table", Set.of("TableName", "BillingMode", "AttributeDefinitions", "KeySchema",
          "ProvisionedThroughput", "GlobalSecondaryIndexes", "TimeToLiveSpecification",
          "StreamSpecification", "PointInTimeRecoverySpecification", "SSESpecification", "Tags")),
      Map.entry("AWS::S3::Bucket", Set.of("BucketName", "BucketEncryption", "PublicAccessBlockConfiguration",
          "VersioningConfiguration", "CorsConfiguration", "LifecycleConfiguration", "Tags")),
      Map.entry("AWS::KMS::Key", Set.of("Description", "Enabled", "KeyUsage", "KeySpec", "EnableKeyRotation",
          "KeyPolicy", "Tags")),
      Map.entry("AWS::KMS::Alias", Set.of("AliasName", "TargetKeyId")),
      Map.entry("AWS::SSM::Parameter", Set.of("Name", "Type", "Value", "Description", "Tags")));
  /** The events of triggers deployless writes, by name: their type. */
  private static final Map<String, String> TRIGGER_EVENTS = Map.of("Bucket", "S3", "Topic", "SNS",
      "EventRule", "EventBridgeRule");
  private static final Set<String> MANAGED_GLOBALS = Set.of("Runtime", "CodeUri", "MemorySize", "Timeout",
      "Architectures", "Tracing", "Tags", "Environment");
  private static final Set<String> RESOURCE_ATTRIBUTES = Set.of("DeletionPolicy", "UpdateReplacePolicy");
  /** CloudFormation's usual order of template sections. */
  private static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Transform",
      "Description", "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Globals", "Resources",
      "Outputs");

  private TemplateMerge() {}

  /** {@code generated} merged into {@code existing}; neither is modified. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> merge(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Object> result = new LinkedHashMap<>(existing);
    for (String key : List.of("AWSTemplateFormatVersion", "Transform")) {
      if (!(existing.get(key) instanceof List)) {
        result.put(key, generated.get(key));
      }
    }
    Object description = existing.get("Description");
    if (description == null || description.toString().endsWith(SamTemplate.DESCRIPTION_SUFFIX)) {
      result.put("Description", generated.get("Description"));
    }
    result.put("Globals", globals(map(existing.get("Globals")), map(generated.get("Globals"))));
    result.put("Resources", resources(map(existing.get("Resources")), map(generated.get("Resources"))));
    Map<String, Object> outputs = outputs(map(existing.get("Outputs")), map(generated.get("Outputs")));
    if (outputs.isEmpty()) {
      result.remove("Outputs");
    } else {
      result.put("Outputs", outputs);
    }
    return order(result, SECTIONS);
  }

  /** Whether a resource carries deployless's mark. */
  public static boolean isMarked(Object resource) {
    return resource instanceof Map<?, ?> map && map.get("Metadata") instanceof Map<?, ?> metadata
        && MARK_VALUE.equals(metadata.get(MARK_KEY));
  }

  private static Map<String, Object> globals(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Object> result = new LinkedHashMap<>(existing);
    Map<String, Object> function = new LinkedHashMap<>(map(existing.get("Function")));
    Map<String, Object> ours = map(generated.get("Function"));
    function.keySet().removeIf(key -> MANAGED_GLOBALS.contains(key) && !ours.containsKey(key));
    function.putAll(ours);
    result.put("Function", order(function, ours));
    return order(result, generated);
  }

  private static Map<String, Object> resources(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> resource : generated.entrySet()) {
      String id = resource.getKey();
      Object mine = existing.get(id);
      if (mine == null) {
        result.put(id, resource.getValue());
      } else if (isMarked(mine)) {
        result.put(id, resource(map(mine), map(resource.getValue())));
      }
    }
    for (Map.Entry<String, Object> resource : existing.entrySet()) {
      if (!isMarked(resource.getValue())) {
        result.put(resource.getKey(), resource.getValue());
      }
    }
    return result;
  }

  private static Map<String, Object> resource(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Object> result = new LinkedHashMap<>(existing);
    result.put("Type", generated.get("Type"));
    for (String attribute : RESOURCE_ATTRIBUTES) {
      if (generated.containsKey(attribute)) {
        result.put(attribute, generated.get(attribute));
      }
    }
    Map<String, Object> metadata = new LinkedHashMap<>(map(existing.get("Metadata")));
    metadata.remove(SamTemplate.GENERATED_POLICIES);
    metadata.putAll(map(generated.get("Metadata")));
    result.put("Metadata", metadata);
    Set<String> managed = MANAGED.getOrDefault((String) generated.get("Type"), Set.of());
    Map<String, Object> ours = map(generated.get("Properties"));
    Map<String, Object> properties = new LinkedHashMap<>(map(existing.get("Properties")));
    properties.keySet().removeIf(key -> managed.contains(key) && !ours.containsKey(key));
    for (Map.Entry<String, Object> property : ours.entrySet()) {
      if (!property.getKey().equals("Events")) {
        properties.put(property.getKey(), property.getValue());
      }
    }
    List<Object> policies = policies(existing, generated);
    if (policies.isEmpty()) {
      properties.remove("Policies");
    } else {
      properties.put("Policies", policies);
    }
    Map<String, Object> events = events(map(properties.get("Events")), map(ours.get("Events")));
    if (events.isEmpty()) {
      properties.remove("Events");
    } else {
      properties.put("Events", events);
    }
    result.put("Properties", order(properties, ours));
    return order(result, generated);
  }

  /**
   * deployless's policies (the first {@code GeneratedPolicies} of the list, as its metadata counts
   * them), then those added by hand that deployless does not write itself.
   */
  private static List<Object> policies(Map<String, Object> existing, Map<String, Object> generated) {
    List<Object> policies = new ArrayList<>(list(map(generated.get("Properties")).get("Policies")));
    List<Object> before = list(map(existing.get("Properties")).get("Policies"));
    Object count = map(existing.get("Metadata")).get(SamTemplate.GENERATED_POLICIES);
    int ours = count instanceof Number number ? Math.min(number.intValue(), before.size()) : 0;
    for (Object policy : before.subList(ours, before.size())) {
      if (!policies.contains(policy)) {
        policies.add(policy);
      }
    }
    return policies;
  }

  private static List<Object> list(Object value) {
    List<Object> list = new ArrayList<>();
    if (value instanceof List<?> values) {
      list.addAll(values);
    }
    return list;
  }

  /** The user's events, then deployless's (API events on its {@code Api}, and schedules). */
  private static Map<String, Object> events(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> event : existing.entrySet()) {
      if (!isOurs(event.getKey(), event.getValue()) && !generated.containsKey(event.getKey())) {
        result.put(event.getKey(), event.getValue());
      }
    }
    Map<String, Object> all = new LinkedHashMap<>(generated);
    all.putAll(result);
    return all;
  }

  private static boolean isOurs(String name, Object event) {
    Map<String, Object> map = map(event);
    Object type = map.get("Type");
    if ("Schedule".equals(type) || TRIGGER_EVENTS.getOrDefault(name, "").equals(type)) {
      return true;
    }
    Object api = map(map.get("Properties")).get("RestApiId");
    return "Api".equals(type) && api instanceof Map<?, ?> ref && SamTemplate.API.equals(ref.get("Ref"));
  }

  private static Map<String, Object> outputs(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, Object> output : existing.entrySet()) {
      Object description = map(output.getValue()).get("Description");
      boolean ours = description instanceof String text && SamTemplate.isOutputDescription(text);
      if (!ours || generated.containsKey(output.getKey())) {
        result.put(output.getKey(), generated.getOrDefault(output.getKey(), output.getValue()));
      }
    }
    for (Map.Entry<String, Object> output : generated.entrySet()) {
      result.putIfAbsent(output.getKey(), output.getValue());
    }
    return order(result, generated);
  }

  /**
   * {@code map} with the keys of {@code reference} first, in its order, then the others in theirs:
   * deployless's entries in the order a clean build writes them, then the user's.
   */
  private static Map<String, Object> order(Map<String, Object> map, Map<String, Object> reference) {
    return order(map, new ArrayList<>(reference.keySet()));
  }

  private static Map<String, Object> order(Map<String, Object> map, List<String> first) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : first) {
      if (map.containsKey(key)) {
        ordered.put(key, map.get(key));
      }
    }
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      ordered.putIfAbsent(entry.getKey(), entry.getValue());
    }
    return ordered;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
  }
}
