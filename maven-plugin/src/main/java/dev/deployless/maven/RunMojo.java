package dev.deployless.maven;

import dev.deployless.local.LocalServer;
import dev.deployless.processor.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the application locally, like {@code spring-boot:run}: compiles it if needed, then serves
 * it with the local server (API Gateway and Lambda, its resources in an AWS emulator, schedules,
 * queue and stream triggers) and reloads it whenever its class output is compiled again, until
 * Ctrl-C. The local server runs in Maven's JVM on the plugin's own class path; the application is
 * loaded apart from it with its runtime dependencies, so the project needs no dependency on
 * {@code deployless-local}. {@code java -cp ... dev.deployless.local.LocalServer} takes the same
 * options.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RunMojo extends DeploylessMojo {
  /** The HTTP port. */
  @Parameter(property = "deployless.port", defaultValue = "3000")
  int port;

  /** The address to listen on. */
  @Parameter(property = "deployless.host", defaultValue = "127.0.0.1")
  String host;

  /** Whether paths start with the stage ({@code /dev/users}), as API Gateway's do. */
  @Parameter(property = "deployless.stagePrefix", defaultValue = "true")
  boolean stagePrefix;

  /**
   * Where the resources live: {@code moto} (a {@code moto_server} started for the run),
   * {@code endpoint=URL} (an emulator already running, such as LocalStack) or {@code none}. Empty:
   * {@code moto} when {@code moto_server} is on the PATH, else {@code none}.
   */
  @Parameter(property = "deployless.aws")
  String aws;

  /** Whether the schedules fire ({@code false}: invoke them through the Lambda API instead). */
  @Parameter(property = "deployless.crons", defaultValue = "true")
  boolean crons;

  /** Whether a recompiled class output is served without a restart. */
  @Parameter(property = "deployless.reload", defaultValue = "true")
  boolean reload;

  @Override
  public void execute() throws MojoExecutionException {
    LocalServer server;
    try {
      server = LocalServer.start(arguments().toArray(new String[0]), System.out);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("the local server did not start: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "deployless-run-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      server.close();
      Thread.currentThread().interrupt();
    }
  }

  /** The local server's options for this project and these parameters. */
  List<String> arguments() throws MojoExecutionException {
    Project settings = settings().valid();
    List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(port), "--host", host,
        "--classes", classesDirectory.getAbsolutePath(), "--template",
        templateFile(settings).toString(), "--crons", crons ? "on" : "off"));
    if (!stagePrefix) {
      arguments.add("--no-stage-prefix");
    }
    if (!reload) {
      arguments.add("--no-reload");
    }
    if (aws != null && !aws.isBlank()) {
      arguments.addAll(List.of("--aws", aws.trim()));
    }
    regionOption().ifPresent(region -> arguments.addAll(List.of("--region", region)));
    if (settings.envFile() != null && settings.envFile().path() != null
        && java.nio.file.Files.isRegularFile(settings.envFile().path())) {
      arguments.addAll(List.of("--env-file", settings.envFile().path().toString()));
    }
    List<String> dependencies = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        if (!Path.of(element).toAbsolutePath().equals(classesDirectory.toPath().toAbsolutePath())) {
          dependencies.add(element);
        }
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's dependencies are not resolved: " + e.getMessage(), e);
    }
    if (!dependencies.isEmpty()) {
      arguments.addAll(List.of("--app-classpath", String.join(File.pathSeparator, dependencies)));
    }
    return arguments;
  }
}
