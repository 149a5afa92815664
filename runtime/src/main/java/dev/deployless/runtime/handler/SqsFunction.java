package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.SqsEventReader;
import dev.deployless.runtime.event.SqsMessage;
import java.util.List;

/**
 * Base of the generated handler of an {@code @OnQueue} method that takes one message: the
 * generated {@link #handle} binds the message (its JSON body to the method's type, or the
 * {@link SqsMessage} itself) and calls the method. A message that fails is reported in the partial
 * batch failure response and comes back to the queue; the others are deleted. On a FIFO queue the
 * messages after a failed one are reported too, unprocessed, to keep their group's order.
 */
public abstract class SqsFunction extends BatchItemFunction<SqsMessage> {

  protected SqsFunction() {}

  /** Processes one message; a throw (or a body that does not bind) fails this message only. */
  @Override
  protected abstract void handle(SqsMessage message, Context context) throws Exception;

  @Override
  final List<SqsMessage> items(byte[] event) {
    return SqsEventReader.read(event);
  }

  @Override
  final String identifier(SqsMessage message) {
    return message.messageId();
  }

  @Override
  final String describe(SqsMessage message) {
    return "SQS message " + message.messageId();
  }

  @Override
  final boolean inOrder(SqsMessage message) {
    return message.fromFifoQueue();
  }
}
