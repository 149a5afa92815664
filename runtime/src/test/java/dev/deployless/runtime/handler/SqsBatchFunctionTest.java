package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.Samples;
import dev.deployless.runtime.event.SqsMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The base of generated handlers of queue consumers taking the whole batch. */
class SqsBatchFunctionTest {

  private static SqsBatchFunction returning(Collection<String> failed) {
    return new SqsBatchFunction() {
      @Override
      protected Collection<String> handle(List<SqsMessage> messages, Context context) {
        return failed;
      }
    };
  }

  private static String run(SqsBatchFunction function, byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theReturnedIdsAreTheFailures() throws Exception {
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}",
        run(returning(List.of("2e1424d4-f796-459a-8184-9c92662be6da")), Samples.bytes("sqs.json")));
    assertEquals("{\"batchItemFailures\":[]}", run(returning(null), Samples.bytes("sqs.json")));
    assertEquals("{\"batchItemFailures\":[]}", run(returning(List.of()), Samples.bytes("sqs.json")));
  }

  @Test
  void theMethodGetsTheWholeBatch() throws Exception {
    int[] size = {0};
    SqsBatchFunction function = new SqsBatchFunction() {
      @Override
      protected Collection<String> handle(List<SqsMessage> messages, Context context) {
        size[0] = messages.size();
        return null;
      }
    };
    assertTrue(function.handleEvent(Samples.sqsBatch(2500, "arn:aws:sqs:eu-west-1:1:q"), null).isEmpty());
    assertEquals(2500, size[0]);
  }

  @Test
  void anIdNotInTheBatchIsAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> run(returning(List.of("nope")), Samples.bytes("sqs.json")));
    assertEquals("the method returned 'nope' as a failed item, which is not the id of a message of this"
        + " batch; Lambda would retry the whole batch", e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> run(returning(java.util.Arrays.asList((String) null)), Samples.bytes("sqs.json")));
  }

  @Test
  void aThrowFailsTheWholeBatchWithTheExceptionUnchanged() {
    SqsBatchFunction function = new SqsBatchFunction() {
      @Override
      protected Collection<String> handle(List<SqsMessage> messages, Context context) throws Exception {
        throw new TimeoutException("database down");
      }
    };
    assertEquals("database down", assertThrows(TimeoutException.class,
        () -> run(function, Samples.bytes("sqs.json"))).getMessage());
  }
}
