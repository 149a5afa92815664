package dev.deployless.runtime.auth;

import java.util.List;

/** An authorizer's IAM policy, with the JSON names API Gateway expects: {@code Version}, {@code Statement}. */
public record PolicyDocument(String Version, List<PolicyStatement> Statement) {

  /** The policy language version API Gateway accepts. */
  public static final String VERSION = "2012-10-17";

  /** A policy of one {@code execute-api:Invoke} statement with {@code effect} on {@code resource}. */
  public static PolicyDocument of(String effect, String resource) {
    return new PolicyDocument(VERSION, List.of(new PolicyStatement(PolicyStatement.INVOKE, effect,
        resource)));
  }
}
