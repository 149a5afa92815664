package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonWriter;
import java.util.Collections;
import java.util.List;

/**
 * A partial batch failure response of an SQS or stream-triggered function: the items Lambda must
 * not consider processed, {@code {"batchItemFailures": [{"itemIdentifier": "..."}]}}. An SQS item
 * is named by its message id (those messages come back to the queue), a stream item by its
 * sequence number (Lambda retries the batch from the first of them). An empty list: all succeeded.
 *
 * @param itemIdentifiers the failed items, in batch order
 */
public record BatchItemFailures(List<String> itemIdentifiers) {

  public BatchItemFailures {
    itemIdentifiers = List.copyOf(itemIdentifiers);
  }

  /** The response of a batch that fully succeeded. */
  public static BatchItemFailures none() {
    return new BatchItemFailures(Collections.emptyList());
  }

  /** Whether every item succeeded. */
  public boolean isEmpty() {
    return itemIdentifiers.isEmpty();
  }

  /** The response as Lambda reads it. */
  public String toJson() {
    JsonWriter writer = new JsonWriter(new StringBuilder(32 + 64 * itemIdentifiers.size()));
    writer.beginObject().name("batchItemFailures").beginArray();
    for (String identifier : itemIdentifiers) {
      writer.beginObject().name("itemIdentifier").value(identifier).endObject();
    }
    writer.endArray().endObject();
    return writer.toString();
  }
}
