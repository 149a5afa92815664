package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonReader;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SNS event Lambda sends a subscribed function:
 * {@code {"Records": [{"EventSource", "EventVersion", "EventSubscriptionArn", "Sns": {"Type",
 * "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "MessageAttributes", ...}}]}}.
 */
public final class SnsEventReader extends RecordsReader<SnsMessage> {
  private static final String[] FIELDS = {"EventSource", "EventSubscriptionArn", "Sns"};
  private static final String[] SNS_FIELDS = {"MessageId", "TopicArn", "Subject", "Message",
      "Timestamp", "MessageAttributes"};
  private static final String[] ATTRIBUTE_FIELDS = {"Type", "Value"};

  private SnsEventReader() {
    super("SNS", "aws:sns");
  }

  /**
   * The messages of an SNS event (SNS sends one per event).
   *
   * @throws MalformedEventException if {@code event} is not an SNS event
   */
  public static List<SnsMessage> read(byte[] event) {
    return new SnsEventReader().records(event);
  }

  @Override
  SnsMessage record(JsonReader reader, int index) {
    String eventSource = null;
    String subscriptionArn = null;
    SnsMessage message = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(FIELDS)) {
        case 0:
          eventSource = EventJson.string(reader);
          break;
        case 1:
          subscriptionArn = EventJson.string(reader);
          break;
        case 2:
          message = reader.nextNull() ? null : sns(reader, index);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    checkSource(eventSource, index);
    if (message == null) {
      throw missing("Sns", index);
    }
    return new SnsMessage(message.messageId(), message.topicArn(), message.subject(),
        message.message(), message.timestamp(), message.messageAttributes(), subscriptionArn);
  }

  private SnsMessage sns(JsonReader reader, int index) {
    String messageId = null;
    String topicArn = null;
    String subject = null;
    String message = null;
    Instant timestamp = null;
    Map<String, SnsMessage.MessageAttribute> attributes = Collections.emptyMap();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(SNS_FIELDS)) {
        case 0:
          messageId = EventJson.string(reader);
          break;
        case 1:
          topicArn = EventJson.string(reader);
          break;
        case 2:
          subject = EventJson.string(reader);
          break;
        case 3:
          message = EventJson.string(reader);
          break;
        case 4:
          timestamp = EventJson.instant(reader);
          break;
        case 5:
          attributes = messageAttributes(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    if (messageId == null || messageId.isEmpty()) {
      throw missing("Sns.MessageId", index);
    }
    if (message == null) {
      throw missing("Sns.Message", index);
    }
    return new SnsMessage(messageId, topicArn, subject, message, timestamp, attributes, null);
  }

  private static Map<String, SnsMessage.MessageAttribute> messageAttributes(JsonReader reader) {
    if (reader.nextNull()) {
      return Collections.emptyMap();
    }
    Map<String, SnsMessage.MessageAttribute> attributes = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String type = null;
      String value = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName(ATTRIBUTE_FIELDS)) {
          case 0:
            type = EventJson.string(reader);
            break;
          case 1:
            value = EventJson.string(reader);
            break;
          default:
            reader.skipTrustedValue();
        }
      }
      reader.endObject();
      attributes.put(name, new SnsMessage.MessageAttribute(type, value));
    }
    reader.endObject();
    return Collections.unmodifiableMap(attributes);
  }
}
