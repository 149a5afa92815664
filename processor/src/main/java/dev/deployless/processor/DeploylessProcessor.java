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
import dev.deployless.processor.step.TriggerStep;
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
 * descriptor; under javac those wait until javac has compiled every class ({@link JavacCompletion}),
 * so a javac error after processing also leaves them as they were. With
 * {@code -Adeployless.validateOnly=true} it checks everything and writes none of these. It never
 * throws into javac: an internal failure is reported as E99.
 */
@AutoService(Processor.class)
public final class DeploylessProcessor extends AbstractProcessor {
  private final Map<String, String> environment;
  private CompilerTools tools;
  private Compilation compilation;
  private List<ProcessingStep> steps;
  private TemplateStep template;
  /** Under javac: whether the template waits for javac, and what to write then. */
  private boolean writeLater;
  private TemplateStep.Output pending;
  /** Why the steps could not be set up (a dependency missing from the processor path), until reported. */
  private Throwable setupFailure;

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
    try {
      initSteps(processingEnv);
    } catch (LinkageError failure) {
      // A class of a dependency missing from the processor path: said once, in the first round.
      setupFailure = failure;
    }
  }

  private void initSteps(ProcessingEnvironment processingEnv) {
    Options options = new Options(processingEnv.getOptions());
    tools = CompilerTools.of(processingEnv);
    compilation = new Compilation(tools.filer());
    Function<Project, String> inputHash = options.validateOnly() ? null
        : project -> ConfigInputs.hash(project, environment, options.values());
    template = new TemplateStep(tools, options.template(), options.codeUri(), options.verbose(),
        options.allowReplacement(), inputHash);
    List<ProcessingStep> all = new ArrayList<>(List.of(
        new ConfigStep(tools, environment, options.config(), options.stage()),
        new SharedResourcesStep(tools),
        new FeatureStep(tools),
        new ApplicationStep(),
        new TriggerStep()));
    if (!options.validateOnly()) {
      all.add(new IndexStep());
    }
    // Under javac, the template is checked when processing is over and written once javac has
    // compiled every class; elsewhere it is written when processing is over.
    writeLater = JavacCompletion.register(processingEnv, this::compilationFinished) != null;
    if (!writeLater) {
      all.add(template);
    }
    steps = List.copyOf(all);
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
    if (setupFailure != null) {
      Report report = new Report("setup");
      internalError(setupFailure, report);
      report.printTo(processingEnv.getMessager(), null);
      setupFailure = null;
      steps = List.of();
      return false;
    }
    if (steps == null || steps.isEmpty()) {
      return false;
    }
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
        if (writeLater) {
          if (!report.isClean()) {
            compilation.fail();
          }
          pending = template.prepare(compilation, report).orElse(null);
        }
      } else {
        process(new Round(environment, compilation, report));
      }
    } catch (Throwable failure) {
      internalError(failure, report);
      if (MissingDependency.of(failure) != null) {
        steps = List.of();  // said once: every later round would fail the same way
      }
    }
    if (!report.isClean()) {
      compilation.fail();
    }
    report.printTo(tools.messager(), tools.trees());
    return false;
  }

  /**
   * When javac has compiled every class, or failed after processing (javac's own error, such as a
   * constant too long for the class file): writes the template, or says why not.
   */
  private void compilationFinished(boolean javacSucceeded) {
    Report report = new Report("compilation");
    try {
      if (pending != null && javacSucceeded) {
        template.write(pending, compilation, report);
      } else if (pending != null) {
        compilation.fail();
        report.add(Message.TEMPLATE_NOT_WRITTEN, Location.NOWHERE, pending.file().getFileName());
      }
    } catch (Throwable failure) {
      internalError(failure, report);
    }
    report.printTo(tools.messager(), tools.trees());
  }

  /** E114 when {@code failure} is a dependency missing from the processor path, else E99. */
  private static void internalError(Throwable failure, Report report) {
    MissingDependency missing = MissingDependency.of(failure);
    if (missing != null) {
      report.add(Message.E114, Location.NOWHERE, missing.artifact(), missing.className());
      return;
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    report.add(Message.E99, Location.NOWHERE, trace);
  }

  /** Runs the phases of every step on {@code round}: find, read, generate. */
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
    // With deployless.yaml invalid only the resources classes are generated, which do not depend on
    // it: the classes injecting them compile, and the user sees the mistake in the file alone.
    for (ProcessingStep step : steps) {
      step.generate(round);
    }
  }
}
