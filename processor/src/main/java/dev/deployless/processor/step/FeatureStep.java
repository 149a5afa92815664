package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.index.FeatureIndex;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.reading.AnnotatedClasses;
import dev.deployless.processor.reading.FeatureReader;
import dev.deployless.processor.validation.FeatureRules;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Feature} classes, per class: find (with those deferred from the last round), read
 * into the model, validate, and generate the resources class, the handlers and the index entry of
 * each valid one, when {@code deployless.yaml} is valid; the resources class alone when only the
 * rest of the feature, or only {@code deployless.yaml}, has errors. A class whose signatures mention types that do not exist yet (another processor
 * generates them in a later round) is deferred here, and only here; if it still waits when
 * processing is over, a resources class under another name is explained (E48).
 */
public final class FeatureStep implements ProcessingStep {
  /** The subject of the report on methods annotated outside a feature. */
  static final String OUTSIDE_FEATURES = "methods outside features";

  private final CompilerTools tools;
  private final AnnotatedClasses classes;

  public FeatureStep(CompilerTools tools) {
    this.tools = tools;
    this.classes = new AnnotatedClasses(tools.elements());
  }

  @Override
  public void find(Round round) {
    Compilation compilation = round.compilation();
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (String name : compilation.takeDeferred()) {
      TypeElement type = tools.elements().getTypeElement(name);
      if (type != null) {
        candidates.put(name, type);
      }
    }
    for (TypeElement type : classes.features(round.environment())) {
      candidates.put(type.getQualifiedName().toString(), type);
    }
    round.addFeatures(new ArrayList<>(candidates.values()));
    round.dropFormer(type -> compilation.isPersistedFeature(type.getQualifiedName().toString())
        && !classes.isFeature(type));
    classes.reportMethodsOutsideFeatures(round.environment(), round.report(OUTSIDE_FEATURES));
  }

  @Override
  public void read(Round round) {
    Compilation compilation = round.compilation();
    FeatureReader reader = new FeatureReader(tools.elements(), tools.types());
    for (TypeElement type : round.features()) {
      String name = type.getQualifiedName().toString();
      if (reader.mentionsMissingTypes(type)) {
        compilation.defer(name);
        continue;
      }
      round.markFresh(name);
      compilation.compiledNow(name);
      Report report = round.report(name);
      Optional<FeatureClass> feature = reader.read(type, report);
      if (feature.isEmpty()) {
        compilation.removeFeature(name);
        keepResources(reader, type, round);
        continue;
      }
      FeatureRules.check(feature.get(), compilation.project().orElseThrow(), report);
      Report resources = report.child();
      FeatureRules.resources(feature.get(), resources);
      if (!resources.isClean()) {
        round.invalidate(name);
      } else if (!report.isClean()) {
        round.invalidateAllButResources(name);
      }
      compilation.putFeature(feature.get());
      round.read(feature.get());
    }
  }

  /**
   * Keeps the resources of {@code type}, a feature that could not be read whole, when they have no
   * errors: its resources class is generated all the same, so that the classes injecting it compile
   * and the user sees only the real mistake. Read again into a report of their own, which is not
   * printed: the feature's report already holds any mistake they have.
   */
  private void keepResources(FeatureReader reader, TypeElement type, Round round) {
    Report resources = new Report(type.getQualifiedName().toString());
    FeatureClass declarations = reader.readResources(type, resources);
    FeatureRules.resources(declarations, resources);
    if (resources.isClean()) {
      round.readResourcesOnly(declarations);
    }
  }

  @Override
  public void generate(Round round) {
    Generator generator = new Generator(tools, round);
    boolean projectValid = round.compilation().projectValid();
    for (FeatureClass feature : round.readFeatures()) {
      Report report = round.report(feature.className());
      if (projectValid && round.isValid(feature.className())) {
        generator.resourcesClass(feature, report);
        generator.handlers(feature, report);
        round.compilation().putIndexEntry(feature.className(), FeatureIndex.write(feature));
      } else if (round.resourcesValid(feature.className())) {
        generator.resourcesClass(feature, report);
      }
    }
    for (FeatureClass resources : round.resourcesOnly()) {
      generator.resourcesClass(resources, round.report(resources.className()));
    }
  }

  @Override
  public void finish(Compilation compilation, Report report) {
    if (compilation.project().isEmpty() || compilation.deferred().isEmpty()) {
      return;
    }
    FeatureReader reader = new FeatureReader(tools.elements(), tools.types());
    for (String name : compilation.deferred()) {
      TypeElement type = tools.elements().getTypeElement(name);
      if (type != null) {
        reader.explainMissing(type, report);
      }
    }
  }
}
