package dev.deployless.runtime;

/** The caller may not do this (403). */
public class ForbiddenException extends HttpException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(403, message);
  }
}
