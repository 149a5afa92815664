package dev.deployless.testing;

import dev.deployless.local.ProxyEvent;

/**
 * API Gateway REST API proxy events as a deployed API receives them from {@code curl}: the event
 * builder of {@code deployless-local} ({@link ProxyEvent}, which also builds the local server's
 * events) with the headers curl and API Gateway add.
 *
 * <pre>{@code
 * byte[] event = ApiGatewayEvent.request("GET", "/users/42")
 *     .resource("/users/{userId}").pathParameter("userId", "42").bytes();
 * }</pre>
 */
public final class ApiGatewayEvent {
  private ApiGatewayEvent() {}

  /** A request for {@code method} and {@code path}; the resource defaults to the path. */
  public static ProxyEvent request(String method, String path) {
    return ProxyEvent.request(method, path)
        .header("Accept", "*/*")
        .header("Host", "abcdef1234.execute-api.us-east-1.amazonaws.com")
        .header("User-Agent", "curl/8.5.0")
        .header("X-Amzn-Trace-Id", "Root=1-5e66d96f-7491f09xmpl79d18acf3d050")
        .header("X-Forwarded-For", "198.51.100.7")
        .header("X-Forwarded-Port", "443")
        .header("X-Forwarded-Proto", "https");
  }
}
