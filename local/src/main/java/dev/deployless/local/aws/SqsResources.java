package dev.deployless.local.aws;

import static dev.deployless.local.aws.Emulated.body;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQS queues in the emulator, with their attributes and redrive (dead-letter) policies. */
final class SqsResources {
  private static final String PREFIX = "AmazonSQS.";
  /** The template properties that are queue attributes of the same name. */
  private static final List<String> ATTRIBUTES = List.of("DelaySeconds", "MaximumMessageSize",
      "MessageRetentionPeriod", "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "FifoQueue",
      "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit", "KmsMasterKeyId",
      "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled", "RedrivePolicy",
      "RedriveAllowPolicy");

  private SqsResources() {}

  static Emulated.Created ensureQueue(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    boolean fifo = Boolean.TRUE.equals(properties.get("FifoQueue"))
        || "true".equals(String.valueOf(properties.get("FifoQueue")));
    String name = properties.containsKey("QueueName") ? (String) properties.get("QueueName")
        : names.of(id) + (fifo ? ".fifo" : "");
    String url = url(aws, name);
    boolean existed = url != null;
    if (!existed) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      for (String attribute : ATTRIBUTES) {
        if (properties.containsKey(attribute)) {
          attributes.put(attribute, Emulated.text(properties.get(attribute)));
        }
      }
      url = (String) call(aws, "CreateQueue", body("QueueName", name, "Attributes", attributes))
          .get("QueueUrl");
    }
    String arn = arn(aws, url);
    Map<String, String> result = new LinkedHashMap<>();
    result.put("Ref", url);
    result.put("Arn", arn);
    result.put("QueueName", name);
    result.put("QueueUrl", url);
    return new Emulated.Created(result, existed);
  }

  /** The URL of queue {@code name}, or null when it does not exist. */
  static String url(AwsClient aws, String name) throws IOException {
    try {
      return (String) call(aws, "GetQueueUrl", body("QueueName", name)).get("QueueUrl");
    } catch (AwsClient.AwsException e) {
      if (e.code().contains("NonExistentQueue") || e.code().contains("QueueDoesNotExist")) {
        return null;
      }
      throw e;
    }
  }

  /** The ARN of the queue at {@code url}. */
  static String arn(AwsClient aws, String url) throws IOException {
    Map<String, Object> attributes = Template.map(call(aws, "GetQueueAttributes",
        body("QueueUrl", url, "AttributeNames", List.of("QueueArn"))).get("Attributes"));
    return (String) attributes.get("QueueArn");
  }

  /** An SQS call (JSON protocol). */
  static Map<String, Object> call(AwsClient aws, String operation, Object body) throws IOException {
    return aws.json("sqs", PREFIX + operation, "1.0", body);
  }
}
