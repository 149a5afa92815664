package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.SharedResources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * What one processing round found, read and reported, filled by the steps in turn and dropped when
 * the round ends: the classes to process, a report per subject (printed once, in the order they
 * were made), the classes read and those that turned out invalid.
 */
public final class Round {
  private final RoundEnvironment environment;
  private final Compilation compilation;
  private final Report report;
  private final Map<String, Report> reports = new HashMap<>();
  private final List<TypeElement> features = new ArrayList<>();
  private final List<TypeElement> shared = new ArrayList<>();
  private final Set<String> former = new HashSet<>();
  private final Set<String> fresh = new TreeSet<>();
  private final Set<String> invalid = new HashSet<>();
  /** Classes whose resources class cannot be generated either (their resources have errors). */
  private final Set<String> invalidResources = new HashSet<>();
  /** The resources of features with errors elsewhere, by name: their resources classes are still generated. */
  private final Map<String, FeatureClass> resourcesOnly = new LinkedHashMap<>();
  private final Map<String, FeatureClass> readFeatures = new LinkedHashMap<>();
  private final List<SharedResources> readShared = new ArrayList<>();
  private Set<String> sourceTypes;

  /** A round of {@code compilation} whose diagnostics go to {@code report}. */
  public Round(RoundEnvironment environment, Compilation compilation, Report report) {
    this.environment = environment;
    this.compilation = compilation;
    this.report = report;
  }

  public RoundEnvironment environment() {
    return environment;
  }

  public Compilation compilation() {
    return compilation;
  }

  /** The report about {@code subject} (a class name, {@code deployless.yaml}, ...), made on first use. */
  public Report report(String subject) {
    return reports.computeIfAbsent(subject, report::child);
  }

  // ------------------------------------------------------------ found

  /** Adds {@code @Feature} classes to process, by name. */
  void addFeatures(List<TypeElement> types) {
    features.addAll(types);
  }

  /** The {@code @Feature} classes to process (this round's, and those deferred from the last). */
  List<TypeElement> features() {
    return Collections.unmodifiableList(features);
  }

  /** Adds classes declaring shared resources, by name. */
  void addShared(List<TypeElement> types) {
    shared.addAll(types);
  }

  /** The classes declaring shared resources to process. */
  List<TypeElement> shared() {
    return Collections.unmodifiableList(shared);
  }

  /**
   * Drops from the compilation each class of this round that {@code noLonger} says no longer
   * declares what an earlier compilation persisted of it (the template must be rewritten without it).
   */
  void dropFormer(Predicate<TypeElement> noLonger) {
    for (TypeElement type : ElementFilter.typesIn(environment.getRootElements())) {
      if (noLonger.test(type)) {
        String name = type.getQualifiedName().toString();
        compilation.forget(name);
        former.add(name);
      }
    }
  }

  /** Whether the round has anything to read, or a class to drop from the application. */
  public boolean hasWork() {
    return !features.isEmpty() || !shared.isEmpty() || compilation.dropped();
  }

  /** The first class the round concerns (where to look for {@code deployless.yaml}), or null. */
  TypeElement firstClass() {
    if (!features.isEmpty()) {
      return features.get(0);
    }
    if (!shared.isEmpty()) {
      return shared.get(0);
    }
    for (TypeElement type : ElementFilter.typesIn(environment.getRootElements())) {
      if (former.contains(type.getQualifiedName().toString())) {
        return type;
      }
    }
    return null;
  }

  // ------------------------------------------------------------ read

  /** Notes that {@code className} is read in this round (the application rules report on it). */
  void markFresh(String className) {
    fresh.add(className);
  }

  /** The classes read in this round. */
  Set<String> fresh() {
    return Collections.unmodifiableSet(fresh);
  }

  void read(FeatureClass feature) {
    readFeatures.put(feature.className(), feature);
  }

  void read(SharedResources declarations) {
    readShared.add(declarations);
  }

  /** The features read in this round, by name. */
  List<FeatureClass> readFeatures() {
    return new ArrayList<>(readFeatures.values());
  }

  /** Whether the feature {@code className} was read in this round. */
  boolean wasRead(String className) {
    return readFeatures.containsKey(className);
  }

  /** The shared declarations read in this round, by name. */
  List<SharedResources> readShared() {
    return Collections.unmodifiableList(readShared);
  }

  /** Notes that {@code className} has errors: nothing is generated from it. */
  void invalidate(String className) {
    invalid.add(className);
    invalidResources.add(className);
  }

  /**
   * Notes that {@code className} has errors outside its resources: its handlers are not generated,
   * its resources class is (so that the classes using it compile).
   */
  void invalidateAllButResources(String className) {
    invalid.add(className);
  }

  /** Whether nothing reported an error about {@code className} in this round. */
  boolean isValid(String className) {
    return !invalid.contains(className);
  }

  /** Whether {@code className}'s resources class can be generated: its resources have no errors. */
  boolean resourcesValid(String className) {
    return !invalidResources.contains(className);
  }

  /** Keeps the resources of a feature that could not be read whole, for its resources class. */
  void readResourcesOnly(FeatureClass resources) {
    resourcesOnly.put(resources.className(), resources);
  }

  /** The resources of the features read in this round that could not be read whole. */
  List<FeatureClass> resourcesOnly() {
    return new ArrayList<>(resourcesOnly.values());
  }

  /** The qualified names of the types declared in this round's sources, which generated code must not replace. */
  Set<String> sourceTypes() {
    if (sourceTypes == null) {
      sourceTypes = new HashSet<>();
      List<TypeElement> pending = new ArrayList<>(ElementFilter.typesIn(environment.getRootElements()));
      while (!pending.isEmpty()) {
        TypeElement type = pending.remove(pending.size() - 1);
        sourceTypes.add(type.getQualifiedName().toString());
        pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
      }
    }
    return sourceTypes;
  }
}
