package dev.deployless.runtime.resource;

/**
 * An S3 bucket a function may use.
 *
 * @param name the bucket name, for {@code Bucket} in SDK requests
 * @param arn the bucket ARN
 */
public record S3Bucket(String name, String arn) {}
