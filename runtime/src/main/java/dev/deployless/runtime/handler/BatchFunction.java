package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.BatchItemFailures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Base of the generated handler of a function that takes a queue's or stream's whole batch
 * ({@link SqsBatchFunction}, {@link DynamoDbStreamBatchFunction}): passes the items to
 * {@link #handle}, which returns the identifiers of those that failed, and answers them as a
 * partial batch failure response. When {@code handle} throws, the whole batch fails.
 *
 * @param <R> the type of an item
 */
public abstract class BatchFunction<R> extends EventSourceFunction {

  BatchFunction() {}

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    BatchItemFailures failures;
    try {
      failures = handleEvent(input.readAllBytes(), context);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw EventFunction.rethrow(e);
    }
    output.write(failures.toJson().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Processes the batch of {@code event} and says which items failed.
   *
   * @throws IllegalStateException if {@link #handle} names an item that is not in the batch
   *     (Lambda would fail the whole batch for it)
   */
  public final BatchItemFailures handleEvent(byte[] event, Context context) throws Exception {
    List<R> items = items(event);
    Collection<String> failed = handle(items, context);
    if (failed == null || failed.isEmpty()) {
      return BatchItemFailures.none();
    }
    Set<String> known = new HashSet<>();
    for (R item : items) {
      known.add(identifier(item));
    }
    List<String> identifiers = new ArrayList<>(failed.size());
    for (String identifier : failed) {
      if (identifier == null || !known.contains(identifier)) {
        throw new IllegalStateException("the method returned " + (identifier == null ? "null"
            : "'" + identifier + "'") + " as a failed item, which is not " + itemName()
            + " of this batch; Lambda would retry the whole batch");
      }
      identifiers.add(identifier);
    }
    return new BatchItemFailures(identifiers);
  }

  /**
   * Processes the batch: the generated code calls the method. Returns the identifiers of the items
   * that failed, or null or empty when all succeeded.
   */
  protected abstract Collection<String> handle(List<R> items, Context context) throws Exception;

  /** The items of {@code event}. */
  abstract List<R> items(byte[] event);

  /** What names {@code item} in a partial batch failure response. */
  abstract String identifier(R item);

  /** What an identifier is, in a message: "the id of a message". */
  abstract String itemName();
}
