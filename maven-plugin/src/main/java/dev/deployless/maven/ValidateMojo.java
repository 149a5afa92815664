package dev.deployless.maven;

import dev.deployless.processor.DeploylessProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the application as the compile would, and writes nothing: runs javac's annotation
 * processing only ({@code -proc:only}) over every source with the deployless processor in
 * {@code -Adeployless.validateOnly=true} mode, its generated classes kept in memory. Prints the
 * diagnostics with their codes and fails on errors; {@code -Ddeployless.strict} fails on
 * deployless's warnings too. No {@code template.yaml}, no class output, no index is written.
 * Method bodies are javac's to check in {@code mvn compile}.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class ValidateMojo extends DeploylessMojo {

  /** Fails on deployless's warnings ({@code [W..]}) too. */
  @Parameter(property = "deployless.strict", defaultValue = "false")
  boolean strict;

  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", readonly = true)
  File generatedSources;

  @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
  String encoding;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new MojoExecutionException("no Java compiler in " + System.getProperty("java.home")
          + ": run Maven with a JDK");
    }
    List<File> sources = sources();
    if (sources.isEmpty()) {
      getLog().info("no Java sources to validate");
      return;
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Charset charset = encoding == null || encoding.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    boolean compiled;
    try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, charset);
        MemoryOutput files = new MemoryOutput(standard)) {
      standard.setLocation(StandardLocation.CLASS_PATH, classPath());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options(),
          null, standard.getJavaFileObjectsFromFiles(sources));
      task.setProcessors(List.of(new DeploylessProcessor()));
      task.setLocale(Locale.ROOT);
      compiled = task.call();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot run javac: " + e, e);
    }
    int errors = 0;
    int warnings = 0;
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String text = format(diagnostic);
      switch (diagnostic.getKind()) {
        case ERROR -> {
          errors++;
          getLog().error(text);
        }
        case WARNING, MANDATORY_WARNING -> {
          if (diagnostic.getMessage(Locale.ROOT).startsWith("[W")) {
            warnings++;
          }
          getLog().warn(text);
        }
        default -> getLog().info(text);
      }
    }
    if (!compiled || errors > 0) {
      throw new MojoFailureException("validate: " + count(errors, "error") + ", " + count(warnings, "warning")
          + " in deployless.yaml and " + count(sources.size(), "source") + " (nothing written)");
    }
    if (strict && warnings > 0) {
      throw new MojoFailureException("validate: " + count(warnings, "warning") + " (-Ddeployless.strict)");
    }
    getLog().info("validate: no errors, " + count(warnings, "warning") + " in deployless.yaml and "
        + count(sources.size(), "source") + " (nothing written)");
  }

  /**
   * javac's options: processing only, the release, and the compile's {@code -Adeployless.*} in
   * validating mode, with this goal's stage and project file over theirs.
   */
  List<String> options() {
    List<String> options = new ArrayList<>(List.of("-proc:only", "-implicit:none"));
    String release = project.getProperties().getProperty("maven.compiler.release");
    if (release != null && !release.isBlank()) {
      options.addAll(List.of("--release", release.trim()));
    }
    Map<String, String> processor = processorOptions();
    if (config != null) {
      processor.put("deployless.config", config.getAbsolutePath());
    }
    if (stageOption() != null) {
      processor.put("deployless.stage", stageOption());
    }
    processor.put("deployless.validateOnly", "true");
    processor.forEach((name, value) -> options.add("-A" + name + "=" + value));
    return options;
  }

  private List<File> sources() throws MojoExecutionException {
    List<File> sources = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir) || dir.startsWith(generatedSources.toPath())) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(file -> file.toString().endsWith(".java") && Files.isRegularFile(file))
            .sorted().forEach(file -> sources.add(file.toFile()));
      } catch (IOException e) {
        throw new MojoExecutionException("cannot list " + dir + ": " + e, e);
      }
    }
    return sources;
  }

  /** The compile class path without the project's own class output (every source is checked anew). */
  private List<File> classPath() throws MojoExecutionException {
    List<File> path = new ArrayList<>();
    try {
      for (String element : project.getCompileClasspathElements()) {
        if (!new File(element).equals(classesDirectory)) {
          path.add(new File(element));
        }
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved: " + e, e);
    }
    return path;
  }

  private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    if (diagnostic.getSource() == null) {
      return message;
    }
    return diagnostic.getSource().toUri().getPath() + ":[" + diagnostic.getLineNumber() + ","
        + diagnostic.getColumnNumber() + "] " + message;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
