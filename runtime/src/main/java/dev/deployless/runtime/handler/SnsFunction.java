package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.SnsEventReader;
import dev.deployless.runtime.event.SnsMessage;
import java.util.List;

/**
 * Base of the generated handler of an {@code @OnTopic} method: the generated {@link #handle} binds
 * the message (its JSON to the method's type, or the {@link SnsMessage} itself) and calls the
 * method. SNS invokes asynchronously: a throw, or a message that does not bind, fails the
 * invocation, which Lambda retries and then sends to the on-failure destination.
 */
public abstract class SnsFunction extends RecordFunction<SnsMessage> {

  protected SnsFunction() {}

  /** Processes one message. */
  @Override
  protected abstract void handle(SnsMessage message, Context context) throws Exception;

  @Override
  final List<SnsMessage> records(byte[] event) {
    return SnsEventReader.read(event);
  }

  @Override
  final String describe(SnsMessage message) {
    return "SNS message";
  }

  @Override
  final String id(SnsMessage message) {
    return message.messageId();
  }
}
