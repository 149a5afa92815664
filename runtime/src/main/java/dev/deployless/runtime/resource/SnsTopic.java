package dev.deployless.runtime.resource;

/**
 * An SNS topic a function may publish to.
 *
 * @param name the topic name
 * @param arn the topic ARN, for {@code TopicArn} in SDK requests
 */
public record SnsTopic(String name, String arn) {}
