package dev.deployless.runtime;

/** The request conflicts with the resource's current state (409). */
public class ConflictException extends HttpException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(409, message);
  }
}
