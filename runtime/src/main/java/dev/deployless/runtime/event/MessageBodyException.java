package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonException;

/**
 * A message whose body (an SQS body, an SNS message, an EventBridge detail) is not the JSON the
 * method takes. The message names the message's id and where the JSON is wrong, never the body's
 * content: values the reader's error quotes are left out, and the error is not kept as the cause
 * (Lambda would log its message with the stack trace).
 */
public final class MessageBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MessageBodyException(String message) {
    super(message);
  }

  /**
   * The error for the body of message {@code id} of {@code source} (such as "SQS message"), which
   * {@code error} could not read.
   */
  public static MessageBodyException of(String source, String id, JsonException error) {
    return new MessageBodyException(source + " " + id + " does not bind: " + redact(error.getMessage()));
  }

  /**
   * {@code message} without the values it quotes: a JSON reader's message names the JSON path and
   * what was expected, and quotes the offending text ({@code but found "abc"}, {@code number 1e400
   * at}, {@code unexpected character 'x'}), which is part of the body.
   */
  public static String redact(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '"' || c == '\'') {
        int end = message.indexOf(c, i + 1);
        if (end < 0) {
          end = message.length() - 1;
        }
        out.append(c).append("...").append(c);
        i = end + 1;
      } else if (message.startsWith("number ", i) && i + 7 < message.length()
          && isNumberStart(message.charAt(i + 7)) && (i == 0 || message.charAt(i - 1) == ' ')) {
        out.append("number");
        int end = message.indexOf(' ', i + 7);
        i = end < 0 ? message.length() : end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isNumberStart(char c) {
    return c == '-' || (c >= '0' && c <= '9');
  }
}
