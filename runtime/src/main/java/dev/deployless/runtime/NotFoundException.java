package dev.deployless.runtime;

/** The resource does not exist (404). */
public class NotFoundException extends HttpException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(404, message);
  }
}
