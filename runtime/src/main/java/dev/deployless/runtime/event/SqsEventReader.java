package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SQS event Lambda sends a function triggered by a queue:
 * {@code {"Records": [{"messageId", "receiptHandle", "body", "attributes", "messageAttributes",
 * "md5OfBody", "eventSource", "eventSourceARN", "awsRegion"}, ...]}}.
 */
public final class SqsEventReader extends RecordsReader<SqsMessage> {
  private static final String[] FIELDS = {"messageId", "receiptHandle", "body", "attributes",
      "messageAttributes", "md5OfBody", "eventSource", "eventSourceARN", "awsRegion"};
  private static final String[] ATTRIBUTE_FIELDS = {"dataType", "stringValue", "binaryValue"};

  private SqsEventReader() {
    super("SQS", "aws:sqs");
  }

  /**
   * The messages of an SQS event, in order.
   *
   * @throws MalformedEventException if {@code event} is not an SQS event
   */
  public static List<SqsMessage> read(byte[] event) {
    return new SqsEventReader().records(event);
  }

  @Override
  SqsMessage record(JsonReader reader, int index) {
    String messageId = null;
    String receiptHandle = null;
    String body = null;
    Map<String, String> attributes = Collections.emptyMap();
    Map<String, SqsMessage.MessageAttribute> messageAttributes = Collections.emptyMap();
    String md5OfBody = null;
    String eventSource = null;
    String eventSourceArn = null;
    String awsRegion = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(FIELDS)) {
        case 0:
          messageId = EventJson.string(reader);
          break;
        case 1:
          receiptHandle = EventJson.string(reader);
          break;
        case 2:
          body = EventJson.string(reader);
          break;
        case 3:
          attributes = EventJson.stringMap(reader);
          break;
        case 4:
          messageAttributes = messageAttributes(reader);
          break;
        case 5:
          md5OfBody = EventJson.string(reader);
          break;
        case 6:
          eventSource = EventJson.string(reader);
          break;
        case 7:
          eventSourceArn = EventJson.string(reader);
          break;
        case 8:
          awsRegion = EventJson.string(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    checkSource(eventSource, index);
    if (messageId == null || messageId.isEmpty()) {
      throw missing("messageId", index);
    }
    if (body == null) {
      throw missing("body", index);
    }
    return new SqsMessage(messageId, receiptHandle, body, attributes, messageAttributes, md5OfBody,
        eventSourceArn, awsRegion);
  }

  private static Map<String, SqsMessage.MessageAttribute> messageAttributes(JsonReader reader) {
    if (reader.nextNull()) {
      return Collections.emptyMap();
    }
    Map<String, SqsMessage.MessageAttribute> attributes = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String dataType = null;
      String stringValue = null;
      String binaryValue = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName(ATTRIBUTE_FIELDS)) {
          case 0:
            dataType = EventJson.string(reader);
            break;
          case 1:
            stringValue = EventJson.string(reader);
            break;
          case 2:
            binaryValue = EventJson.string(reader);
            break;
          default:
            reader.skipTrustedValue();
        }
      }
      reader.endObject();
      attributes.put(name, new SqsMessage.MessageAttribute(dataType, stringValue, binaryValue));
    }
    reader.endObject();
    return Collections.unmodifiableMap(attributes);
  }
}
