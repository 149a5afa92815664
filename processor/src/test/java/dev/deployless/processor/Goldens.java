package dev.deployless.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/**
 * Golden files under {@code src/test/resources/goldens/<TestClass>/<method>/}. A difference fails
 * the test; run with {@code -Dgoldens.update=true} to rewrite the goldens after reviewing the change.
 */
final class Goldens {
  private Goldens() {}

  static void assertMatches(Class<?> test, String method, String file, String actual) {
    Path golden = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "goldens",
        test.getSimpleName(), method, file);
    try {
      if (Boolean.getBoolean("goldens.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        Assertions.fail("no golden file " + golden + "; review the output and create it with"
            + " -Dgoldens.update=true:\n" + actual);
      }
      Assertions.assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
          "output differs from " + golden + " (rewrite with -Dgoldens.update=true if intended)");
    } catch (IOException e) {
      Assertions.fail("cannot use golden file " + golden + ": " + e);
    }
  }
}
