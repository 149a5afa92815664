package dev.deployless.runtime;

/** The request is malformed or invalid (400). */
public class BadRequestException extends HttpException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(400, message);
  }
}
