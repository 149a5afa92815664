package dev.deployless.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.handler.Conversions;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scalar table names runtime methods that exist, with the types its rows say. */
class ScalarKindTest {
  private static final Map<Class<?>, Class<?>> PRIMITIVES = Map.of(Boolean.class, boolean.class,
      Byte.class, byte.class, Short.class, short.class, Integer.class, int.class, Long.class, long.class,
      Float.class, float.class, Double.class, double.class, Character.class, char.class);

  @Test
  void theJsonReaderMethodReturnsTheKindsType() throws NoSuchMethodException {
    for (ScalarKind kind : ScalarKind.values()) {
      Method next = JsonReader.class.getMethod(kind.readMethod());
      assertEquals(kind.primitive() != null ? PRIMITIVES.get(kind.type()) : kind.type(), next.getReturnType(),
          kind.toString());
    }
  }

  @Test
  void theConversionTakesTextAndWhatAndReturnsTheKindsType() throws NoSuchMethodException {
    for (ScalarKind kind : ScalarKind.values()) {
      if (kind == ScalarKind.STRING) {
        assertEquals(null, kind.conversion());
        continue;
      }
      Method conversion = Conversions.class.getMethod(kind.conversion(), String.class, String.class);
      assertEquals(kind.primitive() != null ? PRIMITIVES.get(kind.type()) : kind.type(),
          conversion.getReturnType(), kind.toString());
    }
  }

  @Test
  void theJsonWriterMethodTakesTheKindsType() {
    for (ScalarKind kind : ScalarKind.values()) {
      boolean found = false;
      for (Method method : JsonWriter.class.getMethods()) {
        found |= method.getName().equals(kind.writeMethod()) && method.getParameterCount() == 1
            && method.getParameterTypes()[0].isAssignableFrom(kind.type());
      }
      assertTrue(found, kind + ": JsonWriter." + kind.writeMethod() + "(" + kind.type().getSimpleName() + ")");
    }
  }

  @Test
  void classesAndPrimitivesFindTheirKind() {
    for (ScalarKind kind : ScalarKind.values()) {
      assertEquals(kind, ScalarKind.ofClass(kind.type().getName()).orElseThrow());
      if (kind.primitive() != null) {
        assertEquals(kind, ScalarKind.ofPrimitive(kind.primitive()));
      }
    }
    assertTrue(ScalarKind.ofClass("java.util.List").isEmpty());
  }

  @Test
  void defaultsAreCheckedByTheConversionTheHandlerCalls() {
    assertTrue(ScalarKind.INT.converts("42"));
    assertFalse(ScalarKind.INT.converts("ten"));
    assertFalse(ScalarKind.BYTE.converts("300"));
    assertTrue(ScalarKind.LOCAL_DATE.converts("2026-01-31"));
    assertFalse(ScalarKind.LOCAL_DATE.converts("31.01.2026"));
    assertTrue(ScalarKind.STRING.converts("anything"));
    assertEquals("an integer from -128 to 127", ScalarKind.BYTE.expected());
    assertEquals("an ISO-8601 date such as 2026-01-31", ScalarKind.LOCAL_DATE.expected());
  }
}
