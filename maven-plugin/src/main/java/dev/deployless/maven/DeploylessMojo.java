package dev.deployless.maven;

import dev.deployless.processor.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What every deployless goal shares: the project, where its class output is, and the parameters
 * that pick the application and its place in AWS ({@code deployless.stage}, {@code deployless.region},
 * {@code deployless.config}), read the same way by every goal (and by {@code run}, which serves the
 * same class output).
 */
abstract class DeploylessMojo extends AbstractMojo {
  static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
  private static final Pattern CODE_URI = Pattern.compile("(?m)^ +CodeUri: *['\"]?([^'\"\s]+)['\"]? *$");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The class output the compile wrote: the handlers, the index, the input hash. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classesDirectory;

  /**
   * The stage: overrides {@code stage} of {@code deployless.yaml}, like {@code -Adeployless.stage}.
   * Empty: the file's. Pass it to the compile too (the archetype's pom does:
   * {@code <arg>-Adeployless.stage=${deployless.stage}</arg>}).
   */
  @Parameter(property = "deployless.stage")
  String stage;

  /** The AWS region; empty: the AWS default chain ({@code AWS_REGION}, the profile's region). */
  @Parameter(property = "deployless.region")
  String region;

  /**
   * The project file; empty: {@code -Adeployless.config} of the compiler plugin's arguments, else
   * the first {@code deployless.yaml} up from the sources (as the processor looks for it).
   */
  @Parameter(property = "deployless.config")
  File config;

  /** The stage parameter, or null when it is empty. */
  String stageOption() {
    return stage == null || stage.isBlank() ? null : stage.trim();
  }

  /** The application's settings as the processor reads them. */
  ProjectSettings settings() throws MojoExecutionException {
    return ProjectSettings.load(configFile(), System.getenv(), stageOption());
  }

  /** {@code deployless.yaml}: the parameter, the compiler's option, else the nearest one up from the sources. */
  Path configFile() throws MojoExecutionException {
    if (config != null) {
      return config.toPath().toAbsolutePath().normalize();
    }
    String option = processorOptions().get("deployless.config");
    if (option != null && !option.isBlank()) {
      return project.getBasedir().toPath().resolve(option.trim()).normalize();
    }
    List<String> roots = project.getCompileSourceRoots();
    Path start = roots.isEmpty() ? project.getBasedir().toPath() : Path.of(roots.get(0));
    return ProjectSettings.locate(start).orElseThrow(() -> new MojoExecutionException(
        "no deployless.yaml in " + start + " or a directory above it: create one (the smallest is"
            + " 'name: my-app') or set -Ddeployless.config"));
  }

  /**
   * The {@code -Adeployless.*} options of the compiler plugin's {@code compilerArgs}, exactly as
   * javac gets them (the model is interpolated: {@code ${deployless.stage}} is already replaced).
   */
  Map<String, String> processorOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    Plugin compiler = project.getPlugin(COMPILER_PLUGIN);
    if (compiler != null) {
      addOptions(compiler.getConfiguration(), options);
      compiler.getExecutions().stream()
          .filter(execution -> execution.getId().equals("default-compile"))
          .forEach(execution -> addOptions(execution.getConfiguration(), options));
    }
    return options;
  }

  private static void addOptions(Object configuration, Map<String, String> options) {
    if (!(configuration instanceof Xpp3Dom dom) || dom.getChild("compilerArgs") == null) {
      return;
    }
    for (Xpp3Dom arg : dom.getChild("compilerArgs").getChildren()) {
      String value = arg.getValue() == null ? "" : arg.getValue().trim();
      if (value.startsWith("-Adeployless.")) {
        int equals = value.indexOf('=');
        String name = equals < 0 ? value.substring(2) : value.substring(2, equals);
        options.put(name, equals < 0 ? "" : value.substring(equals + 1));
      }
    }
  }

  /** The template: {@code -Adeployless.template}, else beside the project file. */
  Path templateFile(Project settings) {
    String option = processorOptions().get("deployless.template");
    return option == null || option.isBlank() ? settings.file().resolveSibling("template.yaml")
        : project.getBasedir().toPath().resolve(option.trim()).normalize();
  }

  /**
   * The deployment package the template names ({@code CodeUri} in its {@code Globals}), relative to
   * the template; before the first template, where the processor would put it.
   */
  String codeUri(Path template, Project settings) {
    if (Files.isRegularFile(template)) {
      try {
        Matcher matcher = CODE_URI.matcher(Files.readString(template, StandardCharsets.UTF_8));
        if (matcher.find()) {
          return matcher.group(1);
        }
      } catch (IOException unreadable) {
        // As if there were none yet.
      }
    }
    String option = processorOptions().get("deployless.codeUri");
    return option != null && !option.isBlank() ? option.trim()
        : settings.globals().codeUri() != null ? settings.globals().codeUri() : "target/" + settings.name() + ".jar";
  }

  /** The region parameter, if set. */
  Optional<String> regionOption() {
    return region == null || region.isBlank() ? Optional.empty() : Optional.of(region.trim());
  }
}
