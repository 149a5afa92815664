package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading SNS events. */
class SnsEventReaderTest {

  private static String malformed(String event) {
    return assertThrows(MalformedEventException.class, () -> SnsEventReader.read(Samples.json(event)))
        .getMessage();
  }

  @Test
  void readsTheDocumentedNotification() {
    List<SnsMessage> messages = SnsEventReader.read(Samples.bytes("sns.json"));
    assertEquals(1, messages.size());
    SnsMessage message = messages.get(0);
    assertEquals("95df01b4-ee98-5cb9-9903-4c221d41eb5e", message.messageId());
    assertEquals("arn:aws:sns:us-east-1:123456789012:sns-lambda", message.topicArn());
    assertEquals("TestInvoke", message.subject());
    assertEquals("Hello from SNS!", message.message());
    assertEquals(Instant.parse("2019-01-02T12:45:07Z"), message.timestamp());
    assertEquals("arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486",
        message.subscriptionArn());
    assertEquals(Map.of("Test", new SnsMessage.MessageAttribute("String", "TestString"), "TestBinary",
        new SnsMessage.MessageAttribute("Binary", "TestBinary")), message.messageAttributes());
  }

  @Test
  void readsAJsonMessageWithANullSubject() {
    SnsMessage message = SnsEventReader.read(Samples.bytes("sns-signup.json")).get(0);
    assertNull(message.subject());
    assertEquals("{\"email\":\"ada@example.com\",\"plan\":\"pro\"}", message.message());
    assertEquals(Instant.parse("2016-11-16T08:56:58.227Z"), message.timestamp());
    assertEquals("[\"beta\", \"eu\"]", message.messageAttributes().get("tags").value());
  }

  @Test
  void otherShapesAreMalformed() {
    assertEquals("malformed SNS event: Sns is missing at $.Records[0]",
        malformed("{\"Records\":[{\"EventSource\":\"aws:sns\"}]}"));
    assertEquals("malformed SNS event: Sns.Message is missing at $.Records[0]",
        malformed("{\"Records\":[{\"Sns\":{\"MessageId\":\"m\"}}]}"));
    assertEquals("malformed SNS event: Sns.MessageId is missing at $.Records[0]",
        malformed("{\"Records\":[{\"Sns\":{\"Message\":\"m\"}}]}"));
    assertEquals("malformed SNS event: expected an object at $.Records[0].Sns.MessageAttributes.a but"
        + " found a string", malformed("{\"Records\":[{\"Sns\":{\"MessageId\":\"m\",\"Message\":\"x\","
        + "\"MessageAttributes\":{\"a\":\"b\"}}}]}"));
    assertEquals("malformed SNS event: Sns is missing at $.Records[0]", malformed(Samples.text("sqs.json")));
    assertEquals("malformed SNS event: $.Records is missing; is the function triggered by SNS?",
        malformed("{}"));
  }
}
