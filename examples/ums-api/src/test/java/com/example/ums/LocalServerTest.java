package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.local.LocalServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example served by the local server from the descriptor the build wrote, answering real HTTP
 * requests on 127.0.0.1 the way API Gateway and Lambda would.
 */
class LocalServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signUpLoginAndListUsersOverHttp() throws Exception {
    byte[] descriptor;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/deployless/app.json")) {
      descriptor = in.readAllBytes();
    }
    try (LocalServer server = LocalServer.start(descriptor, "127.0.0.1", 0, true)) {
      String base = "http://127.0.0.1:" + server.port() + "/dev";
      HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "/health")));
      assertEquals(200, health.statusCode(), "/health is public (Auth.NONE): " + health.body());

      HttpResponse<String> keyless = send(HttpRequest.newBuilder(URI.create(base + "/tenants"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertEquals(403, keyless.statusCode());
      assertEquals("{\"message\":\"Forbidden\"}", keyless.body());
      HttpResponse<String> revoked = send(HttpRequest.newBuilder(URI.create(base + "/tenants"))
          .header("x-api-key", "local-old-partner")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertEquals(403, revoked.statusCode(), "old-partner is disabled (enabled: false)");

      HttpResponse<String> tenant = send(HttpRequest.newBuilder(URI.create(base + "/tenants"))
          .header("x-api-key", "local-partner")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"name\":\"Local\",\"adminEmail\":\"a@local.test\",\"adminPassword\":\"password123\"}")));
      assertEquals(201, tenant.statusCode(), tenant.body());
      String tenantId = (String) ((Map<?, ?>) json(tenant).get("tenant")).get("id");

      HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
          .header("x-api-key", "local-web-app")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"tenantId\":\"" + tenantId
              + "\",\"email\":\"a@local.test\",\"password\":\"password123\"}")));
      assertEquals(200, login.statusCode(), login.body());
      String token = (String) json(login).get("token");

      HttpResponse<String> tokenless = send(HttpRequest.newBuilder(URI.create(base + "/users?limit=10"))
          .header("x-api-key", "local-web-app"));
      assertEquals(401, tokenless.statusCode(), "the Lambda authorizer's identity header is missing");
      HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(base + "/users?limit=10"))
          .header("x-api-key", "local-web-app").header("Authorization", "Bearer forged.token"));
      assertEquals(403, forged.statusCode(), "AuthController.authorize denies a token it cannot verify");

      HttpResponse<String> users = send(HttpRequest.newBuilder(URI.create(base + "/users?limit=10"))
          .header("x-api-key", "local-web-app")
          .header("Authorization", "Bearer " + token));
      assertEquals(200, users.statusCode(), users.body());
      assertEquals(1, json(users).get("total"));
      assertEquals("*", users.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

      HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/users"))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
          .header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "POST"));
      assertEquals(200, preflight.statusCode());
      assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));

      HttpResponse<String> cron = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + "/2015-03-31/functions/CleanupSessionsFunction/invocations"))
          .POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertEquals(200, cron.statusCode());
      assertTrue(cron.body().startsWith("{\"removedSessions\":"), cron.body());

      HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(base + "/nothing-here")));
      assertEquals(403, missing.statusCode());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> response) {
    return (Map<String, Object>) JsonReader.of(response.body()).readAny();
  }
}
