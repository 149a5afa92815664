package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void ordersTemplatesByPriority() {
    List<String> templates = new ArrayList<>(List.of("/{proxy+}", "/users/{id}", "/users/{id}/orders",
        "/users/me", "/users", "/a"));
    templates.sort(RouteTable::compareTemplates);
    assertEquals(List.of("/a", "/users", "/users/me", "/users/{id}", "/users/{id}/orders", "/{proxy+}"),
        templates);
  }
}
