package dev.deployless.processor;

import static dev.deployless.processor.CompiledClasses.invoke;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.event.MalformedEventException;
import dev.deployless.runtime.event.MessageBodyException;
import dev.deployless.testing.SqsEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated handlers of triggered functions, compiled and invoked as Lambda invokes them with the
 * sample events AWS documents for each source (the runtime's {@code src/test/resources/events}):
 * bodies bound to records, partial batch failures, and malformed events answered with a clear
 * failure, never a hang.
 */
class TriggerHandlerTest {
  private static final Path EVENTS = Path.of(System.getProperty("basedir", "."))
      .resolveSibling("runtime/src/test/resources/events");
  private static final Duration NO_HANG = Duration.ofSeconds(20);

  @TempDir static Path dir;
  private static CompiledClasses classes;

  private static final String WORKERS = """
      package com.example;

      import com.amazonaws.services.lambda.runtime.Context;
      import dev.deployless.annotations.*;
      import dev.deployless.runtime.event.*;
      import java.math.BigDecimal;
      import java.util.*;

      @Feature(name = "workers")
      @Resource(name = "orders", sqs = @Sqs(queueName = "orders"))
      @Resource(name = "lines", sqs = @Sqs(queueName = "lines", fifo = true))
      @Resource(name = "items", dynamoDb = @DynamoDb(tableName = "items", pk = "Id",
          stream = DynamoDb.StreamView.NEW_AND_OLD_IMAGES))
      @Resource(name = "uploads", access = Access.READ, s3 = @S3(bucketName = "example-bucket"))
      @Resource(name = "signups", sns = @Sns(topicName = "user-signups"))
      public class Workers {
        public static final List<String> CALLS = new ArrayList<>();

        public record Order(String orderId, int quantity) {}
        public record Signup(String email, String plan) {}
        public record InvoicePaid(String invoiceId, BigDecimal amount) {}

        @OnQueue(queue = "orders")
        public void fulfil(Order order, SqsMessage message) {
          if (order.orderId().equals("poison")) {
            throw new IllegalStateException("cannot fulfil " + order.orderId());
          }
          CALLS.add("fulfil " + order.orderId() + " x" + order.quantity() + " #" + message.receiveCount());
        }

        @OnQueue(queue = "lines")
        public List<String> record(List<SqsMessage> lines) {
          List<String> failed = new ArrayList<>();
          for (SqsMessage line : lines) {
            if (line.body().contains("poison")) {
              failed.add(line.messageId());
            } else {
              CALLS.add("record " + line.body());
            }
          }
          return failed;
        }

        @OnQueue(queue = "orders", batchSize = 5)
        public void text(String body) {
          CALLS.add("text " + body.length());
        }

        @OnTableChange(table = "items")
        public void audit(DynamoDbStreamRecord change, Context context) {
          if (change.eventName() == DynamoDbStreamRecord.EventName.MODIFY) {
            throw new IllegalStateException("audit store down");
          }
          CALLS.add("audit " + change.eventName() + " " + change.keys().get("Id").n());
        }

        @OnBucket(bucket = "uploads", prefix = "test/")
        public void scan(S3Notification upload) {
          CALLS.add("scan " + upload.bucketName() + " " + upload.object().key() + " " + upload.object().size());
        }

        @OnTopic(topic = "signups")
        public void welcome(Signup signup, SnsMessage message) {
          CALLS.add("welcome " + signup.email() + " " + signup.plan() + " " + message.messageAttributes().size());
        }

        @OnEvent(source = "com.example.billing", detailType = "InvoicePaid")
        public void paid(InvoicePaid invoice) {
          CALLS.add("paid " + invoice.invoiceId() + " " + invoice.amount());
        }

        @OnEvent(source = "com.example.billing")
        public void envelope(EventBridgeEvent<Map<String, Object>> event) {
          CALLS.add("envelope " + event.detailType() + " " + event.source() + " " + event.detail().get("currency"));
        }
      }
      """;

  @BeforeAll
  static void compile() {
    classes = new CompiledClasses(new TestProject(dir).compile(source("com.example.Workers", WORKERS)));
  }

  @BeforeEach
  void clear() {
    calls().clear();
  }

  @SuppressWarnings("unchecked")
  private static List<String> calls() {
    try {
      return (List<String>) classes.loadClass("com.example.Workers").getField("CALLS").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(EVENTS.resolve(name));
  }

  private static String run(String handler, byte[] event) {
    return new String(invoke(classes.newHandler("com.example." + handler), event), StandardCharsets.UTF_8);
  }

  @Test
  void sqsMessagesBindToTheRecordAndFailAlone() throws IOException {
    String response = run("FulfilFunction", sample("sqs-orders.json"));
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"5a1f2c3d-0002-4b5c-8d9e-0f1a2b3c4d5e\"},"
        + "{\"itemIdentifier\":\"5a1f2c3d-0003-4b5c-8d9e-0f1a2b3c4d5e\"}]}", response);
    assertEquals(List.of("fulfil ord-1 x2 #1", "fulfil ord-4 x7 #1"), calls());
  }

  @Test
  void aBatchMethodReportsTheIdsItReturns() {
    byte[] event = SqsEvent.queue("arn:aws:sqs:eu-west-1:123456789012:lines.fifo")
        .message("m-1", "first").message("m-2", "poison").message("m-3", "third").bytes();
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-2\"}]}", run("RecordFunction", event));
    assertEquals(List.of("record first", "record third"), calls());
  }

  @Test
  void aStringBodyIsTheRawText() throws IOException {
    assertEquals("{\"batchItemFailures\":[]}", run("TextFunction", sample("sqs.json")));
    assertEquals(List.of("text 13", "text 13"), calls());
  }

  @Test
  void streamRecordsStopAtTheFirstFailureAndReportTheRest() throws IOException {
    String response = run("AuditFunction", sample("dynamodb.json"));
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"222\"},{\"itemIdentifier\":\"333\"}]}", response);
    assertEquals(List.of("audit INSERT 101"), calls());
  }

  @Test
  void s3NotificationsCarryTheDecodedKey() throws IOException {
    assertEquals("null", run("ScanFunction", sample("s3.json")));
    assertEquals(List.of("scan example-bucket test/key 1024"), calls());
  }

  @Test
  void snsMessagesBindToTheRecord() throws IOException {
    assertEquals("null", run("WelcomeFunction", sample("sns-signup.json")));
    assertEquals(List.of("welcome ada@example.com pro 2"), calls());
  }

  @Test
  void eventBridgeDetailBindsToTheRecordOrComesWithItsEnvelope() throws IOException {
    assertEquals("null", run("PaidFunction", sample("eventbridge-custom.json")));
    assertEquals("null", run("EnvelopeFunction", sample("eventbridge-custom.json")));
    assertEquals(List.of("paid inv-2026-0042 129.5", "envelope InvoicePaid com.example.billing EUR"), calls());
  }

  @Test
  void aMessageThatDoesNotBindFailsTheAsynchronousInvocationWithoutItsContent() {
    byte[] event = """
        {"Records": [{"EventSource": "aws:sns", "Sns": {"MessageId": "m-1", "TopicArn": "arn:aws:sns:eu-west-1:1:t",
        "Message": "{\\"email\\": 42, \\"plan\\": \\"card-4111\\"}", "Timestamp": "2024-01-01T00:00:00Z"}}]}
        """.getBytes(StandardCharsets.UTF_8);
    MessageBodyException failure = assertThrows(MessageBodyException.class, () -> run("WelcomeFunction", event));
    assertTrue(failure.getMessage().contains("m-1"), failure.getMessage());
    assertTrue(failure.getMessage().contains("$.email"), failure.getMessage());
    assertTrue(!failure.getMessage().contains("card-4111"), failure.getMessage());
  }

  @Test
  void malformedEventsFailClearlyAndNeverHang() throws IOException {
    byte[] s3 = sample("s3.json");
    byte[] truncated = new String(sample("sqs-orders.json"), StandardCharsets.UTF_8).substring(0, 300)
        .getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(NO_HANG, () -> {
      assertMalformed("FulfilFunction", "not json".getBytes(StandardCharsets.UTF_8), "malformed SQS event");
      assertMalformed("FulfilFunction", truncated, "malformed SQS event");
      assertMalformed("FulfilFunction", s3, "comes from aws:s3, not aws:sqs");
      assertMalformed("AuditFunction", "{}".getBytes(StandardCharsets.UTF_8), "malformed DynamoDB event");
      assertMalformed("ScanFunction", sample("sns.json"), "malformed S3 event");
      assertMalformed("WelcomeFunction", "[1, 2]".getBytes(StandardCharsets.UTF_8), "malformed SNS event");
      assertMalformed("PaidFunction", s3, "malformed EventBridge event");
    });
    assertEquals(List.of(), calls());
  }

  private static void assertMalformed(String handler, byte[] event, String expected) {
    MalformedEventException failure = assertThrows(MalformedEventException.class, () -> run(handler, event));
    assertTrue(failure.getMessage().contains(expected), handler + ": " + failure.getMessage());
  }
}
