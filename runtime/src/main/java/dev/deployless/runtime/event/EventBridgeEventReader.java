package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Reads the EventBridge event a rule sends a function: {@code {"version", "id", "detail-type",
 * "source", "account", "time", "region", "resources", "detail"}}. The detail is kept as JSON text,
 * for the method's type to be read from.
 */
public final class EventBridgeEventReader {
  private static final String[] FIELDS = {"version", "id", "detail-type", "source", "account",
      "time", "region", "resources", "detail"};

  private EventBridgeEventReader() {}

  /**
   * The event, with its {@code detail} as JSON text ({@code null} when it has none).
   *
   * @throws MalformedEventException if {@code event} is not an EventBridge event
   */
  public static EventBridgeEvent<String> read(byte[] event) {
    String version = null;
    String id = null;
    String detailType = null;
    String source = null;
    String account = null;
    Instant time = null;
    String region = null;
    List<String> resources = Collections.emptyList();
    String detail = null;
    try {
      JsonReader reader = new JsonReader(event);
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName(FIELDS)) {
          case 0:
            version = EventJson.string(reader);
            break;
          case 1:
            id = EventJson.string(reader);
            break;
          case 2:
            detailType = EventJson.string(reader);
            break;
          case 3:
            source = EventJson.string(reader);
            break;
          case 4:
            account = EventJson.string(reader);
            break;
          case 5:
            time = EventJson.instant(reader);
            break;
          case 6:
            region = EventJson.string(reader);
            break;
          case 7:
            resources = EventJson.stringList(reader);
            break;
          case 8: {
            int start = reader.valueStart();
            reader.skipValue();
            detail = new String(event, start, reader.position() - start, StandardCharsets.UTF_8);
            break;
          }
          default:
            reader.skipTrustedValue();
        }
      }
      reader.endObject();
      reader.endDocument();
    } catch (JsonException e) {
      throw new MalformedEventException("malformed EventBridge event: " + e.getMessage(), e);
    }
    if (source == null || detailType == null) {
      throw new MalformedEventException("malformed EventBridge event: $." + (source == null
          ? "source" : "detail-type") + " is missing; is the function triggered by EventBridge?");
    }
    return new EventBridgeEvent<>(id, version, detailType, source, account, time, region, resources,
        detail);
  }
}
