package com.example.signups.shared;

import dev.deployless.annotations.DynamoDb;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.S3;
import dev.deployless.annotations.Sqs;

/**
 * The resources of the application. Declaring them here grants nothing: each feature links what it
 * uses, and a trigger names its source without linking it (it gets only what consuming needs).
 */
@Resource(name = "users", dynamoDb = @DynamoDb(tableName = "signups-users", pk = "email",
    stream = DynamoDb.StreamView.NEW_AND_OLD_IMAGES))
@Resource(name = "audit", dynamoDb = @DynamoDb(tableName = "signups-audit", pk = "email", sk = "sequence"))
@Resource(name = "welcome", sqs = @Sqs(queueName = "signups-welcome", dlq = true, visibilityTimeout = 180,
    maxReceiveCount = 3))
@Resource(name = "audit-failures", sqs = @Sqs(queueName = "signups-audit-failures"))
@Resource(name = "uploads", s3 = @S3(bucketName = "acme-signups-uploads"))
public final class AppResources {
  private AppResources() {}
}
