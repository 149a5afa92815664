package dev.deployless.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * Transforms a SAM template with AWS's SAM translator (the Python package {@code aws-sam-translator}
 * that CloudFormation's {@code AWS::Serverless} transform runs), as a deployment would.
 */
public final class SamTranslator {
  private SamTranslator() {}

  /**
   * The CloudFormation template (JSON) {@code template} transforms into; fails with the
   * translator's messages when it rejects the template. Skips without Python, except on CI.
   */
  public static String transform(Path template) {
    Path python = ExternalTool.require("python3", "a Python 3 with pip install aws-sam-translator");
    ExternalTool.requireModule(python, "samtranslator", "pip install aws-sam-translator");
    try (InputStream script = SamTranslator.class.getResourceAsStream("sam_translate.py")) {
      Path copy = Files.createTempFile("sam_translate", ".py");
      try {
        Files.write(copy, script.readAllBytes());
        ExternalTool.Run run = ExternalTool.run(
            List.of(python.toString(), copy.toString(), template.toString()), null);
        if (run.exitCode() != 0) {
          Assertions.fail("the SAM translator rejected " + template + " (exit " + run.exitCode()
              + "):\n" + run.errors());
        }
        return run.output();
      } finally {
        Files.deleteIfExists(copy);
      }
    } catch (IOException e) {
      Assertions.fail("cannot run the SAM translator: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Assertions.fail("interrupted while running the SAM translator");
    }
    throw new AssertionError("unreachable");
  }
}
