package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching paths against templates in API Gateway's priority. */
class RouteTableTest {
  private final RouteTable table = new RouteTable("/users", "/users/me", "/users/{id}", "/files/{path+}");

  @Test
  void findsTheResourceTemplate() {
    assertEquals(2, table.indexOfResource("/users/{id}"));
    assertEquals(-1, table.indexOfResource("/users/{userId}"));
    assertEquals(-1, table.indexOfResource(null));
  }

  @Test
  void matchesLiteralsVariablesAndGreedyTails() {
    Map<String, String> found = new HashMap<>();
    assertEquals(1, table.matchPath("/users/me", found));
    assertEquals(Map.of(), found);
    assertEquals(2, table.matchPath("/users/42/", found));
    assertEquals(Map.of("id", "42"), found);
    found.clear();
    assertEquals(3, table.matchPath("/files/a/b/c.txt", found));
    assertEquals(Map.of("path", "a/b/c.txt"), found);
    assertEquals(-1, table.matchPath("/files", new HashMap<>()));
    assertEquals(-1, table.matchPath("/users/1/2", new HashMap<>()));
    assertEquals(0, table.matchPath("/users", new HashMap<>()));
  }

  @Test
  void emptySegmentsAndSlashesAtTheEndsMatchAsBefore() {
    Map<String, String> found = new HashMap<>();
    assertEquals(0, table.matchPath("///users///", found));
    assertEquals(0, table.matchPath("/users//", found));
    assertEquals(-1, table.matchPath("/users//42", new HashMap<>()));
    assertEquals(3, table.matchPath("/files//a//b/", found));
    assertEquals(Map.of("path", "/a//b"), found);
    assertEquals(-1, table.matchPath("/", new HashMap<>()));
    assertEquals(-1, table.matchPath("", new HashMap<>()));
    RouteTable root = new RouteTable("/", "/{proxy+}");
    assertEquals(0, root.matchPath("///", new HashMap<>()));
    assertEquals(0, root.matchPath("", new HashMap<>()));
    found.clear();
    assertEquals(1, root.matchPath("/a/", found));
    assertEquals(Map.of("proxy", "a"), found);
    assertEquals(-1, table.matchPath("/usersx", new HashMap<>()));
    assertEquals(-1, table.matchPath("/user", new HashMap<>()));
  }

  /**
   * Trimming one slash at a time copied the path for each: 800,000 slashes took 13.6 s (and 102,400
   * took 1.35 GB). The walk is linear; the bound is generous, only a quadratic walk exceeds it.
   */
  @Test
  void pathsOfManySlashesAreMatchedInLinearTime() {
    String slashes = "/".repeat(800_000);
    Map<String, String> found = new HashMap<>();
    long start = System.nanoTime();
    assertEquals(-1, table.matchPath("/dev/" + slashes, found));
    assertEquals(0, table.matchPath("/users" + slashes, found));
    assertEquals(-1, table.matchPath("/users" + slashes + "x", found));
    assertEquals(3, table.matchPath("/files" + slashes + "x" + slashes, found));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(slashes.substring(1) + "x", found.get("path"));
    assertTrue(millis < 2_000, "four paths of 800,000 slashes took " + millis + " ms");
  }

  @Test
  void numbersRoutesAndResolvesMethodsPerTemplate() {
    RouteTable routes = RouteTable.ofRoutes("GET /users", "POST /users", "ANY /users/{id}",
        "DELETE /users/{id}", "GET /users/{id}");
    assertEquals(2, routes.size());
    assertEquals(0, routes.indexOfResource("/users"));
    assertEquals(1, routes.matchPath("/users/7", new HashMap<>()));
    assertEquals(0, routes.route(0, "GET"));
    assertEquals(1, routes.route(0, "POST"));
    assertEquals(-1, routes.route(0, "PUT"));
    assertEquals("GET, POST", routes.allowed(0));
    // Exact methods win over ANY, which answers every other method.
    assertEquals(3, routes.route(1, "DELETE"));
    assertEquals(4, routes.route(1, "GET"));
    assertEquals(2, routes.route(1, "PATCH"));
    assertEquals("DELETE, GET", routes.allowed(1));
  }

  @Test
  void pathOnlyTablesNumberTemplates() {
    assertEquals(2, table.route(2, "PATCH"));
    assertEquals("", table.allowed(2));
  }

  @Test
  void rejectsRoutesWithoutMethod() {
    assertThrows(IllegalArgumentException.class,
        () -> RouteTable.ofRoutes("/users"));
  }

  @Test
  void ordersTemplatesByPriority() {
    List<String> templates = new ArrayList<>(List.of("/{proxy+}", "/users/{id}", "/users/{id}/orders",
        "/users/me", "/users", "/a"));
    templates.sort(RouteTable::compareTemplates);
    assertEquals(List.of("/a", "/users", "/users/me", "/users/{id}", "/users/{id}/orders", "/{proxy+}"),
        templates);
  }
}
