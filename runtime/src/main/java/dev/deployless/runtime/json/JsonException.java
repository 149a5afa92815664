package dev.deployless.runtime.json;

/**
 * Malformed JSON, or JSON of the wrong shape for the type being read. The message names the place
 * in the document as a JSON path ({@code $.items[2].quantity}), so it can be shown to the caller.
 */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JsonException(String message) {
    super(message);
  }

  public JsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
