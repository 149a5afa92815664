package com.example.signups.avatar;

import com.example.signups.shared.Aws;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.OnBucket;
import dev.deployless.annotations.Resource;
import dev.deployless.runtime.event.S3Notification;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attaches an uploaded avatar to its user: an object created under {@code avatars/} named
 * {@code <email>.png}. The trigger is filtered by prefix and suffix, and the function only reads the
 * bucket: nothing it does can trigger it again.
 */
@Feature(name = "avatars", description = "Avatar uploads")
@Resource(name = "uploads", access = Access.READ)
@Resource(name = "users", access = Access.WRITE)
public class AvatarWorker {
  private static final String PREFIX = "avatars/";
  private static final String SUFFIX = ".png";

  private final AvatarsResources resources;

  public AvatarWorker(AvatarsResources resources) {
    this.resources = resources;
  }

  @OnBucket(bucket = "uploads", prefix = PREFIX, suffix = SUFFIX)
  public void attachAvatar(S3Notification upload) {
    String key = upload.object().key();
    String email = key.substring(PREFIX.length(), key.length() - SUFFIX.length());
    Aws.dynamoDb().updateItem(update -> update.tableName(resources.users().name())
        .key(Map.of("email", AttributeValue.fromS(email)))
        .updateExpression("SET avatar = :location")
        .conditionExpression("attribute_exists(email)")
        .expressionAttributeValues(Map.of(":location",
            AttributeValue.fromS("s3://" + upload.bucketName() + "/" + key))));
  }
}
