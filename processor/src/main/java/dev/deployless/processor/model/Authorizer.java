package dev.deployless.processor.model;

import java.util.List;

/**
 * The project-wide API Gateway authorizer ({@code api.auth}): a Cognito user pool, a Lambda
 * authorizer (an ARN, or a {@code @LambdaFunction} of the application), or IAM.
 *
 * @param type {@code cognito}, {@code lambda} or {@code iam} as written (checked by the rules)
 * @param name the authorizer's name: {@code api.auth.name}, else {@code CognitoAuthorizer},
 *     {@code LambdaAuthorizer} or {@code AWS_IAM}
 * @param userPoolArn the Cognito user pool, or null
 * @param scopes the OAuth scopes a Cognito token must have
 * @param functionArn the Lambda authorizer's ARN, or null
 * @param function the name of the application's {@code @LambdaFunction} method that authorizes, or null
 * @param ttl seconds API Gateway caches a Lambda authorizer's answer
 * @param header the request header holding the token
 */
public record Authorizer(
    String type,
    String name,
    String userPoolArn,
    List<String> scopes,
    String functionArn,
    String function,
    int ttl,
    String header) {

  public static final String COGNITO = "cognito";
  public static final String LAMBDA = "lambda";
  public static final String IAM = "iam";
  /** The types {@code api.auth.type} accepts. */
  public static final List<String> TYPES = List.of(COGNITO, LAMBDA, IAM);
  /** SAM's name of the IAM authorizer. */
  public static final String AWS_IAM = "AWS_IAM";

  /** The name when {@code api.auth.name} is not set. */
  public static String defaultName(String type) {
    return switch (type) {
      case COGNITO -> "CognitoAuthorizer";
      case IAM -> AWS_IAM;
      default -> "LambdaAuthorizer";
    };
  }

  /** The name API events use: {@code AWS_IAM} for IAM, else the authorizer's name. */
  public String samName() {
    return type.equals(IAM) ? AWS_IAM : name;
  }

  /** The logical ID of the application's authorizer function, or null when there is none. */
  public String functionId() {
    return function == null ? null : Names.functionId(function);
  }
}
