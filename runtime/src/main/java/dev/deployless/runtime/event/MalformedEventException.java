package dev.deployless.runtime.event;

/**
 * An event that does not have the shape of its source's events: not JSON, a field of the wrong
 * type, a required field missing, or an event of another source. The message names the source and
 * the JSON path ({@code malformed SQS event: messageId is missing at $.Records[3]}). It fails the
 * whole invocation, as Lambda reports it, since no record of such an event can be trusted.
 */
public final class MalformedEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
