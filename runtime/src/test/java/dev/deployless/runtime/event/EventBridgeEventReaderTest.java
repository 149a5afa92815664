package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading EventBridge events. */
class EventBridgeEventReaderTest {

  private static String malformed(String event) {
    return assertThrows(MalformedEventException.class,
        () -> EventBridgeEventReader.read(Samples.json(event))).getMessage();
  }

  @Test
  void readsTheDocumentedEventKeepingTheDetailAsJson() {
    EventBridgeEvent<String> event = EventBridgeEventReader.read(Samples.bytes("eventbridge.json"));
    assertEquals("0", event.version());
    assertEquals("6a7e8feb-b491-4cf7-a9f1-bf3703467718", event.id());
    assertEquals("EC2 Instance State-change Notification", event.detailType());
    assertEquals("aws.ec2", event.source());
    assertEquals("111122223333", event.account());
    assertEquals(Instant.parse("2017-12-22T18:43:48Z"), event.time());
    assertEquals("us-west-1", event.region());
    assertEquals(List.of("arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"),
        event.resources());
    assertEquals("{\n    \"instance-id\": \"i-1234567890abcdef0\",\n    \"state\": \"terminated\"\n  }",
        event.detail());
  }

  @Test
  void readsAScheduledEvent() {
    EventBridgeEvent<String> event = EventBridgeEventReader.read(Samples.bytes("eventbridge-scheduled.json"));
    assertEquals("Scheduled Event", event.detailType());
    assertEquals("{}", event.detail());
  }

  @Test
  void anEventWithoutDetailHasNone() {
    assertNull(EventBridgeEventReader.read(Samples.json("{\"source\":\"s\",\"detail-type\":\"t\"}")).detail());
  }

  @Test
  void withDetailKeepsTheEnvelope() {
    EventBridgeEvent<String> event = EventBridgeEventReader.read(Samples.bytes("eventbridge-custom.json"));
    EventBridgeEvent<Integer> bound = event.withDetail(42);
    assertEquals(42, bound.detail());
    assertEquals(event.id(), bound.id());
    assertEquals(event.time(), bound.time());
    assertTrue(bound.resources().isEmpty());
  }

  @Test
  void otherShapesAreMalformed() {
    assertEquals("malformed EventBridge event: $.source is missing; is the function triggered by"
        + " EventBridge?", malformed(Samples.text("sqs.json")));
    assertEquals("malformed EventBridge event: $.detail-type is missing; is the function triggered by"
        + " EventBridge?", malformed("{\"source\":\"s\"}"));
    assertEquals("malformed EventBridge event: expected an array at $.resources but found a string",
        malformed("{\"source\":\"s\",\"resources\":\"arn\"}"));
    assertTrue(malformed("{\"source\":\"s\",\"detail\":{\"a\":}").startsWith(
        "malformed EventBridge event: malformed JSON at line 1, column 29 ($.detail): expected a value"));
  }
}
