package dev.deployless.maven;

import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes an ordinary build follow {@code deployless.yaml}: the compiler plugin only looks at the
 * sources, so a change to the project file, its {@code env_file}, a variable it reads or a
 * {@code -Adeployless.*} option alone would leave the template as it was ("Nothing to compile").
 * Bound to {@code generate-sources}, this goal compares the inputs with the hash the processor
 * recorded in the class output with the last template and, when they differ, removes the compiled
 * classes of the features so that the compiler plugin compiles them again.
 */
@Mojo(name = "track-config", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class TrackConfigMojo extends DeploylessMojo {

  /** Skips the check. */
  @Parameter(property = "deployless.trackConfig.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      return;
    }
    ConfigChanges changes = new ConfigChanges(classesDirectory.toPath());
    if (!changes.compiled()) {
      return;
    }
    // What the compile will see: its own options, not this goal's parameters.
    Map<String, String> options = processorOptions();
    ProjectSettings settings = ProjectSettings.load(configFile(), System.getenv(), options.get("deployless.stage"));
    String hash = ConfigChanges.hash(settings.project(), System.getenv(), options);
    changes.staleClasses(hash).ifPresent(removed -> getLog().info(settings.project().file().getFileName()
        + " or its inputs changed since the last compile: recompiling " + removed + " feature class"
        + (removed == 1 ? "" : "es") + " for the template to follow"));
  }
}
