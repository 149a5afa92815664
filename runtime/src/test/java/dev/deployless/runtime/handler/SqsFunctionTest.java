package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.BatchItemFailures;
import dev.deployless.runtime.event.MalformedEventException;
import dev.deployless.runtime.event.Samples;
import dev.deployless.runtime.event.SqsMessage;
import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base of generated handlers of queue consumers taking one message. */
class SqsFunctionTest {

  /** An {@code @OnQueue} method {@code void process(Order order)}, as the generated handler calls it. */
  static final class ProcessOrderFunction extends SqsFunction {
    final List<Order> processed = new ArrayList<>();

    @Override
    protected void handle(SqsMessage message, Context context) throws Exception {
      JsonReader body = jsonBody(message.body());
      process(bodyValue(body, Order.read(body)));
    }

    void process(Order order) {
      if (order.orderId().equals("poison")) {
        throw new IllegalStateException("cannot process order " + order.orderId());
      }
      if (order.orderId().equals("deep")) {
        process(order);
      }
      processed.add(order);
    }
  }

  private static String run(SqsFunction function, byte[] event, Context context) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event), out, context);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static byte[] orders(String... bodies) {
    StringBuilder event = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < bodies.length; i++) {
      event.append(i == 0 ? "" : ",").append("{\"messageId\":\"m").append(i).append("\",\"body\":")
          .append(JsonReaderQuotes.quote(bodies[i])).append(",\"eventSource\":\"aws:sqs\",")
          .append("\"eventSourceARN\":\"arn:aws:sqs:eu-west-1:1:orders\"}");
    }
    return Samples.json(event.append("]}").toString());
  }

  @Test
  void aPoisonMessageAndABodyThatDoesNotBindFailAloneAndTheBatchGoesOn() throws Exception {
    ProcessOrderFunction function = new ProcessOrderFunction();
    RecordingContext context = new RecordingContext();
    String response = run(function, Samples.bytes("sqs-orders.json"), context);
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"5a1f2c3d-0002-4b5c-8d9e-0f1a2b3c4d5e\"},"
        + "{\"itemIdentifier\":\"5a1f2c3d-0003-4b5c-8d9e-0f1a2b3c4d5e\"}]}", response);
    assertEquals(List.of(new Order("ord-1", 2, "gift"), new Order("ord-4", 7, null)), function.processed);
    assertEquals(2, context.lines.size());
    assertEquals("[deployless] SQS message 5a1f2c3d-0002-4b5c-8d9e-0f1a2b3c4d5e failed: its body does"
        + " not bind: expected an integer at $.quantity but found a string\n", context.lines.get(0));
    assertTrue(context.lines.get(1).startsWith("[deployless] SQS message 5a1f2c3d-0003-4b5c-8d9e-0f1a2b3c4d5e"
        + " failed: java.lang.IllegalStateException: cannot process order poison\n\tat "), context.lines.get(1));
  }

  @Test
  void theLogNeverHoldsTheBody() throws Exception {
    RecordingContext context = new RecordingContext();
    run(new ProcessOrderFunction(), orders("{\"orderId\":\"x\",\"quantity\":\"4111-1111-1111-1111\"}",
        "{\"orderId\":\"x\",\"quantity\":99999999999999}", "{\"orderId\":\"x\",\"quantity\":1} secret",
        "{\"orderId\":\"x\",\"quantity\":1,secret}", "\"secret\"", "null"), context);
    assertEquals(6, context.lines.size());
    for (String line : context.lines) {
      assertFalse(line.contains("4111") || line.contains("99999") || line.contains("secret"), line);
    }
    assertTrue(context.lines.get(1).contains("number at $.quantity is out of range for int"),
        context.lines.get(1));
    assertTrue(context.lines.get(2).contains("unexpected data after the JSON value"), context.lines.get(2));
    assertTrue(context.lines.get(4).contains("expected an object at $ but found a string"),
        context.lines.get(4));
    assertTrue(context.lines.get(5).contains("expected a value at $ but found null"), context.lines.get(5));
  }

  @Test
  void aBatchThatSucceedsReportsNoFailure() throws Exception {
    ProcessOrderFunction function = new ProcessOrderFunction();
    RecordingContext context = new RecordingContext();
    assertEquals("{\"batchItemFailures\":[]}", run(function,
        orders("{\"orderId\":\"a\",\"quantity\":1}", "{\"orderId\":\"b\",\"quantity\":2}"), context));
    assertEquals(2, function.processed.size());
    assertTrue(context.lines.isEmpty());
    assertEquals("{\"batchItemFailures\":[]}", run(function, Samples.json("{\"Records\":[]}"), context));
  }

  @Test
  void aStackOverflowFailsItsMessageOnly() {
    ProcessOrderFunction function = new ProcessOrderFunction();
    BatchItemFailures failures = function.handleEvent(orders("{\"orderId\":\"deep\",\"quantity\":1}",
        "{\"orderId\":\"ok\",\"quantity\":1}"), new RecordingContext());
    assertEquals(List.of("m0"), failures.itemIdentifiers());
    assertEquals(1, function.processed.size());
  }

  @Test
  void onAFifoQueueTheMessagesAfterAFailureAreReturnedUnprocessed() {
    List<String> seen = new ArrayList<>();
    SqsFunction function = new SqsFunction() {
      @Override
      protected void handle(SqsMessage message, Context context) {
        seen.add(message.messageId());
        if (message.messageId().equals("m2")) {
          throw new IllegalStateException("out of stock");
        }
      }
    };
    RecordingContext context = new RecordingContext();
    BatchItemFailures failures = function.handleEvent(
        Samples.sqsBatch(5, "arn:aws:sqs:eu-west-1:1:orders.fifo"), context);
    assertEquals(List.of("m2", "m3", "m4"), failures.itemIdentifiers());
    assertEquals(List.of("m0", "m1", "m2"), seen);
    assertEquals("[deployless] the 2 items after SQS message m2 are returned unprocessed, to keep their"
        + " order\n", context.lines.get(1));
  }

  @Test
  void onAStandardQueueEveryMessageIsTried() {
    SqsFunction function = new SqsFunction() {
      @Override
      protected void handle(SqsMessage message, Context context) throws Exception {
        if (message.body().endsWith("000}")) {
          throw new java.io.IOException("write failed");
        }
      }
    };
    BatchItemFailures failures = function.handleEvent(
        Samples.sqsBatch(10_000, "arn:aws:sqs:eu-west-1:1:orders"), new RecordingContext());
    assertEquals(List.of("m1000", "m2000", "m3000", "m4000", "m5000", "m6000", "m7000", "m8000", "m9000"),
        failures.itemIdentifiers());
  }

  @Test
  void aMalformedEventFailsTheInvocation() {
    ProcessOrderFunction function = new ProcessOrderFunction();
    MalformedEventException e = assertThrows(MalformedEventException.class,
        () -> run(function, Samples.json("{\"Records\":[{\"messageId\":\"m\",\"body\":"), null));
    assertEquals("malformed SQS event: expected a string at $.Records[0].body but found the end of the"
        + " document", e.getMessage());
    assertThrows(MalformedEventException.class, () -> run(function, Samples.bytes("s3.json"), null));
    assertTrue(function.processed.isEmpty());
  }

  @Test
  void aMessageTakenAsTextIsPassedAsSent() {
    List<String> bodies = new ArrayList<>();
    SqsFunction function = new SqsFunction() {
      @Override
      protected void handle(SqsMessage message, Context context) {
        bodies.add(message.body());
      }
    };
    assertTrue(function.handleEvent(Samples.bytes("sqs.json"), null).isEmpty());
    assertEquals(List.of("Test message.", "Test message."), bodies);
  }
}
