package dev.deployless.runtime;

/** The caller is not authenticated (401). */
public class UnauthorizedException extends HttpException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String message) {
    super(401, message);
  }
}
