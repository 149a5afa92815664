package dev.deployless.benchmarks.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The floor: a stream handler that reads the event and writes a fixed 201 proxy response. */
public final class FloorHandler implements RequestStreamHandler {
  private static final byte[] RESPONSE = ("{\"statusCode\":201,\"headers\":{\"Content-Type\":"
      + "\"application/json\"},\"body\":\"{\\\"id\\\":\\\"ord-1\\\"}\",\"isBase64Encoded\":false}")
      .getBytes(StandardCharsets.UTF_8);

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    input.readAllBytes();
    output.write(RESPONSE);
  }
}
