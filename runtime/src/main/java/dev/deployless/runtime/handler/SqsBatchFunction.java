package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.SqsEventReader;
import dev.deployless.runtime.event.SqsMessage;
import java.util.Collection;
import java.util.List;

/**
 * Base of the generated handler of an {@code @OnQueue} method that takes the whole batch
 * ({@code List<SqsMessage>}): the method returns the ids of the messages that failed, which come
 * back to the queue, or nothing when all succeeded; a throw fails the whole batch.
 */
public abstract class SqsBatchFunction extends BatchFunction<SqsMessage> {

  protected SqsBatchFunction() {}

  /** Processes the batch and returns the ids of the messages that failed (null or empty: none). */
  @Override
  protected abstract Collection<String> handle(List<SqsMessage> messages, Context context)
      throws Exception;

  @Override
  final List<SqsMessage> items(byte[] event) {
    return SqsEventReader.read(event);
  }

  @Override
  final String identifier(SqsMessage message) {
    return message.messageId();
  }

  @Override
  final String itemName() {
    return "the id of a message";
  }
}
