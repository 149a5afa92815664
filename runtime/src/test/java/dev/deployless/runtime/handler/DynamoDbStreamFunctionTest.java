package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.DynamoDbStreamRecord;
import dev.deployless.runtime.event.MalformedEventException;
import dev.deployless.runtime.event.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bases of generated handlers of DynamoDB stream consumers. */
class DynamoDbStreamFunctionTest {

  /** Audits each change; fails on the record named by {@code failOn}. */
  static final class AuditFunction extends DynamoDbStreamFunction {
    final List<String> audited = new ArrayList<>();
    final String failOn;

    AuditFunction(String failOn) {
      this.failOn = failOn;
    }

    @Override
    protected void handle(DynamoDbStreamRecord record, Context context) {
      if (record.sequenceNumber().equals(failOn)) {
        throw new IllegalStateException("audit table unavailable");
      }
      audited.add(record.eventName() + " " + record.keys().get("Id").n());
    }
  }

  private static String run(DynamoDbStreamFunction function, byte[] event, Context context)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event), out, context);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void processesEveryRecordInOrder() throws Exception {
    AuditFunction function = new AuditFunction(null);
    assertEquals("{\"batchItemFailures\":[]}", run(function, Samples.bytes("dynamodb.json"), null));
    assertEquals(List.of("INSERT 101", "MODIFY 101", "REMOVE 101"), function.audited);
  }

  @Test
  void stopsAtTheFirstFailureAndReportsItAndTheRest() throws Exception {
    AuditFunction function = new AuditFunction("222");
    RecordingContext context = new RecordingContext();
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"222\"},{\"itemIdentifier\":\"333\"}]}",
        run(function, Samples.bytes("dynamodb.json"), context));
    assertEquals(List.of("INSERT 101"), function.audited);
    assertTrue(context.lines.get(0).startsWith("[deployless] DynamoDB stream record 222 (MODIFY) failed:"
        + " java.lang.IllegalStateException: audit table unavailable"), context.lines.get(0));
    assertEquals("[deployless] the 1 items after DynamoDB stream record 222 (MODIFY) are returned"
        + " unprocessed, to keep their order\n", context.lines.get(1));
  }

  @Test
  void theLastRecordFailingIsReportedAlone() {
    AuditFunction function = new AuditFunction("333");
    assertEquals(List.of("333"), function.handleEvent(Samples.bytes("dynamodb.json"), null).itemIdentifiers());
    assertEquals(2, function.audited.size());
  }

  @Test
  void aMalformedEventFailsTheInvocation() {
    assertThrows(MalformedEventException.class,
        () -> run(new AuditFunction(null), Samples.bytes("sqs.json"), null));
  }

  @Test
  void theBatchFormReturnsSequenceNumbers() throws Exception {
    DynamoDbStreamBatchFunction function = new DynamoDbStreamBatchFunction() {
      @Override
      protected Collection<String> handle(List<DynamoDbStreamRecord> records, Context context) {
        return List.of(records.get(records.size() - 1).sequenceNumber());
      }
    };
    assertEquals(List.of("10099"), function.handleEvent(Samples.dynamoDbBatch(10_000), null).itemIdentifiers());
    DynamoDbStreamBatchFunction wrong = new DynamoDbStreamBatchFunction() {
      @Override
      protected Collection<String> handle(List<DynamoDbStreamRecord> records, Context context) {
        return List.of(records.get(0).eventId());
      }
    };
    assertEquals("the method returned '1' as a failed item, which is not the sequence number of a record"
        + " of this batch; Lambda would retry the whole batch", assertThrows(IllegalStateException.class,
        () -> wrong.handleEvent(Samples.bytes("dynamodb.json"), null)).getMessage());
  }
}
