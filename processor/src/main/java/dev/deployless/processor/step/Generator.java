package dev.deployless.processor.step;

import dev.deployless.processor.codegen.GeneratedFiles;
import dev.deployless.processor.codegen.Handlers;
import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Grant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * Writes a round's generated classes: a feature's {@code <Feature>Resources} class (once per
 * compilation, from the resources the application declares so far) and its handlers, each with the
 * classes it is generated from.
 */
final class Generator {
  private final CompilerTools tools;
  private final Round round;
  private final Handlers handlers;
  private final Map<String, AwsResource> resources;

  Generator(CompilerTools tools, Round round) {
    Compilation compilation = round.compilation();
    this.tools = tools;
    this.round = round;
    this.handlers = new Handlers(new GeneratedFiles(tools.filer()), compilation.project().orElseThrow(),
        compilation.hooks());
    this.resources = Application.resources(compilation.features(), compilation.shared());
  }

  /** Writes {@code feature}'s resources class unless it was written earlier in the compilation. */
  void resourcesClass(FeatureClass feature, Report report) {
    if (round.compilation().firstGeneration(feature.resourcesClass())) {
      // A feature with errors is not part of the application, but its own declarations are its.
      Map<String, AwsResource> available = new TreeMap<>(resources);
      for (AwsResource resource : feature.declared()) {
        available.putIfAbsent(resource.name(), resource);
      }
      List<Grant> grants = Application.grants(feature, available);
      handlers.generateResources(feature, grants, round.sourceTypes(), origins(feature, grants), report);
    }
  }

  /** Writes the handler of each of {@code feature}'s functions. */
  void handlers(FeatureClass feature, Report report) {
    handlers.generate(feature, round.sourceTypes(), report);
  }

  /** The classes {@code feature}'s resources class is generated from: the feature, then shared classes. */
  private List<TypeElement> origins(FeatureClass feature, List<Grant> grants) {
    Set<String> names = new LinkedHashSet<>();
    names.add(feature.className());
    for (Grant grant : grants) {
      names.add(grant.resource().owner().qualifiedName());
    }
    List<TypeElement> origins = new ArrayList<>();
    for (String name : names) {
      TypeElement type = tools.elements().getTypeElement(name);
      if (type != null) {
        origins.add(type);
      }
    }
    return origins;
  }
}
