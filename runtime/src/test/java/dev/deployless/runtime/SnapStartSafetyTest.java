package dev.deployless.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing the runtime creates in static initialization is stale after a Lambda SnapStart restore:
 * every static field is a constant of an immutable type (or a per-thread holder that is empty at
 * init), so no timestamps, random seeds, clocks, connections or threads are captured in a snapshot.
 */
class SnapStartSafetyTest {
  private static final Set<Class<?>> SAFE = Set.of(String.class, String[].class, byte[].class,
      char[].class, boolean[].class, int[].class, ThreadLocal.class, java.util.List.class);

  @Test
  void staticStateIsConstantAndSnapshotSafe() throws Exception {
    List<String> unsafe = new ArrayList<>();
    for (Class<?> type : runtimeClasses()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || field.isSynthetic()) {
          continue;
        }
        Class<?> fieldType = field.getType();
        boolean constant = Modifier.isFinal(modifiers)
            && (fieldType.isPrimitive() || fieldType.isEnum() || SAFE.contains(fieldType)
                || fieldType == type);
        if (!constant) {
          unsafe.add(type.getName() + "." + field.getName() + " (" + fieldType.getSimpleName() + ")");
        }
      }
    }
    assertTrue(unsafe.isEmpty(), "static state that a snapshot would capture: " + unsafe);
  }

  private static List<Class<?>> runtimeClasses() throws IOException, ClassNotFoundException {
    Path classes = Path.of(System.getProperty("basedir", "."), "target", "classes");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (!name.endsWith("package-info")) {
          types.add(Class.forName(name, false, SnapStartSafetyTest.class.getClassLoader()));
        }
      }
    }
    assertTrue(types.size() > 20, "runtime classes not found in " + classes);
    return types;
  }
}
