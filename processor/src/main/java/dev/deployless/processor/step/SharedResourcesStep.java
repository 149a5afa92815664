package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.index.FeatureIndex;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.reading.AnnotatedClasses;
import dev.deployless.processor.reading.FeatureReader;
import dev.deployless.processor.validation.ResourceRules;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The classes that declare resources without being features: finds them, reads and checks their
 * declarations, and keeps their index entries. When one is recompiled, the features compiled
 * earlier that link its resources get their resources class again.
 */
public final class SharedResourcesStep implements ProcessingStep {
  private final CompilerTools tools;
  private final AnnotatedClasses classes;

  public SharedResourcesStep(CompilerTools tools) {
    this.tools = tools;
    this.classes = new AnnotatedClasses(tools.elements());
  }

  @Override
  public void find(Round round) {
    round.addShared(classes.resourceDeclarers(round.environment()));
    Compilation compilation = round.compilation();
    round.dropFormer(type -> compilation.isPersistedShared(type.getQualifiedName().toString())
        && (classes.isFeature(type) || !classes.declaresResources(type)));
  }

  @Override
  public void read(Round round) {
    Compilation compilation = round.compilation();
    FeatureReader reader = new FeatureReader(tools.elements(), tools.types());
    for (TypeElement type : round.shared()) {
      String name = type.getQualifiedName().toString();
      round.markFresh(name);
      compilation.compiledNow(name);
      compilation.removeShared(name);
      Report report = round.report(name);
      Optional<SharedResources> declarations = reader.readShared(type, report);
      if (declarations.isEmpty()) {
        continue;
      }
      for (AwsResource resource : declarations.get().resources()) {
        ResourceRules.check(resource, report);
      }
      if (!report.isClean()) {
        round.invalidate(name);
      }
      compilation.putShared(declarations.get());
      round.read(declarations.get());
    }
  }

  @Override
  public void generate(Round round) {
    if (!round.compilation().projectValid()) {
      return;
    }
    Set<String> redeclared = new HashSet<>();
    for (SharedResources declarations : round.readShared()) {
      if (round.isValid(declarations.className())) {
        round.compilation().putIndexEntry(declarations.className(), FeatureIndex.write(declarations));
      }
      for (AwsResource resource : declarations.resources()) {
        redeclared.add(resource.name());
      }
    }
    if (redeclared.isEmpty()) {
      return;
    }
    // A feature not compiled now still gets new accessors when a shared resource it links was.
    Generator generator = new Generator(tools, round);
    for (FeatureClass feature : round.compilation().features()) {
      if (!round.wasRead(feature.className()) && round.isValid(feature.className())
          && feature.links().stream().anyMatch(link -> redeclared.contains(link.name()))) {
        generator.resourcesClass(feature, round.report(feature.className()));
      }
    }
  }
}
