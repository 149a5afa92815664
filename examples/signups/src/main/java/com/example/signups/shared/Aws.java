package com.example.signups.shared;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS SDK clients, created when a feature first needs them and then shared by the container.
 * Region, credentials and endpoint come from the SDK's usual sources (on Lambda: the function's
 * environment); the JDK's HTTP client keeps the package small and the cold start short.
 */
public final class Aws {
  private Aws() {}

  private static final class Dynamo {
    static final DynamoDbClient CLIENT = DynamoDbClient.builder()
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  private static final class Sqs {
    static final SqsClient CLIENT = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  private static final class Lambda {
    static final LambdaClient CLIENT = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static DynamoDbClient dynamoDb() {
    return Dynamo.CLIENT;
  }

  public static SqsClient sqs() {
    return Sqs.CLIENT;
  }

  public static LambdaClient lambda() {
    return Lambda.CLIENT;
  }
}
