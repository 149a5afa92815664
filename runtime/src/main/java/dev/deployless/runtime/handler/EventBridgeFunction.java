package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.event.EventBridgeEvent;
import dev.deployless.runtime.event.EventBridgeEventReader;
import dev.deployless.runtime.event.MessageBodyException;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base of the generated handler of an {@code @OnEvent} method: reads the EventBridge envelope, lets
 * the generated {@link #readDetail} bind the {@code detail} to the method's type, and the generated
 * {@link #handle} call the method. EventBridge invokes asynchronously: a throw fails the
 * invocation, which Lambda retries and then sends to the on-failure destination; a detail that does
 * not bind is a {@link MessageBodyException} naming the event and the JSON path.
 *
 * @param <T> the type the detail binds to
 */
public abstract class EventBridgeFunction<T> extends EventSourceFunction {
  private static final byte[] NO_RESULT = "null".getBytes(StandardCharsets.US_ASCII);

  protected EventBridgeFunction() {}

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

  /** Processes {@code event}. */
  public final void handleEvent(byte[] event, Context context) throws Exception {
    EventBridgeEvent<String> envelope = EventBridgeEventReader.read(event);
    T detail;
    try {
      JsonReader reader = JsonReader.of(envelope.detail() == null ? "null" : envelope.detail());
      detail = readDetail(reader);
      reader.endDocument();
    } catch (JsonException e) {
      throw MessageBodyException.of("EventBridge event", envelope.id(), e);
    }
    handle(envelope.withDetail(detail), context);
  }

  /** Reads the detail (a JSON value, {@code null} when the event has none) as the method's type. */
  protected abstract T readDetail(JsonReader detail);

  /** Calls the method. */
  protected abstract void handle(EventBridgeEvent<T> event, Context context) throws Exception;
}
