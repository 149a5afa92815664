package dev.deployless.local.aws;

import java.io.IOException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@code moto_server} for a test class. Without {@code moto_server} on the PATH the tests are
 * skipped with a message saying what to install, except on CI ({@code CI=true}), where they fail.
 */
public final class TestEmulator {
  private TestEmulator() {}

  /** Starts {@code moto_server}, or skips (fails on CI) the test when it is not installed. */
  public static Emulator start() throws IOException {
    if (MotoProcess.find().isEmpty()) {
      String message = "moto_server is not on the PATH; install it (pip install 'moto[server]')"
          + " to run this check";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + ". CI requires it.");
      }
      Assumptions.abort(message + ". Skipped on this machine.");
    }
    return Emulator.start(AwsMode.MOTO, "us-east-1");
  }
}
