package dev.deployless.runtime.event;

import java.time.Instant;
import java.util.Map;

/**
 * One message of an SNS event, as Lambda delivers it to a function subscribed to a topic.
 *
 * @param messageId the message's id (the same on every delivery of one message)
 * @param topicArn the topic's ARN
 * @param subject the subject given when publishing, or null
 * @param message the message as published
 * @param timestamp when the message was published
 * @param messageAttributes the publisher's message attributes by name
 * @param subscriptionArn the ARN of the function's subscription ({@code EventSubscriptionArn})
 */
public record SnsMessage(
    String messageId,
    String topicArn,
    String subject,
    String message,
    Instant timestamp,
    Map<String, MessageAttribute> messageAttributes,
    String subscriptionArn) {

  /**
   * A message attribute set by the publisher.
   *
   * @param type {@code String}, {@code String.Array} (a JSON array as text), {@code Number} or
   *     {@code Binary} (base64)
   * @param value the value as text
   */
  public record MessageAttribute(String type, String value) {}
}
