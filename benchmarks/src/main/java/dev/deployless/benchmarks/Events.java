package dev.deployless.benchmarks;

import dev.deployless.local.ProxyEvent;
import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.SqsEvent;

/**
 * The events the benchmarks send: API Gateway events with the headers a browser or SDK client
 * sends, and an SQS batch of orders.
 */
final class Events {
  private Events() {}

  /** A JSON order of three lines. */
  static final String ORDER = "{\"customerId\":\"cust-7\",\"lines\":[{\"sku\":\"sku-1\",\"quantity\":2,"
      + "\"price\":9.5},{\"sku\":\"sku-2\",\"quantity\":1,\"price\":20.0},{\"sku\":\"sku-3\","
      + "\"quantity\":4,\"price\":1.25}],\"note\":\"leave at the door\"}";

  /** POST /orders with a JSON order of three lines. */
  static byte[] createOrder() {
    return realistic(ApiGatewayEvent.request("POST", "/orders").resource("/orders"))
        .jsonBody(ORDER)
        .bytes();
  }

  /** An SQS batch of ten messages, each a JSON order of three lines (about 7 KB). */
  static byte[] orderBatch() {
    SqsEvent event = SqsEvent.queue("arn:aws:sqs:eu-west-1:123456789012:orders");
    for (int i = 0; i < 10; i++) {
      event.message("4d1c5e8a-7b3f-4a2e-9c61-0000000000" + (10 + i), ORDER);
    }
    return event.bytes();
  }

  /** GET /orders/{orderId}: about 2 KB, as API Gateway sends it from a browser. */
  static byte[] getOrder() {
    return realistic(ApiGatewayEvent.request("GET", "/orders/ord-42").resource("/orders/{orderId}")
        .pathParameter("orderId", "ord-42")).bytes();
  }

  private static ProxyEvent realistic(ProxyEvent event) {
    return event
        .header("Accept-Encoding", "gzip, deflate, br")
        .header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.8")
        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyIsImV4cCI6MTc3MjY1MTcxN30.sig")
        .header("CloudFront-Forwarded-Proto", "https")
        .header("CloudFront-Is-Desktop-Viewer", "true")
        .header("CloudFront-Viewer-Country", "FR")
        .header("Origin", "https://shop.example.com")
        .header("Referer", "https://shop.example.com/orders")
        .header("Via", "2.0 a1b2c3d4e5f6.cloudfront.net (CloudFront)")
        .header("X-Amz-Cf-Id", "Qx9nL3cK0m7aB2xYzW4vU1tR8sP5oN6mL9kJ3hG2fE1dC0bA==");
  }
}
