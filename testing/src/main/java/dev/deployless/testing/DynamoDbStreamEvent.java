package dev.deployless.testing;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the DynamoDB stream event Lambda's event source mapping sends a function, from the answer
 * of the DynamoDB Streams {@code GetRecords} API (as {@code moto_server} or AWS gives it): the same
 * records, each with the stream's {@code eventSourceARN} added, as Lambda does.
 */
public final class DynamoDbStreamEvent {
  private DynamoDbStreamEvent() {}

  /**
   * The event for the records of {@code getRecordsResponse} ({@code {"Records": [...],
   * "NextShardIterator": ...}}) read from the stream {@code streamArn}.
   */
  @SuppressWarnings("unchecked")
  public static byte[] fromGetRecords(String getRecordsResponse, String streamArn) {
    Map<String, Object> response = JsonReader.of(getRecordsResponse).readObject();
    Object records = response.get("Records");
    if (!(records instanceof List)) {
      throw new IllegalArgumentException("not a GetRecords response: Records is missing");
    }
    for (Object record : (List<Object>) records) {
      Map<String, Object> fields = (Map<String, Object>) record;
      if (!fields.containsKey("eventSourceARN")) {
        fields.put("eventSourceARN", streamArn);
      }
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("Records", records);
    return JsonValues.toJson(event).getBytes(StandardCharsets.UTF_8);
  }
}
