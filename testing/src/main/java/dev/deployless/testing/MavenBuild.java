package dev.deployless.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven on a throwaway project the way a user would, for the integration tests of the Maven
 * plugin, the archetype and the README's pom: the Maven running the build ({@code maven.home}),
 * batch mode, a local repository of the tests' own ({@code it.repository}, where the build installed
 * this version's artifacts; never {@code ~/.m2}) and settings whose only remote repository is the
 * user's local one ({@code user.repository}) with snapshots off, so nothing is downloaded and no
 * other build's snapshot is used. The system properties are set by the module's failsafe
 * configuration.
 */
public final class MavenBuild {
  /** What a finished run printed (standard output and error together) and its exit code. */
  public record Result(int exitCode, String output) {

    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path directory;
  private final Map<String, String> environment = new LinkedHashMap<>();

  private MavenBuild(Path directory) {
    this.directory = directory;
    // Short builds: the client compiler alone starts Maven faster on a small machine.
    environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
  }

  /** A build of the project in {@code directory}. */
  public static MavenBuild in(Path directory) {
    return new MavenBuild(directory);
  }

  /** Sets a variable of the build's environment (PATH, AWS_REGION...). */
  public MavenBuild environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Runs {@code mvn} with {@code arguments} (goals, {@code -D} properties) and waits for it. */
  public Result run(String... arguments) throws IOException, InterruptedException {
    try (Running build = start(arguments)) {
      if (!build.process.waitFor(10, TimeUnit.MINUTES)) {
        throw new IOException("mvn " + String.join(" ", arguments) + " did not finish in 10 minutes");
      }
      return new Result(build.process.exitValue(), build.output());
    }
  }

  /**
   * Starts {@code mvn} with {@code arguments} and returns at once, for goals that run until
   * stopped ({@code deployless:run}); closing the handle stops Maven as Ctrl-C does.
   */
  public Running start(String... arguments) throws IOException {
    Path settings = settings();
    List<String> command = new ArrayList<>(List.of(
        Path.of(property("maven.home"), "bin", "mvn").toString(), "-B", "-s", settings.toString(),
        "-Dmaven.repo.local=" + property("it.repository")));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile("maven-build", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new Running(builder.start(), log);
  }

  /** A Maven build under way: what it printed so far; closing stops it (SIGTERM, as Ctrl-C). */
  public static final class Running implements AutoCloseable {
    private final Process process;
    private final Path log;

    private Running(Process process, Path log) {
      this.process = process;
      this.log = log;
    }

    /** Whether Maven still runs. */
    public boolean isAlive() {
      return process.isAlive();
    }

    /** What Maven printed so far (standard output and error together). */
    public String output() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Stops Maven (and lets its shutdown hooks run, at most 30 s) and deletes its log. */
    @Override
    public void close() throws IOException {
      if (process.isAlive()) {
        process.destroy();
        try {
          if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
      Files.deleteIfExists(log);
    }
  }

  /** Settings reading releases from the user's local repository as if it were Maven Central. */
  private static Path settings() throws IOException {
    Path file = Path.of(property("it.repository")).resolveSibling("it-settings.xml");
    String url = Path.of(property("user.repository")).toUri().toString();
    String repository = """
              <id>central</id>
              <url>%s</url>
              <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """.formatted(url);
    String text = """
        <settings>
          <profiles>
            <profile>
              <id>user-repository</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>user-repository</activeProfile></activeProfiles>
        </settings>
        """.formatted(repository, repository);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run this test through the"
          + " module's failsafe configuration (mvn verify)");
    }
    return value;
  }
}
