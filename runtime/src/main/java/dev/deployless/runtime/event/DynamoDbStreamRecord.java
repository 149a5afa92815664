package dev.deployless.runtime.event;

import java.time.Instant;
import java.util.Map;

/**
 * One record of a DynamoDB stream, as Lambda delivers it to a function triggered by a table: a
 * change of one item.
 *
 * @param eventId the record's id
 * @param eventName what changed the item
 * @param keys the item's key attributes
 * @param newImage the item after the change; empty for a removal or when the stream carries no new
 *     images ({@code KEYS_ONLY}, {@code OLD_IMAGE})
 * @param oldImage the item before the change; empty for an insertion or when the stream carries no
 *     old images ({@code KEYS_ONLY}, {@code NEW_IMAGE})
 * @param sequenceNumber the record's position in its shard: what a partial batch failure names
 * @param sizeBytes the size of the record's keys and images
 * @param streamViewType what the stream carries: {@code KEYS_ONLY}, {@code NEW_IMAGE},
 *     {@code OLD_IMAGE} or {@code NEW_AND_OLD_IMAGES}
 * @param approximateCreationDateTime when the change happened, to the second
 * @param eventSourceArn the stream's ARN
 * @param awsRegion the table's region
 * @param principalId who made the change when DynamoDB did ({@code dynamodb.amazonaws.com} for a
 *     removal by time to live), else null
 */
public record DynamoDbStreamRecord(
    String eventId,
    EventName eventName,
    Map<String, AttributeValue> keys,
    Map<String, AttributeValue> newImage,
    Map<String, AttributeValue> oldImage,
    String sequenceNumber,
    long sizeBytes,
    String streamViewType,
    Instant approximateCreationDateTime,
    String eventSourceArn,
    String awsRegion,
    String principalId) {

  /** What changed an item. */
  public enum EventName {
    /** A new item was added. */
    INSERT,
    /** One or more attributes of an item changed. */
    MODIFY,
    /** An item was deleted. */
    REMOVE
  }

  /** Whether DynamoDB itself removed the item because its time to live expired. */
  public boolean removedByTtl() {
    return eventName == EventName.REMOVE && "dynamodb.amazonaws.com".equals(principalId);
  }

  /** The table's name, from {@link #eventSourceArn()} ({@code ...:table/NAME/stream/...}). */
  public String tableName() {
    if (eventSourceArn == null) {
      return null;
    }
    int start = eventSourceArn.indexOf(":table/");
    if (start < 0) {
      return null;
    }
    start += ":table/".length();
    int end = eventSourceArn.indexOf('/', start);
    return eventSourceArn.substring(start, end < 0 ? eventSourceArn.length() : end);
  }
}
