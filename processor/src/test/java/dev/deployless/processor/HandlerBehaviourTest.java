package dev.deployless.processor;

import static dev.deployless.processor.CompiledClasses.call;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.ProxyResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated HTTP handlers answering real API Gateway REST proxy events: parameter binding, results,
 * routing, errors (never a 500 for bad input, never a stack trace to the caller) and CORS.
 */
class HandlerBehaviourTest {
  @TempDir static Path dir;
  private static Object items;

  private static final String ITEMS = """
      package com.example;

      import com.amazonaws.services.lambda.runtime.Context;
      import dev.deployless.annotations.*;
      import dev.deployless.runtime.ConflictException;
      import dev.deployless.runtime.Request;
      import dev.deployless.runtime.Response;
      import java.util.*;

      @Feature(name = "items", basePath = "/items")
      public class ItemController {
        public enum Color { RED, GREEN }
        public record Item(String id, String name, int quantity, Color color) {}
        public record NewItem(String name, int quantity, Color color) {}

        private final Map<String, Item> items = new LinkedHashMap<>();

        public ItemController() {
          items.put("a b", new Item("a b", "spaced", 1, Color.RED));
        }

        @Route(method = HttpMethod.GET)
        public List<Item> list(@QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("color") Optional<Color> color, @QueryParam("tag") List<String> tags,
            @QueryParam("page") List<Integer> pages) {
          List<Item> result = new ArrayList<>();
          for (Item item : items.values()) {
            if (color.isEmpty() || color.get() == item.color()) {
              result.add(item);
            }
          }
          return result.subList(0, Math.min(limit, result.size()));
        }

        @Route(method = HttpMethod.GET, path = "/{id}")
        public Optional<Item> get(@PathParam("id") String id) {
          return Optional.ofNullable(items.get(id));
        }

        @Route(method = HttpMethod.POST)
        public Response<Item> create(@Body NewItem body, @HeaderParam("X-Tenant") String tenant) {
          String id = tenant + "-" + body.name();
          if (items.containsKey(id)) {
            throw new ConflictException("item " + id + " exists");
          }
          Item item = new Item(id, body.name(), body.quantity(), body.color());
          items.put(id, item);
          return Response.created(item).header("Location", "/items/" + id)
              .header("Set-Cookie", "a=1").header("Set-Cookie", "b=2");
        }

        @Route(method = HttpMethod.DELETE, path = "/{id}")
        public void delete(@PathParam("id") String id) {
          items.remove(id);
        }

        @Route(method = HttpMethod.GET, path = "/count/{n}")
        public int count(@PathParam("n") long n, @HeaderParam("X-Scale") @DefaultValue("1") int scale) {
          return (int) n * scale;
        }

        @Route(method = HttpMethod.GET, path = "/uuid/{id}")
        public String uuid(@PathParam("id") UUID id) {
          return id.toString();
        }

        @Route(method = HttpMethod.GET, path = "/hello")
        public String hello(Request request, Context context) {
          return "hello " + request.sourceIp() + " " + (context == null);
        }

        @Route(method = HttpMethod.GET, path = "/nothing")
        public Item nothing() {
          return null;
        }

        @Route(method = HttpMethod.GET, path = "/boom")
        public String boom() {
          throw new IllegalStateException("secret detail");
        }

        @Route(method = HttpMethod.POST, path = "/raw")
        public String raw(@Body String text) {
          return text.toUpperCase();
        }

        @Route(method = HttpMethod.POST, path = "/bytes")
        public byte[] bytes(@Body byte[] data) {
          byte[] reversed = new byte[data.length];
          for (int i = 0; i < data.length; i++) {
            reversed[i] = data[data.length - 1 - i];
          }
          return reversed;
        }

        @Route(method = HttpMethod.PUT, path = "/optional")
        public String optional(@Body Optional<NewItem> body) {
          return body.map(NewItem::name).orElse("none");
        }

        @Route(method = HttpMethod.GET, path = "/required")
        public String required(@QueryParam("q") String q, @QueryParam("flag") boolean flag) {
          return q + flag;
        }

        @Route(method = HttpMethod.ANY, path = "/echo")
        public String echo(Request request) {
          return "any " + request.method();
        }

        @Route(method = HttpMethod.GET, path = "/echo")
        public String echoGet() {
          return "get";
        }
      }
      """;

  @BeforeAll
  static void compile() {
    TestProject project = new TestProject(dir).config("""
        name: app
        api:
          binary_media_types: [application/octet-stream]
          cors:
            allow_origin: [https://a.example.com, https://b.example.com]
            allow_methods: [GET, POST]
            allow_headers: [Content-Type]
            max_age: 600
        """);
    CompiledClasses classes = new CompiledClasses(project.compile(
        source("com.example.ItemController", ITEMS)));
    items = classes.newHandler("com.example.ItemsFunction");
  }

  private static ProxyResponse get(String path, String resource) {
    return call(items, ApiGatewayEvent.request("GET", path).resource(resource).bytes());
  }

  private static String message(ProxyResponse response) {
    return (String) ((Map<?, ?>) response.json()).get("message");
  }

  @Test
  void pathParameterIsBoundAndPercentDecoded() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items/a%20b")
        .resource("/items/{id}").pathParameter("id", "a%20b").bytes());
    assertEquals(200, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertEquals(Map.of("id", "a b", "name", "spaced", "quantity", 1, "color", "RED"), response.json());
  }

  @Test
  void requestWithoutResourceIsRoutedByPath() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items/count/21")
        .resource(null).header("X-Scale", "2").bytes());
    assertEquals(200, response.status());
    assertEquals("42", response.body());
  }

  @Test
  void literalPathWinsOverVariable() {
    ProxyResponse response = get("/items/hello", null);
    assertEquals(200, response.status());
    assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
    assertEquals("hello 198.51.100.7 true", response.body());
  }

  @Test
  void queryParametersDefaultsOptionalsAndLists() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items").query("color", "GREEN")
        .query("tag", "x").query("tag", "y").query("page", "1").query("page", "2").bytes());
    assertEquals(200, response.status());
    for (Object item : (List<?>) response.json()) {
      assertEquals("GREEN", ((Map<?, ?>) item).get("color"));
    }
    ProxyResponse limited = call(items, ApiGatewayEvent.request("GET", "/items").query("limit", "0").bytes());
    assertEquals(List.of(), limited.json());
  }

  @Test
  void unconvertibleQueryParameterIs400NamingIt() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items").query("limit", "ten").bytes());
    assertEquals(400, response.status());
    assertEquals("query parameter 'limit': expected an integer but got 'ten'", message(response));
  }

  @Test
  void unknownEnumConstantIs400ListingTheConstants() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items").query("color", "BLUE").bytes());
    assertEquals(400, response.status());
    assertEquals("query parameter 'color': expected one of RED, GREEN but got 'BLUE'", message(response));
  }

  @Test
  void unconvertibleListElementIs400() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items").query("page", "1")
        .query("page", "two").bytes());
    assertEquals(400, response.status());
    assertEquals("query parameter 'page': expected an integer but got 'two'", message(response));
  }

  @Test
  void missingRequiredQueryParameterIs400() {
    ProxyResponse response = get("/items/required", "/items/required");
    assertEquals(400, response.status());
    assertEquals("missing required query parameter 'q'", message(response));
    ProxyResponse flag = call(items, ApiGatewayEvent.request("GET", "/items/required")
        .query("q", "x").query("flag", "maybe").bytes());
    assertEquals("query parameter 'flag': expected true or false but got 'maybe'", message(flag));
  }

  @Test
  void invalidUuidIs400() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items/uuid/123")
        .resource("/items/uuid/{id}").pathParameter("id", "123").bytes());
    assertEquals(400, response.status());
    assertEquals("path parameter 'id': expected a UUID but got '123'", message(response));
  }

  @Test
  void jsonBodyCreatesWith201HeadersAndRepeatedCookies() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("POST", "/items")
        .header("x-tenant", "acme").jsonBody("{\"name\":\"pen\",\"quantity\":3,\"color\":\"GREEN\"}").bytes());
    assertEquals(201, response.status());
    assertEquals("/items/acme-pen", response.header("Location"));
    assertEquals(List.of("a=1", "b=2"), response.headers("Set-Cookie"));
    assertEquals(Map.of("id", "acme-pen", "name", "pen", "quantity", 3, "color", "GREEN"), response.json());
  }

  @Test
  void httpExceptionKeepsItsStatus() {
    byte[] event = ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "dup")
        .jsonBody("{\"name\":\"x\",\"quantity\":1,\"color\":\"RED\"}").bytes();
    call(items, event);
    ProxyResponse response = call(items, event);
    assertEquals(409, response.status());
    assertEquals(Map.of("status", 409, "error", "Conflict", "message", "item dup-x exists"), response.json());
  }

  @Test
  void malformedJsonBodyIs400() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "t")
        .jsonBody("{\"name\": \"pen\",").bytes());
    assertEquals(400, response.status());
    assertTrue(message(response).startsWith("invalid request body: malformed JSON at line 1, column 16"),
        message(response));
  }

  @Test
  void mistypedJsonBodyIs400NamingTheProperty() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "t")
        .jsonBody("{\"name\":\"pen\",\"quantity\":\"three\"}").bytes());
    assertEquals(400, response.status());
    assertEquals("invalid request body: expected an integer at $.quantity but found a string",
        message(response));
  }

  @Test
  void missingAndNullBodiesAre400() {
    ProxyResponse missing = call(items, ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "t").bytes());
    assertEquals(400, missing.status());
    assertEquals("missing required request body", message(missing));
    ProxyResponse nullBody = call(items, ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "t")
        .jsonBody("null").bytes());
    assertEquals(400, nullBody.status());
    assertEquals("invalid request body: expected a value but found null", message(nullBody));
  }

  @Test
  void missingRequiredHeaderIs400() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("POST", "/items")
        .jsonBody("{\"name\":\"pen\",\"quantity\":1,\"color\":\"RED\"}").bytes());
    assertEquals(400, response.status());
    assertEquals("missing required header 'X-Tenant'", message(response));
  }

  @Test
  void nonJsonContentTypeIs415() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "t")
        .header("Content-Type", "text/plain").body("{}").bytes());
    assertEquals(415, response.status());
  }

  @Test
  void base64JsonBodyIsDecoded() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("POST", "/items").header("X-Tenant", "b64")
        .binaryBody("{\"name\":\"cup\",\"quantity\":2,\"color\":\"RED\"}".getBytes(StandardCharsets.UTF_8),
            "application/json").bytes());
    assertEquals(201, response.status());
  }

  @Test
  void rawTextAndBinaryBodies() {
    ProxyResponse text = call(items, ApiGatewayEvent.request("POST", "/items/raw").body("shout").bytes());
    assertEquals("SHOUT", text.body());
    ProxyResponse bytes = call(items, ApiGatewayEvent.request("POST", "/items/bytes")
        .binaryBody(new byte[] {1, 2, 3}, "application/octet-stream").bytes());
    assertEquals(200, bytes.status());
    assertTrue(bytes.isBase64Encoded());
    assertEquals("application/octet-stream", bytes.header("Content-Type"));
    assertArrayEquals(new byte[] {3, 2, 1}, bytes.bodyBytes());
  }

  @Test
  void optionalBodyMayBeAbsent() {
    assertEquals("none", call(items, ApiGatewayEvent.request("PUT", "/items/optional").bytes()).body());
    assertEquals("pen", call(items, ApiGatewayEvent.request("PUT", "/items/optional")
        .jsonBody("{\"name\":\"pen\"}").bytes()).body());
  }

  @Test
  void voidIs204AndNullIs204() {
    ProxyResponse deleted = call(items, ApiGatewayEvent.request("DELETE", "/items/x")
        .resource("/items/{id}").pathParameter("id", "x").bytes());
    assertEquals(204, deleted.status());
    assertNull(deleted.body());
    assertEquals(204, get("/items/nothing", "/items/nothing").status());
  }

  @Test
  void emptyOptionalIs404() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items/zz")
        .resource("/items/{id}").pathParameter("id", "zz").bytes());
    assertEquals(404, response.status());
    assertEquals("nothing found at /items/zz", message(response));
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405WithAllow() {
    ProxyResponse unknown = get("/nowhere", null);
    assertEquals(404, unknown.status());
    assertEquals("no route matches GET /nowhere", message(unknown));
    ProxyResponse wrong = call(items, ApiGatewayEvent.request("PATCH", "/items/x").resource("/items/{id}")
        .pathParameter("id", "x").bytes());
    assertEquals(405, wrong.status());
    assertEquals("DELETE, GET", wrong.header("Allow"));
  }

  @Test
  void anyRouteAnswersWhatNoExactMethodOfItsPathDoes() {
    ProxyResponse exact = call(items, ApiGatewayEvent.request("GET", "/items/echo").resource("/items/echo")
        .bytes());
    assertEquals("get", exact.body());
    ProxyResponse other = call(items, ApiGatewayEvent.request("PATCH", "/items/echo").resource("/items/echo")
        .bytes());
    assertEquals(200, other.status());
    assertEquals("any PATCH", other.body());
  }

  @Test
  void unexpectedExceptionIs500WithoutItsDetailsButLogged() {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    ProxyResponse response;
    try {
      response = call(items, ApiGatewayEvent.request("GET", "/items/boom").requestId("req-42").bytes());
    } finally {
      System.setErr(original);
    }
    assertEquals(500, response.status());
    assertFalse(response.body().contains("secret detail"), response.body());
    assertFalse(response.body().contains("IllegalStateException"), response.body());
    assertEquals("req-42", ((Map<?, ?>) response.json()).get("requestId"));
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("req-42") && logged.contains("secret detail")
        && logged.contains("IllegalStateException"), logged);
  }

  @Test
  void malformedEventIs400() {
    ProxyResponse response = ProxyResponse.parse(CompiledClasses.invoke(items,
        "{\"httpMethod\": ".getBytes(StandardCharsets.UTF_8)));
    assertEquals(400, response.status());
  }

  @Test
  void allowedOriginIsEchoedWithVary() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("GET", "/items")
        .header("Origin", "https://b.example.com").bytes());
    assertEquals("https://b.example.com", response.header("Access-Control-Allow-Origin"));
    assertEquals("Origin", response.header("Vary"));
    ProxyResponse other = call(items, ApiGatewayEvent.request("GET", "/items")
        .header("Origin", "https://evil.example.com").bytes());
    assertNull(other.header("Access-Control-Allow-Origin"));
  }

  @Test
  void preflightIsAnsweredByTheFunction() {
    ProxyResponse response = call(items, ApiGatewayEvent.request("OPTIONS", "/items")
        .header("Origin", "https://a.example.com").header("Access-Control-Request-Method", "POST").bytes());
    assertEquals(204, response.status());
    assertEquals("https://a.example.com", response.header("Access-Control-Allow-Origin"));
    assertEquals("GET,POST", response.header("Access-Control-Allow-Methods"));
    assertEquals("Content-Type", response.header("Access-Control-Allow-Headers"));
    assertEquals("600", response.header("Access-Control-Max-Age"));
  }
}
