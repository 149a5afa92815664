package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.S3EventReader;
import dev.deployless.runtime.event.S3Notification;
import java.util.List;

/**
 * Base of the generated handler of an {@code @OnBucket} method: the generated {@link #handle}
 * calls the method with each {@link S3Notification} of the event. S3 invokes asynchronously: a
 * throw fails the invocation, which Lambda retries and then sends to the on-failure destination.
 */
public abstract class S3Function extends RecordFunction<S3Notification> {

  protected S3Function() {}

  /** Processes one notification. */
  @Override
  protected abstract void handle(S3Notification notification, Context context) throws Exception;

  @Override
  final List<S3Notification> records(byte[] event) {
    return S3EventReader.read(event);
  }

  @Override
  final String describe(S3Notification notification) {
    return "S3 notification";
  }

  @Override
  final String id(S3Notification notification) {
    return notification.eventName() + " of " + notification.bucketName() + " sequencer "
        + notification.object().sequencer();
  }
}
