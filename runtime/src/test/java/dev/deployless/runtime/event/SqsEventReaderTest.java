package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading SQS events: AWS's sample events, and events that are not SQS events. */
class SqsEventReaderTest {

  private static String malformed(String event) {
    return assertThrows(MalformedEventException.class, () -> SqsEventReader.read(Samples.json(event)))
        .getMessage();
  }

  @Test
  void readsTheDocumentedStandardQueueEvent() {
    List<SqsMessage> messages = SqsEventReader.read(Samples.bytes("sqs.json"));
    assertEquals(2, messages.size());
    SqsMessage first = messages.get(0);
    assertEquals("059f36b4-87a3-44ab-83d2-661975830a7d", first.messageId());
    assertEquals("AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...", first.receiptHandle());
    assertEquals("Test message.", first.body());
    assertEquals("e4e68fb7bd0e697a0ae8f1bb342846b3", first.md5OfBody());
    assertEquals("arn:aws:sqs:us-east-2:123456789012:my-queue", first.eventSourceArn());
    assertEquals("us-east-2", first.awsRegion());
    assertEquals("my-queue", first.queueName());
    assertEquals(Map.of("ApproximateReceiveCount", "1", "SentTimestamp", "1545082649183", "SenderId",
        "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp", "1545082649185"), first.attributes());
    assertEquals(1, first.receiveCount());
    assertEquals(Instant.ofEpochMilli(1545082649183L), first.sentTimestamp());
    assertEquals(Map.of("myAttribute", new SqsMessage.MessageAttribute("String", "myValue", null)),
        first.messageAttributes());
    assertFalse(first.fromFifoQueue());
    assertNull(first.messageGroupId());
    assertEquals("2e1424d4-f796-459a-8184-9c92662be6da", messages.get(1).messageId());
    assertTrue(messages.get(1).messageAttributes().isEmpty());
  }

  @Test
  void readsTheDocumentedFifoQueueEvent() {
    SqsMessage message = SqsEventReader.read(Samples.bytes("sqs-fifo.json")).get(0);
    assertTrue(message.fromFifoQueue());
    assertEquals("1", message.messageGroupId());
    assertEquals("18849496460467696128", message.attributes().get("SequenceNumber"));
    assertEquals("fifo.fifo", message.queueName());
  }

  @Test
  void readsJsonBodiesAsTextAndEveryAttributeType() {
    List<SqsMessage> messages = SqsEventReader.read(Samples.bytes("sqs-orders.json"));
    assertEquals(4, messages.size());
    assertEquals("{\"orderId\":\"ord-1\",\"quantity\":2,\"note\":\"gift\"}", messages.get(0).body());
    Map<String, SqsMessage.MessageAttribute> attributes = messages.get(0).messageAttributes();
    assertEquals(List.of("tenant", "priority", "signature"), List.copyOf(attributes.keySet()));
    assertEquals("5", attributes.get("priority").stringValue());
    assertEquals("Number", attributes.get("priority").dataType());
    assertArrayEquals(new byte[] {0, 1, 2}, attributes.get("signature").binary());
    assertNull(attributes.get("tenant").binary());
    assertEquals(3, messages.get(1).receiveCount());
  }

  @Test
  void anEmptyBatchHasNoMessages() {
    assertTrue(SqsEventReader.read(Samples.json("{\"Records\":[]}")).isEmpty());
  }

  @Test
  void unknownFieldsAnywhereAreSkipped() {
    List<SqsMessage> messages = SqsEventReader.read(Samples.json("{\"extra\":{\"a\":[1,{\"b\":null}]},"
        + "\"Records\":[{\"future\":[true,1.5e3,\"x\"],\"messageId\":\"m\",\"body\":\"b\"}],\"more\":1}"));
    assertEquals("m", messages.get(0).messageId());
    assertTrue(messages.get(0).attributes().isEmpty());
  }

  @Test
  void aHugeBatchIsReadWhole() {
    List<SqsMessage> messages = SqsEventReader.read(Samples.sqsBatch(10_000, "arn:aws:sqs:eu-west-1:1:q"));
    assertEquals(10_000, messages.size());
    assertEquals("m9999", messages.get(9999).messageId());
    assertEquals("{\"n\":9999}", messages.get(9999).body());
  }

  @Test
  void anEventWithoutRecordsIsMalformed() {
    assertEquals("malformed SQS event: $.Records is missing; is the function triggered by SQS?",
        malformed("{\"httpMethod\":\"GET\",\"path\":\"/\"}"));
    assertEquals("malformed SQS event: $.Records is missing; is the function triggered by SQS?",
        malformed("{\"Records\":null}"));
  }

  @Test
  void aTruncatedEventIsMalformed() {
    String sample = Samples.text("sqs.json");
    for (int cut : new int[] {1, 40, sample.length() / 2, sample.length() - 3}) {
      String message = malformed(sample.substring(0, cut));
      assertTrue(message.startsWith("malformed SQS event: malformed JSON at line "), message);
    }
    assertTrue(malformed("").startsWith("malformed SQS event: malformed JSON"));
  }

  @Test
  void wrongTypesAreMalformedNamingTheirPath() {
    assertEquals("malformed SQS event: expected an array at $.Records but found an object",
        malformed("{\"Records\":{}}"));
    assertEquals("malformed SQS event: expected a string at $.Records[1].body but found a number",
        malformed("{\"Records\":[{\"messageId\":\"a\",\"body\":\"x\"},{\"messageId\":\"b\",\"body\":42}]}"));
    assertEquals("malformed SQS event: expected an object at $.Records[0] but found a string",
        malformed("{\"Records\":[\"message\"]}"));
    assertEquals("malformed SQS event: expected a string at $.Records[0].attributes.SentTimestamp"
        + " but found a number", malformed("{\"Records\":[{\"messageId\":\"a\",\"body\":\"x\","
        + "\"attributes\":{\"SentTimestamp\":1}}]}"));
    assertEquals("malformed SQS event: expected an object at $ but found an array", malformed("[]"));
  }

  @Test
  void aMessageWithoutIdOrBodyIsMalformed() {
    assertEquals("malformed SQS event: messageId is missing at $.Records[0]",
        malformed("{\"Records\":[{\"body\":\"x\"}]}"));
    assertEquals("malformed SQS event: messageId is missing at $.Records[0]",
        malformed("{\"Records\":[{\"messageId\":\"\",\"body\":\"x\"}]}"));
    assertEquals("malformed SQS event: body is missing at $.Records[1]",
        malformed("{\"Records\":[{\"messageId\":\"a\",\"body\":\"\"},{\"messageId\":\"b\"}]}"));
  }

  @Test
  void anEventOfAnotherSourceIsMalformed() {
    assertEquals("malformed SQS event: $.Records[0] comes from aws:s3, not aws:sqs",
        malformed(Samples.text("s3.json")));
    assertEquals("malformed SQS event: messageId is missing at $.Records[0]",
        malformed(Samples.text("sns.json")));
    assertEquals("malformed SQS event: $.Records is missing; is the function triggered by SQS?",
        malformed(Samples.text("eventbridge.json")));
  }
}
