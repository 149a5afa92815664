package dev.deployless.runtime.resource;

/**
 * A KMS key a function may use.
 *
 * @param keyId the key ID, for {@code KeyId} in SDK requests
 * @param arn the key ARN
 */
public record KmsKey(String keyId, String arn) {}
