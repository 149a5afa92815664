package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the DynamoDB stream event Lambda sends a function triggered by a table:
 * {@code {"Records": [{"eventID", "eventName", "eventSource", "awsRegion", "eventSourceARN",
 * "userIdentity", "dynamodb": {"Keys", "NewImage", "OldImage", "SequenceNumber", "SizeBytes",
 * "StreamViewType", "ApproximateCreationDateTime"}}]}}, with attribute values in DynamoDB JSON
 * ({@code {"S": "..."}}, {@code {"N": "..."}}, ...).
 */
public final class DynamoDbEventReader extends RecordsReader<DynamoDbStreamRecord> {
  private static final String[] FIELDS = {"eventID", "eventName", "eventSource", "awsRegion",
      "eventSourceARN", "userIdentity", "dynamodb"};
  private static final String[] STREAM_FIELDS = {"Keys", "NewImage", "OldImage", "SequenceNumber",
      "SizeBytes", "StreamViewType", "ApproximateCreationDateTime"};
  private static final String[] PRINCIPAL = {"principalId"};
  private static final String[] TYPES = {"S", "N", "B", "SS", "NS", "BS", "M", "L", "BOOL", "NULL"};
  private static final String TYPE_FORM =
      "an attribute value of one type (S, N, B, SS, NS, BS, M, L, BOOL or NULL)";

  private DynamoDbEventReader() {
    super("DynamoDB", "aws:dynamodb");
  }

  /**
   * The records of a DynamoDB stream event, in stream order.
   *
   * @throws MalformedEventException if {@code event} is not a DynamoDB stream event
   */
  public static List<DynamoDbStreamRecord> read(byte[] event) {
    return new DynamoDbEventReader().records(event);
  }

  /** The {@code dynamodb} part of a record. */
  private static final class Change {
    Map<String, AttributeValue> keys = Collections.emptyMap();
    Map<String, AttributeValue> newImage = Collections.emptyMap();
    Map<String, AttributeValue> oldImage = Collections.emptyMap();
    String sequenceNumber;
    long sizeBytes;
    String streamViewType;
    Instant created;
  }

  @Override
  DynamoDbStreamRecord record(JsonReader reader, int index) {
    String eventId = null;
    DynamoDbStreamRecord.EventName eventName = null;
    String eventSource = null;
    String awsRegion = null;
    String eventSourceArn = null;
    String principalId = null;
    Change change = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(FIELDS)) {
        case 0:
          eventId = EventJson.string(reader);
          break;
        case 1:
          eventName = eventName(reader);
          break;
        case 2:
          eventSource = EventJson.string(reader);
          break;
        case 3:
          awsRegion = EventJson.string(reader);
          break;
        case 4:
          eventSourceArn = EventJson.string(reader);
          break;
        case 5:
          principalId = principal(reader);
          break;
        case 6:
          change = reader.nextNull() ? null : change(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    checkSource(eventSource, index);
    if (eventName == null) {
      throw missing("eventName", index);
    }
    if (change == null) {
      throw missing("dynamodb", index);
    }
    if (change.sequenceNumber == null || change.sequenceNumber.isEmpty()) {
      throw missing("dynamodb.SequenceNumber", index);
    }
    return new DynamoDbStreamRecord(eventId, eventName, change.keys, change.newImage,
        change.oldImage, change.sequenceNumber, change.sizeBytes, change.streamViewType,
        change.created, eventSourceArn, awsRegion, principalId);
  }

  private static DynamoDbStreamRecord.EventName eventName(JsonReader reader) {
    String name = EventJson.string(reader);
    if (name == null) {
      return null;
    }
    switch (name) {
      case "INSERT":
        return DynamoDbStreamRecord.EventName.INSERT;
      case "MODIFY":
        return DynamoDbStreamRecord.EventName.MODIFY;
      case "REMOVE":
        return DynamoDbStreamRecord.EventName.REMOVE;
      default:
        throw reader.unexpectedValue(name, "INSERT, MODIFY or REMOVE");
    }
  }

  private static String principal(JsonReader reader) {
    if (reader.nextNull()) {
      return null;
    }
    String principal = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName(PRINCIPAL) == 0) {
        principal = EventJson.string(reader);
      } else {
        reader.skipTrustedValue();
      }
    }
    reader.endObject();
    return principal;
  }

  private static Change change(JsonReader reader) {
    Change change = new Change();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(STREAM_FIELDS)) {
        case 0:
          change.keys = item(reader);
          break;
        case 1:
          change.newImage = item(reader);
          break;
        case 2:
          change.oldImage = item(reader);
          break;
        case 3:
          change.sequenceNumber = EventJson.string(reader);
          break;
        case 4:
          change.sizeBytes = reader.nextNull() ? 0 : reader.nextLong();
          break;
        case 5:
          change.streamViewType = EventJson.string(reader);
          break;
        case 6:
          change.created = epochSeconds(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    return change;
  }

  /** Epoch seconds, an integer or a decimal number, as an instant. */
  private static Instant epochSeconds(JsonReader reader) {
    if (reader.nextNull()) {
      return null;
    }
    double seconds = reader.nextDouble();
    long whole = (long) Math.floor(seconds);
    return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
  }

  /** An item: attribute values by name, or an empty map for {@code null}. */
  private static Map<String, AttributeValue> item(JsonReader reader) {
    if (reader.nextNull()) {
      return Collections.emptyMap();
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      item.put(name, value(reader));
    }
    reader.endObject();
    return Collections.unmodifiableMap(item);
  }

  /** One attribute value in DynamoDB JSON: an object of exactly one type tag. */
  private static AttributeValue value(JsonReader reader) {
    reader.beginObject();
    if (!reader.hasNext()) {
      reader.endObject();
      throw typeError(reader, "an empty object");
    }
    int tag = reader.nextName(TYPES);
    AttributeValue value;
    switch (tag) {
      case 0:
        value = AttributeValue.fromS(reader.nextString());
        break;
      case 1:
        value = AttributeValue.fromN(reader.nextString());
        break;
      case 2:
        value = AttributeValue.ofBase64(AttributeValue.Type.B, reader.nextString());
        break;
      case 3:
        value = AttributeValue.ofStrings(AttributeValue.Type.SS, strings(reader));
        break;
      case 4:
        value = AttributeValue.ofStrings(AttributeValue.Type.NS, strings(reader));
        break;
      case 5:
        value = AttributeValue.ofBase64(AttributeValue.Type.BS,
            Collections.unmodifiableList(strings(reader)));
        break;
      case 6:
        value = AttributeValue.ofMap(mapValue(reader));
        break;
      case 7:
        value = AttributeValue.ofList(listValue(reader));
        break;
      case 8:
        value = AttributeValue.fromBool(reader.nextBoolean());
        break;
      case 9:
        reader.nextBoolean();
        value = AttributeValue.fromNul();
        break;
      default:
        throw typeError(reader, "another name");
    }
    if (reader.hasNext()) {
      reader.nextName();
      throw typeError(reader, "a second name");
    }
    reader.endObject();
    return value;
  }

  private static JsonException typeError(JsonReader reader, String found) {
    return new JsonException("expected " + TYPE_FORM + " at " + reader.path() + " but found " + found);
  }

  private static List<String> strings(JsonReader reader) {
    List<String> values = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      values.add(reader.nextString());
    }
    reader.endArray();
    return values;
  }

  private static Map<String, AttributeValue> mapValue(JsonReader reader) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      map.put(name, value(reader));
    }
    reader.endObject();
    return map;
  }

  private static List<AttributeValue> listValue(JsonReader reader) {
    List<AttributeValue> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      list.add(value(reader));
    }
    reader.endArray();
    return list;
  }
}
