package dev.deployless.runtime;

/**
 * Thrown by a route method to answer with an error status. The generated handler turns it into a
 * response with that status and a JSON body {@code {"status":..., "error":..., "message":...}};
 * the message is shown to the caller, so it must not contain secrets.
 */
public class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status an HTTP status from 400 to 599
   * @param message what the caller is told
   */
  public HttpException(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("HTTP error status must be 400-599, got " + status);
    }
    this.status = status;
  }

  public HttpException(int status, String message, Throwable cause) {
    this(status, message);
    initCause(cause);
  }

  /** The HTTP status of the response. */
  public int status() {
    return status;
  }
}
