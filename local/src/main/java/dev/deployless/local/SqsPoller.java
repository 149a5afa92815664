package dev.deployless.local;

import dev.deployless.local.aws.AwsClient;
import dev.deployless.local.aws.Template;
import dev.deployless.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An SQS queue of the emulator feeding a function, as Lambda's SQS event source mapping does: long
 * polls for up to {@code batchSize} messages (10 at most a receive), invokes the function with
 * Lambda's SQS event, and deletes the messages it processed: all of them after a success, none after
 * a failure, all but the {@code batchItemFailures} with {@code ReportBatchItemFailures}. Messages not
 * deleted come back after the queue's visibility timeout, and go to its dead-letter queue after
 * {@code maxReceiveCount} receives, as the emulator's redrive policy does.
 */
final class SqsPoller extends EventSource {
  private static final String SQS = "AmazonSQS.";
  private final String queueUrl;
  private final String queueArn;

  SqsPoller(String function, String queueUrl, String queueArn, int batchSize, boolean partialFailures,
      AwsClient aws, Supplier<LocalApp> app, RequestLog log) {
    super(function, batchSize, partialFailures, aws, app, log, "sqs-" + function);
    this.queueUrl = queueUrl;
    this.queueArn = queueArn;
  }

  @Override
  String describe() {
    return "SQS " + queueArn.substring(queueArn.lastIndexOf(':') + 1) + " -> " + function
        + " (batches of " + batchSize + (partialFailures ? ", partial batch failures" : "") + ")";
  }

  @Override
  boolean poll() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("QueueUrl", queueUrl);
    body.put("MaxNumberOfMessages", Math.min(10, batchSize));
    body.put("WaitTimeSeconds", 1);
    body.put("AttributeNames", List.of("All"));
    body.put("MessageAttributeNames", List.of("All"));
    List<Object> messages = Template.list(aws.json("sqs", SQS + "ReceiveMessage", "1.0", body)
        .get("Messages"));
    if (messages.isEmpty()) {
      return false;
    }
    JsonWriter event = new JsonWriter();
    event.beginObject().name("Records").beginArray();
    List<String> ids = new ArrayList<>();
    Map<String, String> receipts = new LinkedHashMap<>();
    for (Object item : messages) {
      Map<String, Object> message = Template.map(item);
      String id = (String) message.get("MessageId");
      ids.add(id);
      receipts.put(id, (String) message.get("ReceiptHandle"));
      record(event, message);
    }
    event.endArray().endObject();
    Set<String> failed = deliver("sqs     " + queueArn.substring(queueArn.lastIndexOf(':') + 1),
        event.toString(), ids);
    List<Object> entries = new ArrayList<>();
    receipts.forEach((id, receipt) -> {
      if (!failed.contains(id)) {
        entries.add(Map.of("Id", "m" + entries.size(), "ReceiptHandle", receipt));
      }
    });
    if (!entries.isEmpty()) {
      aws.json("sqs", SQS + "DeleteMessageBatch", "1.0", Map.of("QueueUrl", queueUrl, "Entries", entries));
    }
    return true;
  }

  /** One message as a record of Lambda's SQS event. */
  private void record(JsonWriter json, Map<String, Object> message) {
    json.beginObject().name("messageId").value((String) message.get("MessageId"))
        .name("receiptHandle").value((String) message.get("ReceiptHandle"))
        .name("body").value((String) message.get("Body"))
        .name("attributes").beginObject();
    Template.map(message.get("Attributes")).forEach((name, value) -> json.name(name).value(String.valueOf(value)));
    json.endObject().name("messageAttributes").beginObject();
    Template.map(message.get("MessageAttributes")).forEach((name, value) -> {
      Map<String, Object> attribute = Template.map(value);
      json.name(name).beginObject()
          .name("stringValue").value((String) attribute.get("StringValue"))
          .name("binaryValue").value((String) attribute.get("BinaryValue"))
          .name("stringListValues").beginArray().endArray()
          .name("binaryListValues").beginArray().endArray()
          .name("dataType").value((String) attribute.get("DataType")).endObject();
    });
    String region = queueArn.split(":")[3];
    json.endObject().name("md5OfBody").value((String) message.get("MD5OfBody"))
        .name("eventSource").value("aws:sqs").name("eventSourceARN").value(queueArn)
        .name("awsRegion").value(region).endObject();
  }
}
