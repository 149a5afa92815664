package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the {@code Records} array of an SQS, SNS, S3 or DynamoDB event, one record at a time with
 * the source's reader; any other top-level field is skipped. Every problem is a
 * {@link MalformedEventException} naming the source and the JSON path.
 *
 * @param <R> the type of a record
 */
abstract class RecordsReader<R> {
  private static final String[] TOP_LEVEL = {"Records"};

  /** The source in messages: "SQS", "S3", "DynamoDB", "SNS". */
  private final String source;
  /** The value of a record's event source field ({@code aws:sqs}). */
  private final String eventSource;

  RecordsReader(String source, String eventSource) {
    this.source = source;
    this.eventSource = eventSource;
  }

  /** The records of {@code event}. */
  final List<R> records(byte[] event) {
    List<R> records = null;
    try {
      JsonReader reader = new JsonReader(event);
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName(TOP_LEVEL) != 0) {
          reader.skipTrustedValue();
        } else if (!reader.nextNull()) {
          records = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext()) {
            records.add(record(reader, records.size()));
          }
          reader.endArray();
        }
      }
      reader.endObject();
      reader.endDocument();
    } catch (JsonException e) {
      throw new MalformedEventException("malformed " + source + " event: " + e.getMessage(), e);
    }
    if (records == null) {
      throw new MalformedEventException("malformed " + source + " event: $.Records is missing;"
          + " is the function triggered by " + source + "?");
    }
    return Collections.unmodifiableList(records);
  }

  /** Reads record {@code index}, an object; the reader is positioned on it. */
  abstract R record(JsonReader reader, int index);

  /** The error for a required field missing from record {@code index}. */
  final MalformedEventException missing(String field, int index) {
    return new MalformedEventException("malformed " + source + " event: " + field
        + " is missing at $.Records[" + index + "]");
  }

  /**
   * Fails unless {@code found} (the record's event source field, if it has one) is this source's:
   * an event of another source has records of another shape.
   */
  final void checkSource(String found, int index) {
    if (found != null && !found.equals(eventSource)) {
      throw new MalformedEventException("malformed " + source + " event: $.Records[" + index
          + "] comes from " + found + ", not " + eventSource);
    }
  }
}
