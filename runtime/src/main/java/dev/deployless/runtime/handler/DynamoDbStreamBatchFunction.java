package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.DynamoDbEventReader;
import dev.deployless.runtime.event.DynamoDbStreamRecord;
import java.util.Collection;
import java.util.List;

/**
 * Base of the generated handler of an {@code @OnTableChange} method that takes the whole batch
 * ({@code List<DynamoDbStreamRecord>}): the method returns the sequence numbers of the records that
 * failed (Lambda retries from the first of them), or nothing when all succeeded; a throw fails the
 * whole batch.
 */
public abstract class DynamoDbStreamBatchFunction extends BatchFunction<DynamoDbStreamRecord> {

  protected DynamoDbStreamBatchFunction() {}

  /** Processes the batch and returns the sequence numbers of the records that failed. */
  @Override
  protected abstract Collection<String> handle(List<DynamoDbStreamRecord> records, Context context)
      throws Exception;

  @Override
  final List<DynamoDbStreamRecord> items(byte[] event) {
    return DynamoDbEventReader.read(event);
  }

  @Override
  final String identifier(DynamoDbStreamRecord record) {
    return record.sequenceNumber();
  }

  @Override
  final String itemName() {
    return "the sequence number of a record";
  }
}
