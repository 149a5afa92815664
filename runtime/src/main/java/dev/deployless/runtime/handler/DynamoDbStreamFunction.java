package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.DynamoDbEventReader;
import dev.deployless.runtime.event.DynamoDbStreamRecord;
import java.util.List;

/**
 * Base of the generated handler of an {@code @OnTableChange} method that takes one record: the
 * generated {@link #handle} calls the method. Records are processed in stream order; at the first
 * that fails, processing stops and that record and the ones after it are reported by sequence
 * number, so Lambda retries from it and the records before it are not processed twice.
 */
public abstract class DynamoDbStreamFunction extends BatchItemFunction<DynamoDbStreamRecord> {

  protected DynamoDbStreamFunction() {}

  /** Processes one record; a throw stops the batch here, and Lambda retries from this record. */
  @Override
  protected abstract void handle(DynamoDbStreamRecord record, Context context) throws Exception;

  @Override
  final List<DynamoDbStreamRecord> items(byte[] event) {
    return DynamoDbEventReader.read(event);
  }

  @Override
  final String identifier(DynamoDbStreamRecord record) {
    return record.sequenceNumber();
  }

  @Override
  final String describe(DynamoDbStreamRecord record) {
    return "DynamoDB stream record " + record.sequenceNumber() + " (" + record.eventName() + ")";
  }

  @Override
  final boolean inOrder(DynamoDbStreamRecord record) {
    return true;
  }
}
