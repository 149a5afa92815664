package dev.deployless.processor.step;

import com.sun.source.util.TreePath;
import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.config.ConfigLoader;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.reading.InitHookReader;
import dev.deployless.processor.validation.ConfigRules;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code deployless.yaml} once per compilation, in the first round that has classes to
 * process: finds it (the option, else up from the first class's source), reads it, checks its
 * values and its {@code init_app} hooks. Nothing is generated unless the file exists and is clean.
 */
public final class ConfigStep implements ProcessingStep {
  private final CompilerTools tools;
  private final Map<String, String> environment;
  private final Optional<Path> configOption;
  private final String stageOption;

  /**
   * @param environment the process environment {@code ${VAR}} reads
   * @param configOption {@code -Adeployless.config}
   * @param stageOption {@code -Adeployless.stage}, or null
   */
  public ConfigStep(CompilerTools tools, Map<String, String> environment, Optional<Path> configOption,
      String stageOption) {
    this.tools = tools;
    this.environment = environment;
    this.configOption = configOption;
    this.stageOption = stageOption;
  }

  @Override
  public void read(Round round) {
    Compilation compilation = round.compilation();
    if (compilation.project().isPresent()) {
      return;
    }
    Report report = round.report(ConfigLoader.FILE_NAME);
    Optional<Path> file = ConfigLoader.locate(configOption, sourceDirectory(round.firstClass(), compilation),
        report);
    Path path = file.orElse(Path.of(ConfigLoader.FILE_NAME).toAbsolutePath());
    Project project = file.isPresent()
        ? ConfigLoader.load(path, environment, stageOption, report)
        : ConfigLoader.parse(path, "", environment, stageOption, new Report(ConfigLoader.FILE_NAME));
    ConfigRules.check(project, report);
    List<InitHook> hooks = InitHookReader.read(project, tools.elements(), tools.types(), report);
    compilation.setProject(project, file.isPresent() && report.isClean(), hooks);
  }

  /** The directory of {@code type}'s source file, else the class output; null if unknown. */
  private Path sourceDirectory(TypeElement type, Compilation compilation) {
    Path classOutput = compilation.classOutput().directory();
    if (type == null || tools.trees() == null) {
      return classOutput;
    }
    try {
      TreePath path = tools.trees().getPath(type);
      if (path != null) {
        URI uri = path.getCompilationUnit().getSourceFile().toUri();
        if ("file".equals(uri.getScheme())) {
          return Path.of(uri).getParent();
        }
      }
    } catch (IllegalArgumentException | LinkageError notJavac) {
      // Not javac's trees (e.g. Eclipse): fall back to the class output.
    }
    return classOutput;
  }
}
