package dev.deployless.processor;

import com.google.auto.service.AutoService;
import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.compilation.ConfigInputs;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.step.ApplicationStep;
import dev.deployless.processor.step.CompilerTools;
import dev.deployless.processor.step.ConfigStep;
import dev.deployless.processor.step.FeatureStep;
import dev.deployless.processor.step.IndexStep;
import dev.deployless.processor.step.ProcessingStep;
import dev.deployless.processor.step.Round;
import dev.deployless.processor.step.SharedResourcesStep;
import dev.deployless.processor.step.TemplateStep;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The deployless annotation processor: the steps of the pipeline, run on the compilation's state.
 * Each round, every step finds its classes, reads and validates them (a report per class, printed
 * together at the end of the round), then, when {@code deployless.yaml} is valid, generates for the
 * valid ones. When processing is over, the steps write what the whole compilation produces: the
 * index, and, only if the compilation has no errors, {@code template.yaml} and the local server's
 * descriptor. With {@code -Adeployless.validateOnly=true} it checks everything and writes none of
 * these. It never throws into javac: an internal failure is reported as E99.
 */
@AutoService(Processor.class)
public final class DeploylessProcessor extends AbstractProcessor {
  private final Map<String, String> environment;
  private CompilerTools tools;
  private Compilation compilation;
  private List<ProcessingStep> steps;

  /** The processor javac loads, reading {@code ${VAR}} from the process environment. */
  public DeploylessProcessor() {
    this(System.getenv());
  }

  /** A processor reading {@code ${VAR}} in {@code deployless.yaml} from {@code environment}. */
  public DeploylessProcessor(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    Options options = new Options(processingEnv.getOptions());
    tools = CompilerTools.of(processingEnv);
    compilation = new Compilation(tools.filer());
    Function<Project, String> inputHash = options.validateOnly() ? null
        : project -> ConfigInputs.hash(project, environment, options.values());
    steps = new ArrayList<>(List.of(
        new ConfigStep(tools, environment, options.config(), options.stage()),
        new SharedResourcesStep(tools),
        new FeatureStep(tools),
        new ApplicationStep()));
    if (!options.validateOnly()) {
      steps.add(new IndexStep());
    }
    steps.add(new TemplateStep(tools, options.template(), options.codeUri(), options.verbose(),
        options.allowReplacement(), inputHash));
  }

  /**
   * Every round, not only those with deployless annotations: a class that lost its {@code @Feature}
   * must leave the template, which only a processor that sees it can notice.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
    Report report = new Report(environment.processingOver() ? "compilation" : "round");
    try {
      if (environment.errorRaised()) {
        compilation.fail();
      }
      compilation.loadIndex();
      if (environment.processingOver()) {
        for (ProcessingStep step : steps) {
          step.finish(compilation, report);
        }
      } else {
        process(new Round(environment, compilation, report));
      }
    } catch (Throwable failure) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      report.add(Message.E99, Location.NOWHERE, trace);
    }
    if (!report.isClean()) {
      compilation.fail();
    }
    report.printTo(tools.messager(), tools.trees());
    return false;
  }

  /** Runs the phases of every step on {@code round}: find; then read and, if the project is valid, generate. */
  private void process(Round round) {
    for (ProcessingStep step : steps) {
      step.find(round);
    }
    if (!round.hasWork()) {
      return;
    }
    for (ProcessingStep step : steps) {
      step.read(round);
    }
    if (compilation.projectValid()) {
      for (ProcessingStep step : steps) {
        step.generate(round);
      }
    }
  }
}
