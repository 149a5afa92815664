package dev.deployless.runtime.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceVariablesTest {

  @Test
  void readsTheVariableOfTheFunction() throws Exception {
    String table = Environment.callWith(Map.of("USERS_TABLE", "ums-users"),
        () -> ResourceVariables.require("users", "users", "USERS_TABLE"));
    assertEquals("ums-users", table);
  }

  @Test
  void aMissingVariableNamesTheResourceTheVariableAndTheFeature() throws Exception {
    IllegalStateException missing = Environment.callWith(Map.of("OTHER", "x"), () -> assertThrows(
        IllegalStateException.class, () -> ResourceVariables.require("tenant", "tenantKey", "KEY_ID")));
    assertEquals("resource 'tenantKey' of feature 'tenant' is not available: environment variable KEY_ID"
        + " is not set for this function. deployless sets it in template.yaml; outside Lambda, set it"
        + " yourself", missing.getMessage());
  }

  @Test
  void anEmptyVariableCountsAsMissing() throws Exception {
    assertThrows(IllegalStateException.class, () -> Environment.callWith(Map.of("KEY_ID", ""),
        () -> ResourceVariables.require("tenant", "tenantKey", "KEY_ID")));
    assertFalse(Environment.callWith(Map.of("KEY_ID", ""), () -> ResourceVariables.present("KEY_ID")));
  }

  @Test
  void presentWhenEveryVariableIsSet() throws Exception {
    assertTrue(Environment.callWith(Map.of("A", "1", "B", "2"), () -> ResourceVariables.present("A", "B")));
    assertFalse(Environment.callWith(Map.of("A", "1"), () -> ResourceVariables.present("A", "B")));
  }
}
