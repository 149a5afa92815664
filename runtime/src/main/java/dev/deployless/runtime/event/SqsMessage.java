package dev.deployless.runtime.event;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * One message of an SQS event, as Lambda delivers it to a function triggered by a queue.
 *
 * @param messageId the message's id: what a partial batch failure names
 * @param receiptHandle the handle for {@code DeleteMessage} or {@code ChangeMessageVisibility}
 * @param body the message body as sent
 * @param attributes the system attributes, such as {@code ApproximateReceiveCount},
 *     {@code SentTimestamp}, {@code SenderId}, {@code MessageGroupId} (FIFO)
 * @param messageAttributes the sender's message attributes by name
 * @param md5OfBody the MD5 digest of the body, in hex
 * @param eventSourceArn the queue's ARN
 * @param awsRegion the queue's region
 */
public record SqsMessage(
    String messageId,
    String receiptHandle,
    String body,
    Map<String, String> attributes,
    Map<String, MessageAttribute> messageAttributes,
    String md5OfBody,
    String eventSourceArn,
    String awsRegion) {

  /**
   * A message attribute set by the sender.
   *
   * @param dataType {@code String}, {@code Number}, {@code Binary}, or one of them with a custom
   *     suffix ({@code Number.int})
   * @param stringValue the value of a {@code String} or {@code Number} attribute, else null
   * @param binaryValue the base64 value of a {@code Binary} attribute, else null
   */
  public record MessageAttribute(String dataType, String stringValue, String binaryValue) {

    /** The decoded value of a {@code Binary} attribute, or null. */
    public byte[] binary() {
      return binaryValue == null ? null : Base64.getDecoder().decode(binaryValue);
    }
  }

  /** How many times the message has been received, this time included ({@code ApproximateReceiveCount}). */
  public int receiveCount() {
    String count = attributes.get("ApproximateReceiveCount");
    return count == null ? 1 : Integer.parseInt(count);
  }

  /** When the message was sent ({@code SentTimestamp}), or null if the event does not say. */
  public Instant sentTimestamp() {
    String millis = attributes.get("SentTimestamp");
    return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
  }

  /** The message group of a FIFO queue's message ({@code MessageGroupId}), else null. */
  public String messageGroupId() {
    return attributes.get("MessageGroupId");
  }

  /** Whether the message comes from a FIFO queue, whose messages must be processed in order. */
  public boolean fromFifoQueue() {
    return (eventSourceArn != null && eventSourceArn.endsWith(".fifo"))
        || attributes.containsKey("MessageGroupId");
  }

  /** The name of the queue, from {@link #eventSourceArn()}. */
  public String queueName() {
    return eventSourceArn == null ? null : eventSourceArn.substring(eventSourceArn.lastIndexOf(':') + 1);
  }
}
