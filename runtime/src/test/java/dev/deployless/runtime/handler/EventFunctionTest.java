package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The base of generated scheduled and standalone handlers. */
class EventFunctionTest {
  private static String run(EventFunction function, String event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheResultOrNull() throws Exception {
    EventFunction echo = new EventFunction() {
      @Override
      protected String invoke(byte[] event, Context context) {
        return event.length == 2 ? null : new String(event, StandardCharsets.UTF_8);
      }
    };
    assertEquals("{\"a\":1}", run(echo, "{\"a\":1}"));
    assertEquals("null", run(echo, "{}"));
  }

  @Test
  void checkedExceptionsPropagateUnchanged() {
    EventFunction failing = new EventFunction() {
      @Override
      protected String invoke(byte[] event, Context context) throws Exception {
        throw new TimeoutException("too slow");
      }
    };
    TimeoutException e = assertThrows(TimeoutException.class, () -> run(failing, "{}"));
    assertEquals("too slow", e.getMessage());
  }
}
