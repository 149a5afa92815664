package dev.deployless.processor.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.processor.config.ConfigLoader;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AuthMode;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.TypeRef;
import dev.deployless.runtime.json.JsonReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local server's contract in app.json (version 2): API keys, authorizers, each route's gate. */
class AppDescriptorTest {
  private static Project project(String yaml) {
    Report report = new Report("test");
    Project project = ConfigLoader.parse(Path.of("/app/deployless.yaml"), yaml, Map.of(), null, report);
    assertTrue(report.isClean(), "the yaml is valid");
    return project;
  }

  private static Endpoint route(String method, String path, AuthMode auth) {
    return new Endpoint(method, path, path.substring(1).replace('/', '_') + method.toLowerCase(), false,
        Settings.NONE, List.of(), new Result.None(), null, auth);
  }

  private static Map<String, Object> descriptor(Project project, AuthMode feature, Endpoint... routes) {
    FeatureClass orders = FeatureClass.builder("orders", TypeRef.declared("com.example", List.of("OrderController"), List.of()))
        .routes(List.of(routes)).auth(feature).build();
    return JsonReader.of(AppDescriptor.render(new Application(project, List.of(orders)))).readObject();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> routes(Map<String, Object> descriptor) {
    Map<String, Map<String, Object>> routes = new java.util.TreeMap<>();
    for (Object function : (List<Object>) descriptor.get("functions")) {
      for (Object route : (List<Object>) ((Map<String, Object>) function).get("routes")) {
        Map<String, Object> map = (Map<String, Object>) route;
        routes.put(map.get("method") + " " + map.get("path"), map);
      }
    }
    return routes;
  }

  @Test
  void withoutKeysOrAuthRoutesAreOpenAndThereIsNoKeyList() {
    Map<String, Object> descriptor = descriptor(project("name: shop\n"), AuthMode.INHERIT,
        route("GET", "/orders", AuthMode.INHERIT));
    assertEquals(2L, ((Number) descriptor.get("version")).longValue());
    assertFalse(descriptor.containsKey("apiKeys"));
    assertEquals(Map.of(), descriptor.get("authorizers"));
    Map<String, Object> route = routes(descriptor).get("GET /orders");
    assertEquals(false, route.get("apiKey"));
    assertNull(route.get("authorizer"));
  }

  @Test
  void simpleFormIsOneKeyNamedDefault() {
    Map<String, Object> descriptor = descriptor(project("name: shop\napi:\n  api_keys: true\n"), AuthMode.INHERIT,
        route("GET", "/orders", AuthMode.INHERIT));
    assertEquals(List.of(Map.of("name", "default", "enabled", true)), descriptor.get("apiKeys"));
    assertEquals(true, routes(descriptor).get("GET /orders").get("apiKey"));
  }

  @Test
  void keysAuthorizerAndTheHierarchyRouteOverFeatureOverProject() {
    Project project = project("""
        name: shop
        api:
          auth:
            type: lambda
            function: authorize
            ttl: 60
            identity:
              header: X-Token
          api_keys:
            - name: client-a
            - name: old
              enabled: false
            - existing: abc123
        """);
    Map<String, Object> descriptor = descriptor(project, AuthMode.AUTHORIZER,
        route("GET", "/orders", AuthMode.INHERIT),
        route("GET", "/orders/health", AuthMode.NONE),
        route("POST", "/orders", AuthMode.API_KEY),
        route("PUT", "/orders", AuthMode.AUTHORIZER_AND_API_KEY));
    assertEquals(List.of(Map.of("name", "client-a", "enabled", true), Map.of("name", "old", "enabled", false),
        Map.of("name", "abc123", "enabled", true)), descriptor.get("apiKeys"));
    assertEquals(Map.of("LambdaAuthorizer", Map.of("type", "lambda", "function", "AuthorizeFunction",
        "header", "X-Token", "ttl", 60L, "scopes", List.of())), normalize(descriptor.get("authorizers")));
    Map<String, Map<String, Object>> routes = routes(descriptor);
    assertEquals("LambdaAuthorizer", routes.get("GET /orders").get("authorizer"), "the feature's AUTHORIZER");
    assertEquals(false, routes.get("GET /orders").get("apiKey"));
    assertNull(routes.get("GET /orders/health").get("authorizer"));
    assertEquals(false, routes.get("GET /orders/health").get("apiKey"));
    assertNull(routes.get("POST /orders").get("authorizer"));
    assertEquals(true, routes.get("POST /orders").get("apiKey"));
    assertEquals("LambdaAuthorizer", routes.get("PUT /orders").get("authorizer"));
    assertEquals(true, routes.get("PUT /orders").get("apiKey"));
  }

  @Test
  void cognitoHasScopesAndNoFunction() {
    Map<String, Object> descriptor = descriptor(project("""
        name: shop
        api:
          auth:
            type: cognito
            user_pool_arn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_ABC
            scopes: [email, profile]
        """), AuthMode.INHERIT, route("GET", "/orders", AuthMode.INHERIT));
    assertEquals(Map.of("CognitoAuthorizer", Map.of("type", "cognito", "header", "Authorization", "ttl", 300L,
        "scopes", List.of("email", "profile"))), normalize(descriptor.get("authorizers")));
    assertEquals("CognitoAuthorizer", routes(descriptor).get("GET /orders").get("authorizer"));
  }

  /** {@code value} with numbers as longs and null values left out, to compare with Map.of. */
  @SuppressWarnings("unchecked")
  private static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new java.util.LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getValue() != null) {
          result.put((String) entry.getKey(), normalize(entry.getValue()));
        }
      }
      return result;
    }
    return value instanceof Number number ? (Object) number.longValue() : value;
  }
}
