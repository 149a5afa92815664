package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.getAtt;
import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.annotations.Access;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.Trigger;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template side of a triggered function. S3, SNS and EventBridge are SAM events on the function
 * (with its {@code EventInvokeConfig}). Queues and streams are {@code AWS::Lambda::EventSourceMapping}
 * resources of their own with the read permissions as statements on the function, because SAM's
 * {@code SQS} and {@code DynamoDB} events attach AWS managed policies that allow reading every queue
 * and stream of the account ({@code AWSLambdaSQSQueueExecutionRole},
 * {@code AWSLambdaDynamoDBExecutionRole}), whatever else the function's policies say.
 */
final class TriggerTemplate {
  /** The suffix of the logical ID of a function's event source mapping. */
  static final String MAPPING = "EventSourceMapping";

  private final Map<String, AwsResource> resources;

  /** Triggers whose sources are among {@code resources}, by name. */
  TriggerTemplate(Map<String, AwsResource> resources) {
    this.resources = resources;
  }

  /** The SAM events of {@code function}'s trigger, by event name; none for queues and streams. */
  Map<String, Object> events(Function function) {
    Map<String, Object> events = new LinkedHashMap<>();
    Trigger trigger = function.listener().trigger();
    if (trigger instanceof Trigger.Bucket bucket) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Bucket", ref(source(bucket).logicalId()));
      properties.put("Events", bucket.events().size() == 1 ? bucket.events().get(0)
          : new ArrayList<>(bucket.events()));
      List<Object> rules = new ArrayList<>();
      if (!bucket.prefix().isEmpty()) {
        rules.add(map("Name", "prefix", "Value", bucket.prefix()));
      }
      if (!bucket.suffix().isEmpty()) {
        rules.add(map("Name", "suffix", "Value", bucket.suffix()));
      }
      if (!rules.isEmpty()) {
        properties.put("Filter", map("S3Key", map("Rules", rules)));
      }
      events.put("Bucket", map("Type", "S3", "Properties", properties));
    } else if (trigger instanceof Trigger.Topic topic) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Topic", ResourceReferences.arn(source(topic)));
      if (!topic.filterPolicy().isEmpty()) {
        properties.put("FilterPolicy", JsonReader.of(topic.filterPolicy()).readObject());
        if (topic.filterScope().equals("MESSAGE_BODY")) {
          properties.put("FilterPolicyScope", "MessageBody");
        }
      }
      events.put("Topic", map("Type", "SNS", "Properties", properties));
    } else if (trigger instanceof Trigger.Rule rule) {
      Map<String, Object> properties = new LinkedHashMap<>();
      if (!rule.bus().isEmpty()) {
        properties.put("EventBusName", rule.bus());
      }
      Map<String, Object> pattern = new LinkedHashMap<>();
      if (!rule.sources().isEmpty()) {
        pattern.put("source", new ArrayList<>(rule.sources()));
      }
      if (!rule.detailTypes().isEmpty()) {
        pattern.put("detail-type", new ArrayList<>(rule.detailTypes()));
      }
      if (!rule.pattern().isBlank()) {
        pattern.putAll(JsonReader.of(rule.pattern()).readObject());
      }
      properties.put("Pattern", pattern);
      if (!rule.enabled()) {
        properties.put("State", "DISABLED");
      }
      events.put("EventRule", map("Type", "EventBridgeRule", "Properties", properties));
    }
    return events;
  }

  /** The {@code EventInvokeConfig} of an asynchronously triggered function, or null for Lambda's defaults. */
  Map<String, Object> invokeConfig(Function function) {
    if (!(function.listener().trigger() instanceof Trigger.Asynchronous asynchronous)
        || !asynchronous.delivery().configured()) {
      return null;
    }
    Trigger.Delivery delivery = asynchronous.delivery();
    Map<String, Object> config = new LinkedHashMap<>();
    if (delivery.maxEventAge() != -1) {
      config.put("MaximumEventAgeInSeconds", delivery.maxEventAge());
    }
    if (delivery.maxRetries() != -1) {
      config.put("MaximumRetryAttempts", delivery.maxRetries());
    }
    if (!delivery.onFailure().isEmpty()) {
      AwsResource destination = resources.get(delivery.onFailure());
      String type = destination.spec() instanceof ResourceSpec.Topic ? "SNS" : "SQS";
      config.put("DestinationConfig", map("OnFailure", map("Type", type,
          "Destination", ResourceReferences.arn(destination))));
    }
    return config;
  }

  /** What consuming the source needs: receiving from the queue, reading the stream, the destination. */
  List<Object> policies(Function function) {
    List<Object> policies = new ArrayList<>();
    Trigger trigger = function.listener().trigger();
    if (trigger instanceof Trigger.Queue queue) {
      policies.addAll(Policies.policies(new Grant(source(queue), Access.POLL)));
    } else if (trigger instanceof Trigger.Stream stream) {
      AwsResource table = source(stream);
      policies.add(map("Statement", List.of(
          map("Effect", "Allow", "Action", List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
              "dynamodb:GetShardIterator"), "Resource", getAtt(table.logicalId(), "StreamArn")),
          map("Effect", "Allow", "Action", List.of("dynamodb:ListStreams"), "Resource",
              map("Fn::Sub", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${"
                  + table.logicalId() + "}/stream/*")))));
      if (!stream.onFailure().isEmpty()) {
        AwsResource destination = resources.get(stream.onFailure());
        policies.addAll(Policies.policies(new Grant(destination,
            destination.spec() instanceof ResourceSpec.Topic ? Access.PUBLISH : Access.SEND)));
      }
    }
    return policies;
  }

  /**
   * The event source mapping of a function triggered by a queue or stream, by logical ID; it invokes
   * {@code target}, the function's alias when it is deployed through one (so that a gradual
   * deployment shifts these events too and its alarms see their errors), else the function.
   */
  Map<String, Object> mappings(Function function, Object target) {
    Trigger trigger = function.listener().trigger();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("FunctionName", target);
    if (trigger instanceof Trigger.Queue queue) {
      properties.put("EventSourceArn", ResourceReferences.arn(source(queue)));
      properties.put("BatchSize", queue.batchSize());
      window(properties, queue.batchingWindow());
      if (queue.maxConcurrency() != -1) {
        properties.put("ScalingConfig", map("MaximumConcurrency", queue.maxConcurrency()));
      }
      filters(properties, queue.filters());
      enabled(properties, queue.enabled());
    } else if (trigger instanceof Trigger.Stream stream) {
      properties.put("EventSourceArn", getAtt(source(stream).logicalId(), "StreamArn"));
      properties.put("StartingPosition", stream.startingPosition());
      properties.put("BatchSize", stream.batchSize());
      window(properties, stream.batchingWindow());
      filters(properties, stream.filters());
      if (stream.bisectOnError()) {
        properties.put("BisectBatchOnFunctionError", true);
      }
      if (stream.maxRetries() != -1) {
        properties.put("MaximumRetryAttempts", stream.maxRetries());
      }
      if (stream.maxRecordAge() != -1) {
        properties.put("MaximumRecordAgeInSeconds", stream.maxRecordAge());
      }
      if (!stream.onFailure().isEmpty()) {
        properties.put("DestinationConfig", map("OnFailure", map("Destination",
            ResourceReferences.arn(resources.get(stream.onFailure())))));
      }
      if (stream.parallelization() != 1) {
        properties.put("ParallelizationFactor", stream.parallelization());
      }
      enabled(properties, stream.enabled());
    } else {
      return Map.of();
    }
    properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
    return map(function.logicalId() + MAPPING, SamTemplate.resource("AWS::Lambda::EventSourceMapping", properties));
  }

  private AwsResource source(Trigger trigger) {
    return resources.get(trigger.resource().orElseThrow());
  }

  private static void window(Map<String, Object> properties, int seconds) {
    if (seconds > 0) {
      properties.put("MaximumBatchingWindowInSeconds", seconds);
    }
  }

  private static void filters(Map<String, Object> properties, List<String> filters) {
    if (filters.isEmpty()) {
      return;
    }
    List<Object> patterns = new ArrayList<>();
    for (String filter : filters) {
      patterns.add(map("Pattern", JsonValues.toJson(JsonReader.of(filter).readObject())));
    }
    properties.put("FilterCriteria", map("Filters", patterns));
  }

  private static void enabled(Map<String, Object> properties, boolean enabled) {
    if (!enabled) {
      properties.put("Enabled", false);
    }
  }
}
