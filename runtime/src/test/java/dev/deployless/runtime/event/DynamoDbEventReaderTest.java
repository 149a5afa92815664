package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.event.DynamoDbStreamRecord.EventName;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading DynamoDB stream events. */
class DynamoDbEventReaderTest {

  private static String malformed(String event) {
    return assertThrows(MalformedEventException.class,
        () -> DynamoDbEventReader.read(Samples.json(event))).getMessage();
  }

  private static String record(String image) {
    return "{\"Records\":[{\"eventName\":\"INSERT\",\"dynamodb\":{\"SequenceNumber\":\"1\","
        + "\"NewImage\":" + image + "}}]}";
  }

  @Test
  void readsTheDocumentedInsertModifyAndRemove() {
    List<DynamoDbStreamRecord> records = DynamoDbEventReader.read(Samples.bytes("dynamodb.json"));
    assertEquals(3, records.size());
    DynamoDbStreamRecord insert = records.get(0);
    assertEquals(EventName.INSERT, insert.eventName());
    assertEquals("1", insert.eventId());
    assertEquals(Map.of("Id", AttributeValue.fromN("101")), insert.keys());
    assertEquals(Map.of("Message", AttributeValue.fromS("New item!"), "Id", AttributeValue.fromN("101")),
        insert.newImage());
    assertTrue(insert.oldImage().isEmpty());
    assertEquals("111", insert.sequenceNumber());
    assertEquals(26, insert.sizeBytes());
    assertEquals("NEW_AND_OLD_IMAGES", insert.streamViewType());
    assertEquals("ExampleTableWithStream", insert.tableName());
    assertEquals("us-east-1", insert.awsRegion());
    assertNull(insert.approximateCreationDateTime());
    DynamoDbStreamRecord modify = records.get(1);
    assertEquals(EventName.MODIFY, modify.eventName());
    assertEquals("This item has changed", modify.newImage().get("Message").s());
    assertEquals("New item!", modify.oldImage().get("Message").s());
    DynamoDbStreamRecord remove = records.get(2);
    assertEquals(EventName.REMOVE, remove.eventName());
    assertTrue(remove.newImage().isEmpty());
    assertFalse(remove.removedByTtl());
    assertEquals("333", remove.sequenceNumber());
  }

  @Test
  void readsEveryAttributeType() {
    DynamoDbStreamRecord insert = DynamoDbEventReader.read(Samples.bytes("dynamodb-types.json")).get(0);
    Map<String, AttributeValue> item = insert.newImage();
    assertEquals(Instant.ofEpochSecond(1428537600), insert.approximateCreationDateTime());
    assertEquals("ums-users", insert.tableName());
    assertEquals("ada@example.com", item.get("email").s());
    assertEquals("36", item.get("age").n());
    assertEquals("12345678901234567890123456789.0123456789", item.get("balance").n());
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        item.get("avatar").b());
    assertEquals(List.of("ADMIN", "MEMBER"), item.get("roles").ss());
    assertEquals(List.of("1", "2.5", "-3E2"), item.get("scores").ns());
    assertArrayEquals(new byte[] {0, 1}, item.get("keys").bs().get(0));
    assertArrayEquals(new byte[] {2, 3}, item.get("keys").bs().get(1));
    assertEquals("Paris", item.get("address").m().get("city").s());
    assertEquals("75001", item.get("address").m().get("zip").n());
    List<AttributeValue> history = item.get("history").l();
    assertEquals(List.of(AttributeValue.fromS("created"), AttributeValue.fromN("1"),
        AttributeValue.fromBool(false), AttributeValue.fromNul(), AttributeValue.fromL(List.of()),
        AttributeValue.fromM(Map.of())), history);
    assertEquals(Boolean.TRUE, item.get("active").bool());
    assertEquals(Boolean.TRUE, item.get("deletedAt").nul());
    assertEquals(List.of("tenant_id", "user_id", "email", "age", "balance", "avatar", "roles", "scores",
        "keys", "address", "history", "active", "deletedAt"), List.copyOf(item.keySet()));
  }

  @Test
  void tellsARemovalByTimeToLive() {
    DynamoDbStreamRecord expiry = DynamoDbEventReader.read(Samples.bytes("dynamodb-types.json")).get(1);
    assertEquals(EventName.REMOVE, expiry.eventName());
    assertTrue(expiry.removedByTtl());
    assertEquals("dynamodb.amazonaws.com", expiry.principalId());
    assertEquals(Instant.ofEpochSecond(1704067200), expiry.approximateCreationDateTime());
  }

  @Test
  void aHugeBatchIsReadWhole() {
    List<DynamoDbStreamRecord> records = DynamoDbEventReader.read(Samples.dynamoDbBatch(10_000));
    assertEquals(10_000, records.size());
    assertEquals("10099", records.get(9999).sequenceNumber());
  }

  @Test
  void attributeValuesOfNoSingleTypeAreMalformed() {
    assertEquals("malformed DynamoDB event: expected an attribute value of one type (S, N, B, SS, NS,"
        + " BS, M, L, BOOL or NULL) at $.Records[0].dynamodb.NewImage.a but found an empty object",
        malformed(record("{\"a\":{}}")));
    assertEquals("malformed DynamoDB event: expected an attribute value of one type (S, N, B, SS, NS,"
        + " BS, M, L, BOOL or NULL) at $.Records[0].dynamodb.NewImage.a.N but found a second name",
        malformed(record("{\"a\":{\"S\":\"x\",\"N\":\"1\"}}")));
    assertEquals("malformed DynamoDB event: expected an attribute value of one type (S, N, B, SS, NS,"
        + " BS, M, L, BOOL or NULL) at $.Records[0].dynamodb.NewImage.a but found another name",
        malformed(record("{\"a\":{\"X\":\"x\"}}")));
    assertEquals("malformed DynamoDB event: expected an object at $.Records[0].dynamodb.NewImage.a"
        + " but found a string", malformed(record("{\"a\":\"plain\"}")));
    assertEquals("malformed DynamoDB event: expected a string at $.Records[0].dynamodb.NewImage.a.N"
        + " but found a number", malformed(record("{\"a\":{\"N\":1}}")));
    assertEquals("malformed DynamoDB event: expected a string at"
        + " $.Records[0].dynamodb.NewImage.a.L[1].M.b.SS[0] but found a number",
        malformed(record("{\"a\":{\"L\":[{\"S\":\"x\"},{\"M\":{\"b\":{\"SS\":[1]}}}]}}")));
  }

  @Test
  void deeplyNestedValuesStopAtTheDepthLimit() {
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      nested.append("{\"L\":[");
    }
    nested.append("{\"S\":\"x\"}");
    for (int i = 0; i < 200; i++) {
      nested.append("]}");
    }
    String message = malformed(record("{\"a\":" + nested + "}"));
    assertTrue(message.contains("exceeds the nesting depth limit of 256 levels"), message);
  }

  @Test
  void aRecordWithoutItsChangeIsMalformed() {
    assertEquals("malformed DynamoDB event: eventName is missing at $.Records[0]",
        malformed("{\"Records\":[{\"dynamodb\":{\"SequenceNumber\":\"1\"}}]}"));
    assertEquals("malformed DynamoDB event: dynamodb is missing at $.Records[0]",
        malformed("{\"Records\":[{\"eventName\":\"INSERT\"}]}"));
    assertEquals("malformed DynamoDB event: dynamodb.SequenceNumber is missing at $.Records[0]",
        malformed("{\"Records\":[{\"eventName\":\"INSERT\",\"dynamodb\":{}}]}"));
    assertEquals("malformed DynamoDB event: expected INSERT, MODIFY or REMOVE at $.Records[0].eventName"
        + " but found \"UPSERT\"", malformed("{\"Records\":[{\"eventName\":\"UPSERT\"}]}"));
    assertEquals("malformed DynamoDB event: $.Records[0] comes from aws:sqs, not aws:dynamodb",
        malformed(Samples.text("sqs.json")));
  }
}
