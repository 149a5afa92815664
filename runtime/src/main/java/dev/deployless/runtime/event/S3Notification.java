package dev.deployless.runtime.event;

import java.time.Instant;

/**
 * One record of an S3 event notification, as Lambda delivers it to a function triggered by a
 * bucket: what happened to which object.
 *
 * @param eventName the event type without its {@code s3:} prefix, such as
 *     {@code ObjectCreated:Put} or {@code ObjectRemoved:Delete}
 * @param eventTime when S3 finished processing the request
 * @param awsRegion the bucket's region
 * @param bucketName the bucket's name
 * @param bucketArn the bucket's ARN
 * @param object the object
 * @param principalId who caused the event ({@code userIdentity.principalId}), or null
 * @param sourceIpAddress where the request came from ({@code requestParameters.sourceIPAddress}),
 *     or null
 */
public record S3Notification(
    String eventName,
    Instant eventTime,
    String awsRegion,
    String bucketName,
    String bucketArn,
    S3Object object,
    String principalId,
    String sourceIpAddress) {

  /** Whether an object was created ({@code ObjectCreated:*}). */
  public boolean isObjectCreated() {
    return eventName != null && eventName.startsWith("ObjectCreated:");
  }

  /** Whether an object was removed ({@code ObjectRemoved:*}). */
  public boolean isObjectRemoved() {
    return eventName != null && eventName.startsWith("ObjectRemoved:");
  }
}
