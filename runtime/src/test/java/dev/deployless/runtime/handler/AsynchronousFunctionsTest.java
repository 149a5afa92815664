package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.EventBridgeEvent;
import dev.deployless.runtime.event.MalformedEventException;
import dev.deployless.runtime.event.MessageBodyException;
import dev.deployless.runtime.event.S3Notification;
import dev.deployless.runtime.event.Samples;
import dev.deployless.runtime.event.SnsMessage;
import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The bases of generated handlers of the sources that invoke asynchronously: S3, SNS, EventBridge. */
class AsynchronousFunctionsTest {

  record Signup(String email, String plan) {

    static Signup read(JsonReader reader) {
      if (reader.nextNull()) {
        return null;
      }
      String email = null;
      String plan = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "email":
            email = reader.nextNull() ? null : reader.nextString();
            break;
          case "plan":
            plan = reader.nextNull() ? null : reader.nextString();
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
      return new Signup(email, plan);
    }
  }

  record InvoicePaid(String invoiceId, double amount, String currency) {

    static InvoicePaid read(JsonReader reader) {
      if (reader.nextNull()) {
        return null;
      }
      String invoiceId = null;
      double amount = 0;
      String currency = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "invoiceId":
            invoiceId = reader.nextNull() ? null : reader.nextString();
            break;
          case "amount":
            amount = reader.nextDouble();
            break;
          case "currency":
            currency = reader.nextNull() ? null : reader.nextString();
            break;
          default:
            reader.skipValue();
        }
      }
      reader.endObject();
      return new InvoicePaid(invoiceId, amount, currency);
    }
  }

  /** An {@code @OnTopic} method {@code void welcome(Signup signup)}, as the generated handler calls it. */
  static final class WelcomeFunction extends SnsFunction {
    final List<Signup> welcomed = new ArrayList<>();

    @Override
    protected void handle(SnsMessage message, Context context) {
      JsonReader body = jsonBody(message.message());
      welcomed.add(bodyValue(body, Signup.read(body)));
    }
  }

  /** An {@code @OnEvent} method {@code void paid(InvoicePaid invoice)}, as generated. */
  static final class InvoicePaidFunction extends EventBridgeFunction<InvoicePaid> {
    final List<EventBridgeEvent<InvoicePaid>> events = new ArrayList<>();

    @Override
    protected InvoicePaid readDetail(JsonReader detail) {
      return InvoicePaid.read(detail);
    }

    @Override
    protected void handle(EventBridgeEvent<InvoicePaid> event, Context context) {
      events.add(event);
    }
  }

  private static String run(EventSourceFunction function, byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void s3NotificationsArePassedOneByOne() throws Exception {
    List<S3Notification> seen = new ArrayList<>();
    S3Function function = new S3Function() {
      @Override
      protected void handle(S3Notification notification, Context context) {
        seen.add(notification);
      }
    };
    assertEquals("null", run(function, Samples.bytes("s3.json")));
    assertEquals("test/key", seen.get(0).object().key());
  }

  @Test
  void anS3FailureFailsTheInvocationUnchanged() {
    S3Function function = new S3Function() {
      @Override
      protected void handle(S3Notification notification, Context context) throws Exception {
        throw new TimeoutException("thumbnail service timed out");
      }
    };
    assertEquals("thumbnail service timed out",
        assertThrows(TimeoutException.class, () -> run(function, Samples.bytes("s3.json"))).getMessage());
    assertThrows(MalformedEventException.class, () -> run(function, Samples.bytes("sns.json")));
  }

  @Test
  void anSnsMessageBindsToTheMethodsType() throws Exception {
    WelcomeFunction function = new WelcomeFunction();
    assertEquals("null", run(function, Samples.bytes("sns-signup.json")));
    assertEquals(List.of(new Signup("ada@example.com", "pro")), function.welcomed);
  }

  @Test
  void anSnsMessageThatDoesNotBindFailsNamingItsIdNotItsContent() {
    MessageBodyException e = assertThrows(MessageBodyException.class,
        () -> run(new WelcomeFunction(), Samples.bytes("sns.json")));
    assertEquals("SNS message 95df01b4-ee98-5cb9-9903-4c221d41eb5e does not bind: malformed JSON at line"
        + " 1, column 1 ($): unexpected character '...'", e.getMessage());
    assertFalse(e.getMessage().contains("Hello"));
    assertNull(e.getCause());
  }

  @Test
  void anEventBridgeDetailBindsToTheMethodsType() throws Exception {
    InvoicePaidFunction function = new InvoicePaidFunction();
    assertEquals("null", run(function, Samples.bytes("eventbridge-custom.json")));
    EventBridgeEvent<InvoicePaid> event = function.events.get(0);
    assertEquals(new InvoicePaid("inv-2026-0042", 129.5, "EUR"), event.detail());
    assertEquals("InvoicePaid", event.detailType());
    assertEquals("com.example.billing", event.source());
  }

  @Test
  void anEventBridgeDetailMayBeAnyJson() throws Exception {
    List<Map<String, Object>> details = new ArrayList<>();
    EventBridgeFunction<Map<String, Object>> function = new EventBridgeFunction<>() {
      @Override
      protected Map<String, Object> readDetail(JsonReader detail) {
        return detail.nextNull() ? null : detail.readObject();
      }

      @Override
      protected void handle(EventBridgeEvent<Map<String, Object>> event, Context context) {
        details.add(event.detail());
      }
    };
    run(function, Samples.bytes("eventbridge.json"));
    run(function, Samples.json("{\"source\":\"s\",\"detail-type\":\"t\"}"));
    assertEquals(Map.of("instance-id", "i-1234567890abcdef0", "state", "terminated"), details.get(0));
    assertNull(details.get(1));
  }

  @Test
  void anEventBridgeDetailThatDoesNotBindFailsNamingTheEvent() {
    MessageBodyException e = assertThrows(MessageBodyException.class, () -> run(new InvoicePaidFunction(),
        Samples.json("{\"id\":\"e-1\",\"source\":\"s\",\"detail-type\":\"t\",\"detail\":{\"amount\":\"lots\"}}")));
    assertEquals("EventBridge event e-1 does not bind: expected a number at $.amount but found a string",
        e.getMessage());
    assertTrue(assertThrows(MalformedEventException.class, () -> run(new InvoicePaidFunction(),
        Samples.bytes("sqs.json"))).getMessage().startsWith("malformed EventBridge event"));
  }
}
