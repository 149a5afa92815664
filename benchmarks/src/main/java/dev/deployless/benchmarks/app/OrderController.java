package dev.deployless.benchmarks.app;

import dev.deployless.annotations.Body;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.PathParam;
import dev.deployless.annotations.Route;
import dev.deployless.runtime.Response;

/** The benchmarked feature: create an order from a JSON body, read one by id. */
@Feature(name = "orders", basePath = "/orders")
public class OrderController {

  @Route(method = HttpMethod.POST)
  public Response<Orders.Order> create(@Body Orders.NewOrder order) {
    return Response.created(Orders.create(order));
  }

  @Route(method = HttpMethod.GET, path = "/{orderId}")
  public Orders.Order get(@PathParam("orderId") String orderId) {
    return Orders.find(orderId);
  }
}
