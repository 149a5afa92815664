package dev.deployless.maven;

import dev.deployless.processor.config.ConfigLoader;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.validation.ConfigRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * {@code deployless.yaml} read by the processor's own {@code config} package, so that every goal
 * sees the name, stage, {@code env_file} and secret names the template was made from
 * (interpolation from the environment, the stage override, the defaults).
 *
 * @param project the settings
 * @param errors the file's errors as the compiler would print them ({@code [E27] ...}), if any
 */
record ProjectSettings(Project project, List<String> errors) {

  /** The nearest {@code deployless.yaml} in {@code start} or a directory above it. */
  static Optional<Path> locate(Path start) {
    return ConfigLoader.locate(Optional.empty(), start, new Report(ConfigLoader.FILE_NAME));
  }

  /** Reads and checks {@code file} with {@code environment} for {@code ${VAR}} and {@code stage} over the file's. */
  static ProjectSettings load(Path file, Map<String, String> environment, String stage)
      throws MojoExecutionException {
    Report report = new Report(ConfigLoader.FILE_NAME);
    Optional<Path> found = ConfigLoader.locate(Optional.of(file), null, report);
    if (found.isEmpty()) {
      throw new MojoExecutionException("deployless.yaml not found: " + file);
    }
    // Blank is no stage, as for the processor's option.
    Project project = ConfigLoader.load(found.get(), environment,
        stage == null || stage.isBlank() ? null : stage.trim(), report);
    ConfigRules.check(project, report);
    List<String> errors = new ArrayList<>();
    for (Report.Item item : report.items()) {
      if (item.kind() == Diagnostic.Kind.ERROR) {
        errors.add(item.message());
      }
    }
    return new ProjectSettings(project, List.copyOf(errors));
  }

  /** The settings, failing with the file's errors when it has any. */
  Project valid() throws MojoExecutionException {
    if (!errors.isEmpty()) {
      throw new MojoExecutionException(project.file().getFileName() + " has errors:\n  "
          + String.join("\n  ", errors));
    }
    return project;
  }
}
