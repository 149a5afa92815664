package dev.deployless.benchmarks.jackson;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployless.benchmarks.app.Orders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** A stream handler parsing the event and writing the record with Jackson databind. */
public final class JacksonStreamHandler implements RequestStreamHandler {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonNode event = mapper.readTree(input);
    Orders.NewOrder order = mapper.readValue(event.get("body").asText(), Orders.NewOrder.class);
    String body = mapper.writeValueAsString(Orders.create(order));
    mapper.writeValue(output, Map.of("statusCode", 201, "headers", Map.of("Content-Type", "application/json"),
        "body", body, "isBase64Encoded", false));
  }
}
