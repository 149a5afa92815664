package dev.deployless.runtime.resource;

/**
 * A DynamoDB table a function may use.
 *
 * @param name the table name, for {@code TableName} in SDK requests
 * @param arn the table ARN
 */
public record DynamoDbTable(String name, String arn) {}
