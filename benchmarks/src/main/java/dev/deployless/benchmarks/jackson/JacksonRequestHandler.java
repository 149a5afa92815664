package dev.deployless.benchmarks.jackson;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deployless.benchmarks.app.Orders;
import java.util.Map;

/** The idiomatic handler: the runtime deserializes the event, Jackson the body. */
public final class JacksonRequestHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    try {
      Orders.NewOrder order = mapper.readValue(event.getBody(), Orders.NewOrder.class);
      return new APIGatewayProxyResponseEvent().withStatusCode(201)
          .withHeaders(Map.of("Content-Type", "application/json"))
          .withBody(mapper.writeValueAsString(Orders.create(order)));
    } catch (JsonProcessingException e) {
      return new APIGatewayProxyResponseEvent().withStatusCode(400);
    }
  }
}
