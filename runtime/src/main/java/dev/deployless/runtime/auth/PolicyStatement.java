package dev.deployless.runtime.auth;

/**
 * One statement of an authorizer's policy, with the JSON names API Gateway expects: {@code Action}
 * ({@code execute-api:Invoke}), {@code Effect} ({@code Allow} or {@code Deny}) and {@code Resource}
 * (a method ARN, {@code *} wildcards allowed).
 */
public record PolicyStatement(String Action, String Effect, String Resource) {

  /** The action API Gateway checks. */
  public static final String INVOKE = "execute-api:Invoke";
}
