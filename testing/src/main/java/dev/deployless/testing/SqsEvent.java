package dev.deployless.testing;

import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the SQS event Lambda's event source mapping sends a function, from messages as
 * {@code ReceiveMessage} returns them (id, receipt handle, body, attributes, message attributes):
 * {@code {"Records": [{"messageId", "receiptHandle", "body", "attributes", "messageAttributes",
 * "md5OfBody", "eventSource": "aws:sqs", "eventSourceARN", "awsRegion"}]}}.
 *
 * <pre>{@code
 * byte[] event = SqsEvent.queue("arn:aws:sqs:eu-west-1:123456789012:orders")
 *     .message("m-1", "{\"orderId\":\"ord-1\"}")
 *     .bytes();
 * }</pre>
 */
public final class SqsEvent {
  private final String queueArn;
  private final String region;
  private final List<Message> messages = new ArrayList<>();

  private record Message(String id, String receiptHandle, String body, Map<String, String> attributes,
      Map<String, String> stringAttributes) {}

  private SqsEvent(String queueArn) {
    this.queueArn = queueArn;
    String[] parts = queueArn.split(":");
    this.region = parts.length > 3 ? parts[3] : "us-east-1";
  }

  /** An event of the queue {@code queueArn} ({@code arn:aws:sqs:REGION:ACCOUNT:NAME}). */
  public static SqsEvent queue(String queueArn) {
    return new SqsEvent(queueArn);
  }

  /** Adds a message received once, sent at a fixed time, with no message attributes. */
  public SqsEvent message(String messageId, String body) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("ApproximateReceiveCount", "1");
    attributes.put("SentTimestamp", "1700000000000");
    attributes.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
    attributes.put("ApproximateFirstReceiveTimestamp", "1700000000005");
    if (queueArn.endsWith(".fifo")) {
      attributes.put("MessageGroupId", "default");
      attributes.put("MessageDeduplicationId", messageId);
    }
    return message(messageId, "AQEB" + messageId, body, attributes, Map.of());
  }

  /**
   * Adds a message as {@code ReceiveMessage} returned it: its system {@code attributes}
   * ({@code ApproximateReceiveCount}, {@code SentTimestamp}, ...) and its {@code String} message
   * attributes.
   */
  public SqsEvent message(String messageId, String receiptHandle, String body,
      Map<String, String> attributes, Map<String, String> stringAttributes) {
    messages.add(new Message(messageId, receiptHandle, body, new LinkedHashMap<>(attributes),
        new LinkedHashMap<>(stringAttributes)));
    return this;
  }

  /** The event as JSON text. */
  public String json() {
    JsonWriter json = new JsonWriter();
    json.beginObject().name("Records").beginArray();
    for (Message message : messages) {
      json.beginObject();
      json.name("messageId").value(message.id());
      json.name("receiptHandle").value(message.receiptHandle());
      json.name("body").value(message.body());
      json.name("attributes").beginObject();
      for (Map.Entry<String, String> attribute : message.attributes().entrySet()) {
        json.name(attribute.getKey()).value(attribute.getValue());
      }
      json.endObject();
      json.name("messageAttributes").beginObject();
      for (Map.Entry<String, String> attribute : message.stringAttributes().entrySet()) {
        json.name(attribute.getKey()).beginObject().name("stringValue").value(attribute.getValue())
            .name("stringListValues").beginArray().endArray()
            .name("binaryListValues").beginArray().endArray()
            .name("dataType").value("String").endObject();
      }
      json.endObject();
      json.name("md5OfBody").value(md5(message.body()));
      json.name("eventSource").value("aws:sqs");
      json.name("eventSourceARN").value(queueArn);
      json.name("awsRegion").value(region);
      json.endObject();
    }
    return json.endArray().endObject().toString();
  }

  /** The event as UTF-8 bytes, as Lambda hands it to a stream handler. */
  public byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  private static String md5(String body) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(32);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
