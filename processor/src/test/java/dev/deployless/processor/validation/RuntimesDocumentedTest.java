package dev.deployless.processor.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runtimes the docs list are those the rules accept, and the deprecated ones are named. */
class RuntimesDocumentedTest {
  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).resolveSibling("docs");

  @Test
  void configurationListsTheAcceptedRuntimes() throws IOException {
    String configuration = Files.readString(DOCS.resolve("configuration.md"), StandardCharsets.UTF_8);
    String listed = "# " + String.join(" | ", Limits.RUNTIMES) + " (E58";
    assertTrue(configuration.contains(listed), "docs/configuration.md lacks '" + listed + "'");
  }

  @Test
  void errorsNameEveryAcceptedAndDeprecatedRuntime() throws IOException {
    String errors = Files.readString(DOCS.resolve("errors.md"), StandardCharsets.UTF_8);
    String e58 = errors.substring(errors.indexOf("### E58"), errors.indexOf("### E59"));
    for (String runtime : Limits.RUNTIMES) {
      assertTrue(e58.contains("`" + runtime + "`"), "E58 in docs/errors.md lacks " + runtime);
    }
    for (var deprecated : Limits.DEPRECATED_RUNTIMES.entrySet()) {
      assertTrue(e58.contains("`" + deprecated.getKey() + "`"), "E58 lacks " + deprecated.getKey());
      assertTrue(e58.contains(deprecated.getValue().createBlock()), "E58 lacks " + deprecated.getValue());
    }
  }
}
