package dev.deployless.local;

import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP answer to one request, as the gateway decided it: status, headers in order (a name may
 * repeat), body, and the function that answered (null when the gateway answered alone), for the
 * request log.
 */
final class Answer {
  final int status;
  final List<String[]> headers = new ArrayList<>();
  final byte[] body;
  String function;
  /** What the log line adds after the duration (a timeout, a function error), or null. */
  String note;

  Answer(int status, byte[] body, String function) {
    this.status = status;
    this.body = body;
    this.function = function;
  }

  /** Names the function that answered, for the request log. */
  Answer by(String function) {
    this.function = function;
    return this;
  }

  /** Adds a note to the request's log line. */
  Answer note(String text) {
    this.note = text;
    return this;
  }

  Answer header(String name, String value) {
    headers.add(new String[] {name, value});
    return this;
  }

  /** The first value of header {@code name} (any case), or null. */
  String header(String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return header[1];
      }
    }
    return null;
  }

  /**
   * An answer of the gateway itself in API Gateway's shape, {@code {"message": "..."}}, with the
   * {@code x-amzn-ErrorType} API Gateway sends with it, if any.
   */
  static Answer gatewayError(int status, String errorType, String message) {
    JsonWriter json = new JsonWriter();
    json.beginObject().name("message").value(message).endObject();
    Answer answer = new Answer(status, json.toString().getBytes(StandardCharsets.UTF_8), null)
        .header("Content-Type", "application/json");
    return errorType == null ? answer : answer.header("x-amzn-ErrorType", errorType);
  }
}
