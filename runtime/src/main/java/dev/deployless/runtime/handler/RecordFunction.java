package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.MessageBodyException;
import dev.deployless.runtime.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Base of the generated handler of a function a source invokes asynchronously with records
 * ({@link S3Function}, {@link SnsFunction}; one record per event in practice): calls
 * {@link #handle} for each record. A failure is the invocation's failure, so Lambda retries the
 * event and finally sends it to the function's on-failure destination or dead-letter queue: the
 * exception propagates, except that a body that does not bind becomes a
 * {@link MessageBodyException} naming the record and the JSON path, not the body's content.
 *
 * @param <R> the type of a record
 */
public abstract class RecordFunction<R> extends EventSourceFunction {
  private static final byte[] NO_RESULT = "null".getBytes(StandardCharsets.US_ASCII);

  RecordFunction() {}

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    try {
      handleEvent(input.readAllBytes(), context);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw EventFunction.rethrow(e);
    }
    output.write(NO_RESULT);
  }

  /** Processes the records of {@code event}; throws what the first failing record threw. */
  public final void handleEvent(byte[] event, Context context) throws Exception {
    for (R record : records(event)) {
      try {
        handle(record, context);
      } catch (JsonException e) {
        throw MessageBodyException.of(describe(record), id(record), e);
      }
    }
  }

  /** Processes one record: the generated code binds it and calls the method. */
  protected abstract void handle(R record, Context context) throws Exception;

  /** The records of {@code event}. */
  abstract List<R> records(byte[] event);

  /** What a record is, in a message: "SNS message". */
  abstract String describe(R record);

  /** The record's id, in a message. */
  abstract String id(R record);
}
