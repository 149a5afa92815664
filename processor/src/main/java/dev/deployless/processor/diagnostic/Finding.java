package dev.deployless.processor.diagnostic;

import java.util.List;

/**
 * A message with the values of its slots, not yet placed: what a check such as a schedule or path
 * parser returns, for its caller to report at the location it knows.
 */
public record Finding(Message message, List<Object> values) {

  public Finding {
    values = List.copyOf(values);
  }

  /** {@code message} with {@code values}. */
  public static Finding of(Message message, Object... values) {
    return new Finding(message, List.of(values));
  }

  /** The message's text. */
  public String text() {
    return message.text(values.toArray());
  }
}
