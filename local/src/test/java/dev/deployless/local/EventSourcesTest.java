package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.deployless.local.aws.AwsClient;
import dev.deployless.local.aws.Emulator;
import dev.deployless.local.aws.Template;
import dev.deployless.local.aws.TestEmulator;
import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lambda's event source mappings emulated against {@code moto_server}: a queue's messages delivered
 * in batches with partial batch failures (the failed message redriven to the dead-letter queue, the
 * others deleted), and a table's stream records delivered in order.
 */
class EventSourcesTest {
  static final List<String> ORDERS = new CopyOnWriteArrayList<>();
  static final List<String> AUDITED = new CopyOnWriteArrayList<>();

  /** Records each message body; reports those whose body is {@code fail} as failed. */
  public static final class OrdersHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
      StringBuilder failures = new StringBuilder();
      for (Object record : Template.list(new JsonReader(in.readAllBytes()).readObject().get("Records"))) {
        Map<String, Object> message = Template.map(record);
        if ("fail".equals(message.get("body"))) {
          failures.append(failures.length() == 0 ? "" : ",").append("{\"itemIdentifier\":\"")
              .append(message.get("messageId")).append("\"}");
        } else {
          ORDERS.add((String) message.get("body"));
        }
      }
      out.write(("{\"batchItemFailures\":[" + failures + "]}").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Records each stream record's event name and key. */
  public static final class AuditHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
      for (Object record : Template.list(new JsonReader(in.readAllBytes()).readObject().get("Records"))) {
        Map<String, Object> change = Template.map(record);
        Object key = Template.map(Template.map(Template.map(change.get("dynamodb")).get("Keys")).get("id")).get("S");
        AUDITED.add(change.get("eventName") + " " + key + " " + change.get("eventSourceARN"));
      }
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Emulator emulator;
  private static LocalServer server;
  private static Path descriptor;
  private static final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws Exception {
    emulator = TestEmulator.start();
    descriptor = Files.createTempFile("events", ".json");
    Files.writeString(descriptor, """
        {"version":1,"name":"events","stage":"dev","binaryMediaTypes":[],"functions":[
          {"name":"OrdersFunction","handler":"%s","kind":"lambda","memory":128,"timeout":10,
           "environment":{},"routes":[],"schedules":[]},
          {"name":"AuditFunction","handler":"%s","kind":"lambda","memory":128,"timeout":10,
           "environment":{},"routes":[],"schedules":[]}]}
        """.formatted(OrdersHandler.class.getName(), AuditHandler.class.getName()));
    server = LocalServer.start(new String[] {"--descriptor", descriptor.toString(), "--port", "0",
        "--aws", "endpoint=" + emulator.endpoint(), "--template",
        "src/test/resources/events/template.yaml", "--crons", "off"},
        new PrintStream(output, true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (emulator != null) {
      emulator.close();
    }
    Files.deleteIfExists(descriptor);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not in 30 s; the server printed:\n" + output);
      }
      Thread.sleep(100);
    }
  }

  @Test
  void theBannerListsTheEventSources() {
    String banner = output.toString(StandardCharsets.UTF_8);
    assertTrue(banner.contains("SQS events-orders -> OrdersFunction (batches of 10, partial batch failures)"), banner);
    assertTrue(banner.contains("DynamoDB stream of events-items -> AuditFunction (batches of 100)"), banner);
  }

  @Test
  void queueMessagesAreDeliveredAndAFailedOneEndsInTheDeadLetterQueue() throws Exception {
    AwsClient aws = emulator.client();
    String queue = emulator.endpoint() + "/" + emulator.account() + "/events-orders";
    String dlq = emulator.endpoint() + "/" + emulator.account() + "/events-orders-dlq";
    for (String body : List.of("first", "fail", "second")) {
      aws.json("sqs", "AmazonSQS.SendMessage", "1.0", Map.of("QueueUrl", queue, "MessageBody", body));
    }
    await(() -> ORDERS.containsAll(List.of("first", "second")));
    await(() -> {
      try {
        Map<String, Object> received = aws.json("sqs", "AmazonSQS.ReceiveMessage", "1.0",
            Map.of("QueueUrl", dlq, "WaitTimeSeconds", 1));
        return Template.list(received.get("Messages")).stream()
            .anyMatch(m -> "fail".equals(Template.map(m).get("Body")));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertEquals(2, ORDERS.size(), ORDERS.toString());
    assertTrue(output.toString(StandardCharsets.UTF_8).contains("1 of "), output.toString());
  }

  @Test
  void tableChangesArriveThroughTheStream() throws Exception {
    for (String id : List.of("a", "b")) {
      emulator.client().json("dynamodb", "DynamoDB_20120810.PutItem", "1.0",
          Map.of("TableName", "events-items", "Item", Map.of("id", Map.of("S", id))));
    }
    await(() -> AUDITED.size() >= 2);
    assertTrue(AUDITED.get(0).startsWith("INSERT a arn:aws:dynamodb:us-east-1:"), AUDITED.toString());
    assertTrue(AUDITED.get(1).startsWith("INSERT b "), AUDITED.toString());
  }
}
