package dev.deployless.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.processor.diagnostic.Code;
import dev.deployless.processor.diagnostic.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue stays documented and tested: every code in the README table, in a test, and with
 * its sentences in the {@link Message} catalogue.
 */
class DiagnosticCatalogueTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

  @Test
  void readmeListsEveryCodeWithItsRule() throws IOException {
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Code code : Code.values()) {
      if (!readme.contains("| " + code.name() + " | " + code.rule() + " |")) {
        missing.add(code.name() + " (" + code.rule() + ")");
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
    for (Code code : Code.values()) {
      if (code != Code.E99 && !tests.toString().contains("[" + code.name() + "]")) {
        untested.add(code.name());
      }
    }
    assertTrue(untested.isEmpty(), "no diagnostics test asserts " + untested);
  }

  @Test
  void everyCodeHasItsSentencesAndEverySentenceItsCodesName() {
    List<String> wrong = new ArrayList<>();
    for (Code code : Code.values()) {
      if (Stream.of(Message.values()).noneMatch(message -> message.code() == code)) {
        wrong.add(code.name() + " has no message");
      }
    }
    for (Message message : Message.values()) {
      if (message.code() != null && !message.name().equals(message.code().name())
          && !message.name().startsWith(message.code().name() + "_")) {
        wrong.add(message.name() + " is reported as " + message.code());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("; ", wrong));
  }
}
