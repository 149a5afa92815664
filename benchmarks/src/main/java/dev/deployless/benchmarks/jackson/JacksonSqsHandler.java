package dev.deployless.benchmarks.jackson;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployless.benchmarks.app.Orders;
import java.util.ArrayList;
import java.util.List;

/**
 * The idiomatic queue consumer: the Lambda runtime deserializes the {@code SQSEvent} (its own
 * shaded Jackson and the events library's mix-ins), Jackson databind each body, and failed messages
 * go back as a partial batch failure response.
 */
public final class JacksonSqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private final ObjectMapper mapper = new ObjectMapper();
  private double total;

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      try {
        Orders.NewOrder order = mapper.readValue(message.getBody(), Orders.NewOrder.class);
        total += Orders.create(order).total();
      } catch (JsonProcessingException | RuntimeException e) {
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      }
    }
    return new SQSBatchResponse(failures);
  }
}
