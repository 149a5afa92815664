package dev.deployless.benchmarks.events;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.benchmarks.app.Orders;
import dev.deployless.runtime.event.SqsMessage;
import dev.deployless.runtime.handler.SqsFunction;
import dev.deployless.runtime.json.JsonReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The handler the processor generates for {@code @OnQueue(queue = "orders") public void
 * process(Orders.NewOrder order)} of {@link OrderQueueConsumer}, written by hand line for line as
 * the generated code will be: one {@code handle} method binding the body, and the readers of the
 * body's records as the processor writes them for {@code @Body}.
 */
public final class ProcessOrderFunction extends SqsFunction {
  private final OrderQueueConsumer controller;

  public ProcessOrderFunction() {
    this.controller = new OrderQueueConsumer();
  }

  @Override
  protected void handle(SqsMessage message, Context context) throws Exception {
    JsonReader body = jsonBody(message.body());
    controller.process(bodyValue(body, readNewOrder(body)));
  }

  private static Orders.NewOrder readNewOrder(JsonReader reader) {
    if (reader.nextNull()) return null;
    String customerId = null;
    List<Orders.Line> lines = null;
    String note = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "customerId":
          customerId = reader.nextNull() ? null : reader.nextString();
          break;
        case "lines":
          lines = readListOfLine(reader);
          break;
        case "note":
          note = reader.nextNull() ? null : reader.nextString();
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    return new Orders.NewOrder(customerId, lines, note);
  }

  private static List<Orders.Line> readListOfLine(JsonReader reader) {
    if (reader.nextNull()) return null;
    List<Orders.Line> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      list.add(readLine(reader));
    }
    reader.endArray();
    return list;
  }

  private static Orders.Line readLine(JsonReader reader) {
    if (reader.nextNull()) return null;
    String sku = null;
    int quantity = 0;
    double price = 0;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "sku":
          sku = reader.nextNull() ? null : reader.nextString();
          break;
        case "quantity":
          quantity = reader.nextInt();
          break;
        case "price":
          price = reader.nextDouble();
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    return new Orders.Line(sku, quantity, price);
  }
}
