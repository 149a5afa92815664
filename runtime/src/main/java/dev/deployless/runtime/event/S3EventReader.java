package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Reads the S3 event notification Lambda sends a function triggered by a bucket:
 * {@code {"Records": [{"eventSource", "awsRegion", "eventTime", "eventName", "userIdentity",
 * "requestParameters", "s3": {"bucket": {"name", "arn"}, "object": {"key", "size", "eTag",
 * "versionId", "sequencer"}}}]}}.
 */
public final class S3EventReader extends RecordsReader<S3Notification> {
  private static final String[] FIELDS = {"eventSource", "awsRegion", "eventTime", "eventName",
      "userIdentity", "requestParameters", "s3"};
  private static final String[] S3_FIELDS = {"bucket", "object"};
  private static final String[] BUCKET_FIELDS = {"name", "arn"};
  private static final String[] OBJECT_FIELDS = {"key", "size", "eTag", "versionId", "sequencer"};
  private static final String[] PRINCIPAL = {"principalId"};
  private static final String[] SOURCE_IP = {"sourceIPAddress"};

  private S3EventReader() {
    super("S3", "aws:s3");
  }

  /**
   * The records of an S3 event notification (S3 sends one per event).
   *
   * @throws MalformedEventException if {@code event} is not an S3 event notification
   */
  public static List<S3Notification> read(byte[] event) {
    return new S3EventReader().records(event);
  }

  @Override
  S3Notification record(JsonReader reader, int index) {
    String eventSource = null;
    String awsRegion = null;
    Instant eventTime = null;
    String eventName = null;
    String principalId = null;
    String sourceIp = null;
    Entity entity = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(FIELDS)) {
        case 0:
          eventSource = EventJson.string(reader);
          break;
        case 1:
          awsRegion = EventJson.string(reader);
          break;
        case 2:
          eventTime = EventJson.instant(reader);
          break;
        case 3:
          eventName = EventJson.string(reader);
          break;
        case 4:
          principalId = field(reader, PRINCIPAL);
          break;
        case 5:
          sourceIp = field(reader, SOURCE_IP);
          break;
        case 6:
          entity = reader.nextNull() ? null : entity(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    checkSource(eventSource, index);
    if (entity == null) {
      throw missing("s3", index);
    }
    if (entity.object == null) {
      throw missing("s3.object", index);
    }
    return new S3Notification(eventName, eventTime, awsRegion, entity.bucketName, entity.bucketArn,
        entity.object, principalId, sourceIp);
  }

  /** The {@code s3} entity's parts. */
  private static final class Entity {
    String bucketName;
    String bucketArn;
    S3Object object;
  }

  private static Entity entity(JsonReader reader) {
    Entity entity = new Entity();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(S3_FIELDS)) {
        case 0:
          if (!reader.nextNull()) {
            reader.beginObject();
            while (reader.hasNext()) {
              switch (reader.nextName(BUCKET_FIELDS)) {
                case 0:
                  entity.bucketName = EventJson.string(reader);
                  break;
                case 1:
                  entity.bucketArn = EventJson.string(reader);
                  break;
                default:
                  reader.skipTrustedValue();
              }
            }
            reader.endObject();
          }
          break;
        case 1:
          entity.object = reader.nextNull() ? null : object(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    return entity;
  }

  private static S3Object object(JsonReader reader) {
    String key = null;
    long size = -1;
    String eTag = null;
    String versionId = null;
    String sequencer = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName(OBJECT_FIELDS)) {
        case 0:
          key = EventJson.string(reader);
          if (key != null) {
            String decoded = urlDecode(key);
            if (decoded == null) {
              throw reader.unexpectedValue(key, "a URL-encoded object key");
            }
            key = decoded;
          }
          break;
        case 1:
          size = reader.nextNull() ? -1 : reader.nextLong();
          break;
        case 2:
          eTag = EventJson.string(reader);
          break;
        case 3:
          versionId = EventJson.string(reader);
          break;
        case 4:
          sequencer = EventJson.string(reader);
          break;
        default:
          reader.skipTrustedValue();
      }
    }
    reader.endObject();
    return new S3Object(key, size, eTag, versionId == null || versionId.isEmpty() ? null : versionId,
        sequencer);
  }

  /** The one string field {@code names[0]} of an object such as {@code userIdentity}, or null. */
  private static String field(JsonReader reader, String[] names) {
    if (reader.nextNull()) {
      return null;
    }
    String value = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName(names) == 0) {
        value = EventJson.string(reader);
      } else {
        reader.skipTrustedValue();
      }
    }
    reader.endObject();
    return value;
  }

  /**
   * {@code key} decoded as S3 encodes keys in notifications (form encoding: {@code +} is a space,
   * {@code %XX} a byte of UTF-8), or null if an escape is invalid.
   */
  static String urlDecode(String key) {
    if (key.indexOf('%') < 0 && key.indexOf('+') < 0) {
      return key;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        int high = i + 2 < key.length() ? Character.digit(key.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(key.charAt(i + 2), 16);
        if (low < 0) {
          return null;
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < key.length() ? i + 2 : i + 1;
        byte[] encoded = key.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i = end - 1;
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
