package dev.deployless.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-function environments under the local server and in tests. */
class EnvironmentTest {

  @Test
  void callWithOverridesAndRestores() throws Exception {
    String inside = Environment.callWith(Map.of("GREETING", "hi"), () -> Environment.get("GREETING"));
    assertEquals("hi", inside);
    assertEquals(System.getenv("GREETING"), Environment.get("GREETING"));
  }

  @Test
  void overrideHidesTheProcessEnvironment() throws Exception {
    assertNull(Environment.callWith(Map.of(), () -> Environment.get("PATH")));
    assertEquals("x", Environment.callWith(Map.of(), () -> Environment.get("PATH", "x")));
  }

  @Test
  void requireNamesTheVariable() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Environment.callWith(Map.of(), () -> Environment.require("TOKEN_SECRET")));
    assertEquals("environment variable TOKEN_SECRET is not set for this function", e.getMessage());
  }
}
