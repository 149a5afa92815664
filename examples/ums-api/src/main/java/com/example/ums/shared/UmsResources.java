package com.example.ums.shared;

import dev.deployless.annotations.DeletionPolicy;
import dev.deployless.annotations.DynamoDb;
import dev.deployless.annotations.Kms;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Sqs;

/**
 * The resources several features share. Declaring them here grants nothing: each feature links
 * the ones it uses with {@code @Resource(name = ...)} and the access it needs.
 */
@Resource(name = "users", dynamoDb = @DynamoDb(tableName = "ums-users", pk = "tenant_id", sk = "user_id",
    gsi = @DynamoDb.Gsi(name = "EmailIndex", pk = "email"), pointInTimeRecovery = true,
    deletionPolicy = DeletionPolicy.RETAIN))
@Resource(name = "sessions", dynamoDb = @DynamoDb(tableName = "ums-sessions", pk = "session_id",
    ttlAttribute = "expires_at"))
@Resource(name = "tenants", dynamoDb = @DynamoDb(tableName = "ums-tenants", pk = "tenant_id",
    deletionPolicy = DeletionPolicy.RETAIN))
@Resource(name = "tenantKey", kms = @Kms(alias = "ums/tenant-keys",
    description = "Encryption of the tenants' token-signing private keys"))
public final class UmsResources {
  private UmsResources() {}
}
