package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.deployless.runtime.event.MessageBodyException;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Root of the bases of generated handlers of triggered functions (queues, buckets, streams, topics,
 * EventBridge rules): the helpers their generated code calls to bind a JSON message body, and the
 * failure log. Only the runtime's own bases extend it.
 */
public abstract class EventSourceFunction implements RequestStreamHandler {

  EventSourceFunction() {}

  /**
   * A reader of a message body (an SQS body, an SNS message) as JSON, for the generated code that
   * binds it: {@code JsonReader body = jsonBody(message.body());
   * controller.process(bodyValue(body, readOrder(body)));}.
   */
  protected static JsonReader jsonBody(String body) {
    return JsonReader.of(body);
  }

  /**
   * {@code value}, read from {@code body}, once the body is known to hold nothing else and the value
   * is not JSON {@code null}.
   *
   * @throws JsonException otherwise: the message does not bind, and fails alone
   */
  protected static <T> T bodyValue(JsonReader body, T value) {
    body.endDocument();
    if (value == null) {
      throw new JsonException("expected a value at $ but found null");
    }
    return value;
  }

  /**
   * What to log when the processing of {@code what} ("SQS message 059f...") failed: a body that does
   * not bind is named with the JSON path of the problem, never its content; any other failure with
   * its stack trace.
   */
  static String failure(String what, Throwable e) {
    if (e instanceof JsonException) {
      return "[deployless] " + what + " failed: its body does not bind: "
          + MessageBodyException.redact(e.getMessage());
    }
    return "[deployless] " + what + " failed: " + stackTrace(e);
  }

  static void log(Context context, String message) {
    LambdaLogger logger = context == null ? null : context.getLogger();
    if (logger != null) {
      logger.log(message + "\n");
    } else {
      System.err.println(message);
    }
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
