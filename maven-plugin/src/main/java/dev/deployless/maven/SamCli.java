package dev.deployless.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS SAM CLI, to which {@code deployless:deploy} hands the template: finding it on the
 * {@code PATH}, and the {@code sam deploy} command for a stack. {@code sam deploy} uploads the jar
 * that {@code CodeUri} names, creates and executes the change set, waits and prints the events; the
 * template's functions carry {@code SkipBuild} metadata, so {@code sam build} before it works too.
 */
final class SamCli {
  /** What to say when there is no SAM CLI. */
  static final String INSTALL_HINT = "install the AWS SAM CLI (https://docs.aws.amazon.com/serverless-application-model/"
      + "latest/developerguide/install-sam-cli.html, or pip install aws-sam-cli) and put sam on the PATH,"
      + " or set -Ddeployless.sam=/path/to/sam";

  private SamCli() {}

  /** {@code executable} as given when it is a path, else the first match on {@code path} (the PATH variable). */
  static Optional<Path> find(String executable, String path) {
    if (executable.contains(File.separator)) {
      Path file = Path.of(executable);
      return Files.isExecutable(file) ? Optional.of(file) : Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, executable);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** What {@code sam deploy} needs to know. */
  record Deployment(Path template, String stackName, String region, String s3Bucket, boolean guided,
      boolean confirmChangeset) {}

  /** The arguments of {@code sam deploy} (after the executable) for {@code deployment}. */
  static List<String> deployArguments(Deployment deployment) {
    List<String> arguments = new ArrayList<>(List.of("deploy",
        "--template-file", deployment.template().toString(),
        "--stack-name", deployment.stackName(),
        "--region", deployment.region(),
        "--capabilities", "CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"));
    if (deployment.s3Bucket() == null || deployment.s3Bucket().isBlank()) {
      arguments.add("--resolve-s3");
    } else {
      arguments.addAll(List.of("--s3-bucket", deployment.s3Bucket().trim()));
    }
    arguments.add("--no-fail-on-empty-changeset");
    arguments.add(deployment.confirmChangeset() ? "--confirm-changeset" : "--no-confirm-changeset");
    if (deployment.guided()) {
      arguments.add("--guided");
    }
    return arguments;
  }
}
