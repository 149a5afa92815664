package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.compilation.ConfigInputs;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.reading.ResourceReader;
import dev.deployless.processor.template.AppDescriptor;
import dev.deployless.processor.template.OutputFiles;
import dev.deployless.processor.template.Replacements;
import dev.deployless.processor.template.SamTemplate;
import dev.deployless.processor.template.Summary;
import dev.deployless.processor.template.TemplateFile;
import dev.deployless.processor.template.TemplateReader;
import dev.deployless.processor.template.TemplateState;
import dev.deployless.processor.validation.ApiAccessRules;
import dev.deployless.processor.validation.DeployLimits;
import dev.deployless.processor.validation.EventSourceRules;
import dev.deployless.processor.validation.ProductionRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Writes what describes the whole application, once the compilation is known to be clean: renders
 * {@code template.yaml}, merges it into the file on disk, halts on a replacement of a named resource
 * (W01, unless allowed), writes the file when it changed, then the local server's descriptor and
 * the template's state and the hash of its inputs in the class output. Runs when processing is over:
 * {@link #prepare} checks and reports while the sources' positions are known; {@link #write} needs
 * nothing of a round, so under javac it runs later (from a compiler task listener, once javac itself
 * has succeeded). With {@code -Adeployless.validateOnly=true} everything is checked and nothing written.
 */
public final class TemplateStep implements ProcessingStep {
  private final CompilerTools tools;
  private final Optional<Path> templateOption;
  private final Optional<String> codeUriOption;
  private final boolean verbose;
  private final boolean allowReplacement;
  private final Function<Project, String> inputHash;

  /**
   * @param templateOption {@code -Adeployless.template}
   * @param codeUriOption {@code -Adeployless.codeUri}
   * @param verbose {@code -Adeployless.verbose}: a summary as notes
   * @param allowReplacement {@code -Adeployless.allowReplacement}: W01 only warns
   * @param inputHash the hash of a project's inputs ({@link ConfigInputs}) recorded with the
   *     template, or null to write nothing ({@code -Adeployless.validateOnly}): the template is
   *     made and checked, then dropped
   */
  public TemplateStep(CompilerTools tools, Optional<Path> templateOption, Optional<String> codeUriOption,
      boolean verbose, boolean allowReplacement, Function<Project, String> inputHash) {
    this.tools = tools;
    this.templateOption = templateOption;
    this.codeUriOption = codeUriOption;
    this.verbose = verbose;
    this.allowReplacement = allowReplacement;
    this.inputHash = inputHash;
  }

  /** The files to write for a clean compilation, prepared and checked when processing is over. */
  public record Output(Path file, String text, String current, String descriptor, String state,
      String inputs) {}

  @Override
  public void finish(Compilation compilation, Report report) {
    if (!report.isClean()) {
      compilation.fail();
    }
    write(compilation, report);
  }

  /** Prepares and writes at once: the template and the descriptor if the compilation is clean. */
  public void write(Compilation compilation, Report report) {
    prepare(compilation, report).ifPresent(output -> write(output, compilation, report));
  }

  /**
   * What to write if the compilation is clean, with every check done (the merge, W01, the AWS limits,
   * the summary): the files themselves can then be written later, once javac has compiled every
   * class ({@link #write}). Empty, and the reason reported, when nothing may be written.
   */
  public Optional<Output> prepare(Compilation compilation, Report report) {
    if (compilation.project().isEmpty()) {
      return Optional.empty();
    }
    Project project = compilation.project().get();
    Path file = templatePath(project);
    if (compilation.failed() || !compilation.projectValid() || !compilation.deferred().isEmpty()) {
      report.add(Message.TEMPLATE_NOT_WRITTEN, Location.NOWHERE, file.getFileName());
      return Optional.empty();
    }
    Application application = compilation.application();
    // What only the whole application shows: the authorizer function, and what the classes compiled
    // earlier (read from the index) name, which may be gone since.
    Report checks = report.child("deployless.yaml");
    ApiAccessRules.authFunction(application, checks);
    ApiAccessRules.compiledGates(application, checks);
    ProductionRules.compiledHooks(application, checks);
    EventSourceRules.compiledReferences(application, checks);
    if (!checks.isClean()) {
      compilation.fail();
      report.add(Message.TEMPLATE_NOT_WRITTEN, Location.NOWHERE, file.getFileName());
      return Optional.empty();
    }
    String codeUri = codeUri(project);
    TemplateFile template;
    String current;
    try {
      current = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      String state = compilation.readClassOutput(TemplateState.PATH);
      Map<String, Object> generated = SamTemplate.tree(application, codeUri);
      template = TemplateFile.over(current, state == null ? null : TemplateState.read(state), generated);
      Report limits = report.child("template.yaml");
      DeployLimits.template(generated, template.text(), limits);
      if (!limits.isClean() || !replacementsAllowed(application, template, report)) {
        compilation.fail();
        report.add(Message.TEMPLATE_NOT_WRITTEN, Location.NOWHERE, file.getFileName());
        return Optional.empty();
      }
      if (inputHash == null) {
        return Optional.empty();
      }
    } catch (TemplateReader.Unreadable e) {
      compilation.fail();
      report.add(e.finding(file), Location.NOWHERE);
      return Optional.empty();
    } catch (IOException e) {
      compilation.fail();
      report.add(Message.E72, Location.NOWHERE, file, e);
      return Optional.empty();
    }
    if (verbose) {
      for (String line : Summary.lines(application, file, !template.text().equals(current), codeUri)) {
        report.add(Message.SUMMARY, Location.NOWHERE, line);
      }
    }
    return Optional.of(new Output(file, template.text(), current, AppDescriptor.render(application),
        template.state().write(), inputHash.apply(project) + "\n"));
  }

  /** Writes {@code output}: the template if it changed, the descriptor and the state in the class output. */
  public void write(Output output, Compilation compilation, Report report) {
    try {
      OutputFiles.writeIfChanged(output.file(), output.text(), output.current());
    } catch (IOException e) {
      compilation.fail();
      report.add(Message.E72, Location.NOWHERE, output.file(), e);
      return;
    }
    compilation.writeClassOutput(AppDescriptor.RESOURCE, output.descriptor(), report);
    compilation.writeClassOutput(TemplateState.PATH, output.state(), report);
    compilation.writeClassOutput(ConfigInputs.PATH, output.inputs(), report);
  }

  /**
   * Reports W01 for each named resource the new template would replace, pointing at its declaration
   * when its class is at hand; whether the template may be written anyway.
   */
  private boolean replacementsAllowed(Application application, TemplateFile template, Report parent) {
    Report report = parent.child("template.yaml");
    Map<String, AwsResource> resources = application.resources();
    ResourceReader reader = new ResourceReader(tools.elements());
    for (Replacements.Replacement replacement : Replacements.find(template.before(), template.after())) {
      AwsResource resource = resources.get(replacement.resource());
      TypeElement owner = resource == null ? null
          : tools.elements().getTypeElement(resource.owner().qualifiedName());
      Location at = owner == null ? Location.NOWHERE : reader.declaration(owner, replacement.resource())
          .map(Source::annotation).orElse(Location.NOWHERE);
      if (allowReplacement) {
        report.addAsWarning(Message.W01, at, replacement.resource(), replacement.type(), replacement.change());
      } else {
        report.add(Message.W01, at, replacement.resource(), replacement.type(), replacement.change());
      }
    }
    return report.isClean();
  }

  private Path templatePath(Project project) {
    return templateOption.map(Path::toAbsolutePath).orElse(project.file().resolveSibling("template.yaml"));
  }

  /** The deployment package: the option, else {@code globals.code_uri}, else {@code target/<name>.jar}. */
  private String codeUri(Project project) {
    return codeUriOption.orElse(project.globals().codeUri() != null
        ? project.globals().codeUri() : "target/" + project.name() + ".jar");
  }
}
