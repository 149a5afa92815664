package dev.deployless.benchmarks.app;

import java.util.List;

/** The order logic every benchmarked handler calls, free of any framework type. */
public final class Orders {
  public record Line(String sku, int quantity, double price) {}

  public record NewOrder(String customerId, List<Line> lines, String note) {}

  public record Order(String id, String customerId, List<Line> lines, double total, String status) {}

  private Orders() {}

  public static Order create(NewOrder order) {
    double total = 0;
    for (Line line : order.lines()) {
      total += line.quantity() * line.price();
    }
    return new Order("ord-1", order.customerId(), order.lines(), total, "NEW");
  }

  public static Order find(String id) {
    return new Order(id, "cust-7", List.of(new Line("sku-1", 2, 9.5), new Line("sku-2", 1, 20)), 39,
        "SHIPPED");
  }
}
