package dev.deployless.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.processor.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue stays documented and tested: every code in the README table and in a test. */
class DiagnosticCatalogueTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

  @Test
  void readmeListsEveryCodeWithItsRule() throws IOException {
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Diagnostic diagnostic : Diagnostic.values()) {
      if (!readme.contains("| " + diagnostic.code() + " | " + diagnostic.rule() + " |")) {
        missing.add(diagnostic.code() + " (" + diagnostic.rule() + ")");
      }
    }
    assertTrue(missing.isEmpty(), "README.md's error table lacks " + missing);
  }

  @Test
  void everyCodeButInternalErrorsHasATest() throws IOException {
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/test/java"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith("DiagnosticsTest.java"))::iterator) {
        tests.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<String> untested = new ArrayList<>();
    for (Diagnostic diagnostic : Diagnostic.values()) {
      if (diagnostic != Diagnostic.E99 && !tests.toString().contains("[" + diagnostic.code() + "]")) {
        untested.add(diagnostic.code());
      }
    }
    assertTrue(untested.isEmpty(), "no diagnostics test asserts " + untested);
  }
}
