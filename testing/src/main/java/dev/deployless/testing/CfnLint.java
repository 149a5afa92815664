package dev.deployless.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/** Runs {@code cfn-lint}, AWS's CloudFormation linter, on a template. */
public final class CfnLint {
  /** cfn-lint's exit code bits for errors and warnings (informational findings are bit 8). */
  private static final int ERRORS = 2;
  private static final int WARNINGS = 4;

  private CfnLint() {}

  /**
   * Fails unless cfn-lint reports neither an error nor a warning for {@code template}. Skips when
   * cfn-lint is not installed, except on CI where that fails.
   */
  public static void assertClean(Path template) {
    Path executable = ExternalTool.require("cfn-lint", "pip install cfn-lint");
    try {
      ExternalTool.Run run = ExternalTool.run(
          List.of(executable.toString(), "--format", "parseable", template.toString()), null);
      if ((run.exitCode() & (ERRORS | WARNINGS)) != 0 || run.exitCode() == 1) {
        Assertions.fail("cfn-lint found problems in " + template + " (exit " + run.exitCode() + "):\n"
            + run.output() + run.errors());
      }
    } catch (IOException e) {
      Assertions.fail("cannot run cfn-lint: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Assertions.fail("interrupted while running cfn-lint");
    }
  }
}
