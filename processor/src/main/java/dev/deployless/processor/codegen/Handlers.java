package dev.deployless.processor.codegen;

import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Project;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** Generates the handler class of every function of a feature. */
public final class Handlers {
  private final GeneratedFiles files;
  private final Project project;
  private final List<InitHook> hooks;

  public Handlers(GeneratedFiles files, Project project, List<InitHook> hooks) {
    this.files = files;
    this.project = project;
    this.hooks = hooks;
  }

  /**
   * Writes {@code feature}'s resources class, when it uses resources ({@code grants}) or links
   * functions; its origins are
   * the feature's class and the classes declaring shared resources it links. Problems go to
   * {@code report} (E68).
   */
  public void generateResources(FeatureClass feature, List<Grant> grants, Set<String> sourceTypes,
      List<TypeElement> origins, Report report) {
    if (grants.isEmpty() && feature.invokes().isEmpty()) {
      return;
    }
    if (sourceTypes.contains(feature.resourcesClass())) {
      report.add(Message.E68_RESOURCES_CLASS_TAKEN, feature.source().annotation(), feature.resourcesClass());
      return;
    }
    try {
      files.write(feature.packageName(), new ResourcesWriter(feature, grants).write(), origins);
    } catch (IOException e) {
      report.add(Message.E68_WRITE, feature.source() == null ? Location.NOWHERE
          : feature.source().annotation(), feature.resourcesClass(), e.getMessage());
    }
  }

  /**
   * Writes the handlers of {@code feature}; {@code sourceTypes} are the qualified names of the types
   * declared in the sources being compiled, which a handler must not replace. Problems go to
   * {@code report} (E68).
   */
  public void generate(FeatureClass feature, Set<String> sourceTypes, Report report) {
    for (Function function : feature.functions()) {
      if (sourceTypes.contains(function.handlerClass())) {
        report.add(Message.E68_HANDLER_TAKEN, function.source().annotation(), function.handlerClass());
        continue;
      }
      TypeSpec type = switch (function.kind()) {
        case API -> new ApiFunctionWriter(function, project, hooks).write();
        case TRIGGERED -> new TriggerFunctionWriter(function, hooks).write();
        default -> new EventFunctionWriter(function, hooks).write();
      };
      try {
        files.write(feature.packageName(), type, List.of(feature.source().originatingType()));
      } catch (IOException e) {
        report.add(Message.E68_WRITE, function.source().annotation(), function.handlerClass(),
            e.getMessage());
      }
    }
  }
}
