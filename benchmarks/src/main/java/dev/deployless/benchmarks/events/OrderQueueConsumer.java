package dev.deployless.benchmarks.events;

import dev.deployless.benchmarks.app.Orders;

/**
 * The benchmarked queue consumer: an {@code @OnQueue(queue = "orders")} method taking the order
 * record the message body holds. (Not annotated: the benchmark measures the handler written below
 * by hand as the processor will generate it, and a generated one would take its class name.)
 */
public class OrderQueueConsumer {
  private double total;

  public void process(Orders.NewOrder order) {
    total += Orders.create(order).total();
  }

  double total() {
    return total;
  }
}
