package dev.deployless.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program the tests run as an external judge. On CI ({@code CI=true}) a missing tool fails the
 * test, so the check can never silently disappear; on a developer's machine it skips the check with
 * a message saying what to install.
 */
final class ExternalTool {
  /** What a finished run printed. */
  record Run(int exitCode, String output, String errors) {}

  private ExternalTool() {}

  /** The executable {@code name} on the PATH, or fails (CI) or skips (elsewhere) the test. */
  static Path require(String name, String install) {
    Optional<Path> found = find(name);
    if (found.isPresent()) {
      return found.get();
    }
    String message = name + " is not on the PATH; install it (" + install + ") to run this check";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + ". CI requires it.");
    }
    Assumptions.abort(message + ". Skipped on this machine.");
    throw new AssertionError("unreachable");
  }

  /** Fails (CI) or skips (elsewhere) the test unless {@code python} can import {@code module}. */
  static void requireModule(Path python, String module, String install) {
    try {
      Run run = run(List.of(python.toString(), "-c", "import " + module), null);
      if (run.exitCode() == 0) {
        return;
      }
    } catch (IOException e) {
      // Treated as missing below.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String message = "the Python module " + module + " is not installed; install it (" + install
        + ") to run this check";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + ". CI requires it.");
    }
    Assumptions.abort(message + ". Skipped on this machine.");
  }

  static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs {@code command} (at most two minutes), capturing its output. */
  static Run run(List<String> command, Path directory) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    Path out = Files.createTempFile("deployless-tool", ".out");
    Path err = Files.createTempFile("deployless-tool", ".err");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putIfAbsent("AWS_DEFAULT_REGION", "us-east-1");
      Process process = builder.start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        Assertions.fail(String.join(" ", command) + " did not finish within two minutes");
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
