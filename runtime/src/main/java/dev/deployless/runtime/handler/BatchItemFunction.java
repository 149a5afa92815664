package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.BatchItemFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the generated handler of a function that processes a queue's or stream's batch one item
 * at a time ({@link SqsFunction}, {@link DynamoDbStreamFunction}): calls {@link #handle} for each
 * item, and answers a partial batch failure response naming the items that failed.
 *
 * <p>An item fails alone when its call throws (or its body does not bind), logged once with its id.
 * Where order matters (a FIFO queue, a stream), processing stops at the first failure and the items
 * after it are reported failed too, unprocessed, so they come back in order. A malformed event fails
 * the whole invocation with a {@link dev.deployless.runtime.event.MalformedEventException}.
 *
 * @param <R> the type of an item
 */
public abstract class BatchItemFunction<R> extends EventSourceFunction {

  BatchItemFunction() {}

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    output.write(handleEvent(input.readAllBytes(), context).toJson().getBytes(StandardCharsets.UTF_8));
  }

  /** Processes the items of {@code event} and says which failed. */
  public final BatchItemFailures handleEvent(byte[] event, Context context) {
    List<R> items = items(event);
    List<String> failed = null;
    for (int i = 0; i < items.size(); i++) {
      R item = items.get(i);
      try {
        handle(item, context);
      } catch (Exception | StackOverflowError e) {
        if (failed == null) {
          failed = new ArrayList<>();
        }
        failed.add(identifier(item));
        log(context, failure(describe(item), e));
        if (inOrder(item) && i + 1 < items.size()) {
          for (int rest = i + 1; rest < items.size(); rest++) {
            failed.add(identifier(items.get(rest)));
          }
          log(context, "[deployless] the " + (items.size() - i - 1) + " items after "
              + describe(item) + " are returned unprocessed, to keep their order");
          break;
        }
      }
    }
    return failed == null ? BatchItemFailures.none() : new BatchItemFailures(failed);
  }

  /** Processes one item: the generated code binds it and calls the method. */
  protected abstract void handle(R item, Context context) throws Exception;

  /** The items of {@code event}. */
  abstract List<R> items(byte[] event);

  /** What names {@code item} in a partial batch failure response. */
  abstract String identifier(R item);

  /** {@code item} in a log line, by its id. */
  abstract String describe(R item);

  /** Whether the items after {@code item} must wait for it. */
  abstract boolean inOrder(R item);
}
