package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base of the generated handler of a scheduled ({@code @Cron}) or standalone
 * ({@code @LambdaFunction}) function whose event has a JSON shape: reads the event, lets the
 * generated {@link #invoke} convert it and call the method, and writes the result as JSON.
 *
 * <p>A failure is the function's failure: the exception propagates unchanged (checked ones too) so
 * Lambda records it, with its type, and retries asynchronous invocations.
 */
public abstract class EventFunction implements RequestStreamHandler {

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    String result;
    try {
      result = invoke(input.readAllBytes(), context);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw rethrow(e);
    }
    output.write((result == null ? "null" : result).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Calls the method for {@code event} (the raw JSON bytes) and returns its result as JSON, or
   * {@code null} for none.
   */
  protected abstract String invoke(byte[] event, Context context) throws Exception;

  /**
   * Throws {@code e} unchanged although it may be checked, for generated handlers whose interface
   * ({@code RequestHandler}) declares no checked exceptions; the declared return type lets callers
   * write {@code throw rethrow(e)}.
   */
  public static RuntimeException rethrow(Exception e) {
    throw EventFunction.<RuntimeException>sneaky(e);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Exception e) throws E {
    throw (E) e;
  }
}
