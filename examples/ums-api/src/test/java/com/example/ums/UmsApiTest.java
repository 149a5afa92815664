package com.example.ums;

import static com.example.ums.Api.call;
import static com.example.ums.Api.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.ums.auth.AuthFunction;
import com.example.ums.tenant.TenantFunction;
import com.example.ums.user.CleanupSessionsFunction;
import com.example.ums.user.ExportUsersFunction;
import com.example.ums.user.UserFunction;
import dev.deployless.local.ProxyEvent;
import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.ProxyResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's generated handlers answering real API Gateway REST proxy events, one function per
 * feature as deployed: sign-up, login, user management, the split export, the cron, and the 4xx
 * answers to bad requests.
 */
class UmsApiTest {
  private static TenantFunction tenants;
  private static AuthFunction auth;
  private static UserFunction users;
  private static ExportUsersFunction export;
  private static String tenantId;
  private static String adminToken;

  @BeforeAll
  static void signUp() {
    tenants = Api.create(TenantFunction::new);
    auth = Api.create(AuthFunction::new);
    users = Api.create(UserFunction::new);
    export = Api.create(ExportUsersFunction::new);
    ProxyResponse created = call(tenants, ApiGatewayEvent.request("POST", "/tenants")
        .jsonBody("{\"name\":\"Acme\",\"adminEmail\":\"Admin@Acme.test\",\"adminPassword\":\"correct-horse\"}"));
    assertEquals(201, created.status(), created.body());
    tenantId = (String) field(created, "tenant", "id");
    assertEquals("/tenants/" + tenantId, created.header("Location"));
    adminToken = login("admin@acme.test", "correct-horse");
  }

  private static String login(String email, String password) {
    ProxyResponse response = call(auth, ApiGatewayEvent.request("POST", "/auth/login").resource("/auth/login")
        .jsonBody("{\"tenantId\":\"" + tenantId + "\",\"email\":\"" + email + "\",\"password\":\""
            + password + "\"}"));
    assertEquals(200, response.status(), response.body());
    assertEquals("Bearer", field(response, "tokenType"));
    assertEquals(3600, field(response, "expiresIn"));
    return (String) field(response, "token");
  }

  private static ProxyEvent asAdmin(ProxyEvent event) {
    return event.header("Authorization", "Bearer " + adminToken);
  }

  private static String createUser(String email, String scopes) {
    ProxyResponse response = call(users, asAdmin(ApiGatewayEvent.request("POST", "/users").resource("/users")
        .jsonBody("{\"email\":\"" + email + "\",\"password\":\"password123\",\"scopes\":" + scopes + "}")));
    assertEquals(201, response.status(), response.body());
    return (String) field(response, "id");
  }

  @Test
  void userLifecycle() {
    String id = createUser("carol@acme.test", "[\"ums:users:read\"]");
    ProxyEvent get = asAdmin(ApiGatewayEvent.request("GET", "/users/" + id).resource("/users/{userId}")
        .pathParameter("userId", id));
    ProxyResponse found = call(users, get);
    assertEquals(200, found.status());
    assertEquals("carol@acme.test", field(found, "email"));
    assertEquals(List.of("ums:users:read"), field(found, "scopes"));

    ProxyResponse updated = call(users, asAdmin(ApiGatewayEvent.request("PUT", "/users/" + id)
        .resource("/users/{userId}").pathParameter("userId", id)
        .jsonBody("{\"email\":\"carol.new@acme.test\"}")));
    assertEquals(200, updated.status(), updated.body());
    assertEquals("carol.new@acme.test", field(updated, "email"));
    assertEquals(List.of("ums:users:read"), field(updated, "scopes"));

    ProxyResponse deleted = call(users, asAdmin(ApiGatewayEvent.request("DELETE", "/users/" + id)
        .resource("/users/{userId}").pathParameter("userId", id)));
    assertEquals(204, deleted.status());
    assertEquals(404, call(users, get).status());
  }

  @Test
  void listFiltersByScopeAndLimits() {
    createUser("dave@acme.test", "[\"ums:users:export\"]");
    ProxyResponse filtered = call(users, asAdmin(ApiGatewayEvent.request("GET", "/users").resource("/users")
        .query("scope", "ums:users:export").query("limit", "500")));
    assertEquals(200, filtered.status());
    for (Object user : (List<?>) field(filtered, "users")) {
      assertTrue(((List<?>) ((Map<?, ?>) user).get("scopes")).contains("ums:users:export"));
    }
    ProxyResponse limited = call(users, asAdmin(ApiGatewayEvent.request("GET", "/users").resource("/users")
        .query("limit", "1")));
    assertEquals(1, ((List<?>) field(limited, "users")).size());
    ProxyResponse tooMany = call(users, asAdmin(ApiGatewayEvent.request("GET", "/users").resource("/users")
        .query("limit", "9999")));
    assertEquals(400, tooMany.status());
    assertEquals("limit must be 1-500", field(tooMany, "message"));
  }

  @Test
  void splitExportAnswersCsv() {
    ProxyResponse csv = call(export, asAdmin(ApiGatewayEvent.request("POST", "/users/export")
        .resource("/users/export")));
    assertEquals(200, csv.status());
    assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
    assertTrue(csv.body().startsWith("id,email,scopes,created_at\n"), csv.body());
    assertTrue(csv.body().contains(",admin@acme.test,"), csv.body());
    ProxyResponse json = call(export, asAdmin(ApiGatewayEvent.request("POST", "/users/export")
        .resource("/users/export").query("format", "JSON")));
    assertEquals("application/json", json.header("Content-Type"));
    ProxyResponse bad = call(export, asAdmin(ApiGatewayEvent.request("POST", "/users/export")
        .resource("/users/export").query("format", "XML")));
    assertEquals(400, bad.status());
    assertEquals("query parameter 'format': expected one of CSV, JSON but got 'XML'", field(bad, "message"));
  }

  @Test
  void tenantDetailsNeedTheTenantsToken() {
    ProxyResponse own = call(tenants, asAdmin(ApiGatewayEvent.request("GET", "/tenants/" + tenantId)
        .resource("/tenants/{tenantId}").pathParameter("tenantId", tenantId)));
    assertEquals(200, own.status(), own.body());
    assertEquals("Acme", field(own, "name"));
    String other = "00000000-0000-0000-0000-000000000000";
    ProxyResponse foreign = call(tenants, asAdmin(ApiGatewayEvent.request("GET", "/tenants/" + other)
        .resource("/tenants/{tenantId}").pathParameter("tenantId", other)));
    assertEquals(403, foreign.status());
  }

  @Test
  void meAndLogout() {
    String token = login("admin@acme.test", "correct-horse");
    ProxyEvent me = ApiGatewayEvent.request("GET", "/auth/me").resource("/auth/me")
        .header("Authorization", "Bearer " + token);
    ProxyResponse before = call(auth, me);
    assertEquals(200, before.status());
    assertEquals(tenantId, field(before, "tenantId"));
    assertEquals(204, call(auth, ApiGatewayEvent.request("POST", "/auth/logout").resource("/auth/logout")
        .header("Authorization", "Bearer " + token)).status());
    ProxyResponse after = call(auth, me);
    assertEquals(401, after.status());
    assertEquals("session ended", field(after, "message"));
  }

  @Test
  void wrongPasswordIs401() {
    ProxyResponse response = call(auth, ApiGatewayEvent.request("POST", "/auth/login")
        .jsonBody("{\"tenantId\":\"" + tenantId + "\",\"email\":\"admin@acme.test\",\"password\":\"nope\"}"));
    assertEquals(401, response.status());
    assertEquals(Map.of("status", 401, "error", "Unauthorized", "message", "unknown tenant, email or password"),
        response.json());
  }

  @Test
  void missingTokenIs401AndMissingScopeIs403() {
    ProxyResponse anonymous = call(users, ApiGatewayEvent.request("GET", "/users").resource("/users"));
    assertEquals(401, anonymous.status());
    String id = createUser("erin@acme.test", "[\"ums:users:read\"]");
    assertNotNull(id);
    String reader = login("erin@acme.test", "password123");
    ProxyResponse forbidden = call(users, ApiGatewayEvent.request("POST", "/users").resource("/users")
        .header("Authorization", "Bearer " + reader)
        .jsonBody("{\"email\":\"x@acme.test\",\"password\":\"password123\",\"scopes\":[]}"));
    assertEquals(403, forbidden.status());
    assertEquals("this token does not grant ums:users:create", field(forbidden, "message"));
  }

  @Test
  void badRequestsAre4xxNeverServerErrors() {
    assertEquals(400, call(tenants, ApiGatewayEvent.request("POST", "/tenants").jsonBody("{\"name\":")).status());
    ProxyResponse invalid = call(tenants, ApiGatewayEvent.request("POST", "/tenants")
        .jsonBody("{\"name\":\"X\",\"adminEmail\":\"not-an-email\",\"adminPassword\":\"long-enough\"}"));
    assertEquals(400, invalid.status());
    assertEquals("adminEmail is not an email address", field(invalid, "message"));
    ProxyResponse typed = call(tenants, ApiGatewayEvent.request("POST", "/tenants")
        .jsonBody("{\"name\":[1],\"adminEmail\":\"a@b.c\",\"adminPassword\":\"long-enough\"}"));
    assertEquals("invalid request body: expected a string at $.name but found an array",
        field(typed, "message"));
    ProxyResponse notUuid = call(users, asAdmin(ApiGatewayEvent.request("GET", "/users/42")
        .resource("/users/{userId}").pathParameter("userId", "42")));
    assertEquals(400, notUuid.status());
    ProxyResponse duplicate = call(users, asAdmin(ApiGatewayEvent.request("POST", "/users").resource("/users")
        .jsonBody("{\"email\":\"admin@acme.test\",\"password\":\"password123\",\"scopes\":[]}")));
    assertEquals(409, duplicate.status());
    ProxyResponse unknownScope = call(users, asAdmin(ApiGatewayEvent.request("POST", "/users")
        .resource("/users").jsonBody("{\"email\":\"f@acme.test\",\"password\":\"password123\","
            + "\"scopes\":[\"root\"]}")));
    assertEquals(400, unknownScope.status());
  }

  @Test
  void unknownRoutesAre404And405() {
    ProxyResponse unknown = call(users, asAdmin(ApiGatewayEvent.request("GET", "/teams").resource(null)));
    assertEquals(404, unknown.status());
    ProxyResponse wrongMethod = call(users, asAdmin(ApiGatewayEvent.request("PATCH", "/users")
        .resource("/users")));
    assertEquals(405, wrongMethod.status());
    assertEquals("GET, POST", wrongMethod.header("Allow"));
  }

  @Test
  void responsesCarryCorsHeaders() {
    ProxyResponse response = call(users, asAdmin(ApiGatewayEvent.request("GET", "/users").resource("/users")
        .header("Origin", "https://app.example.com")));
    assertEquals("*", response.header("Access-Control-Allow-Origin"));
  }

  @Test
  void cleanupCronRemovesExpiredSessions() {
    CleanupSessionsFunction cleanup = Api.create(CleanupSessionsFunction::new);
    String scheduled = "{\"version\":\"0\",\"id\":\"cdc73f9d-aea9-11e3-9d5a-835b769c0d9c\","
        + "\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"account\":\"123456789012\","
        + "\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"us-east-1\","
        + "\"resources\":[\"arn:aws:events:us-east-1:123456789012:rule/cleanup\"],\"detail\":{}}";
    String result = new String(Api.invoke(cleanup, scheduled.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    assertTrue(result.startsWith("{\"removedSessions\":0,\"ranAt\":\""), result);
  }
}
