package dev.deployless.processor.compilation;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.index.FeatureIndex;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.model.TypeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Everything one compilation knows across its rounds, and the only mutable state of the processor:
 * the project, the features and shared declarations seen so far (read in this compilation or
 * persisted by an earlier one in the class output's index), the index entries, the classes
 * deferred to a later round, the resources classes generated, and whether the compilation failed.
 * The processing steps receive it; everything else they use lives for one call.
 */
public final class Compilation {
  private final ClassOutput output;

  private Project project;
  private boolean projectValid;
  private List<InitHook> hooks = List.of();

  private final Map<String, FeatureClass> features = new TreeMap<>();
  private final Map<String, SharedResources> shared = new TreeMap<>();
  /** Classes read from the index of an earlier compilation, not (yet) compiled in this one. */
  private final Set<String> persisted = new TreeSet<>();
  /** The index entries (JSON) by class name: read back, then replaced as classes are compiled. */
  private final Map<String, String> indexEntries = new TreeMap<>();
  private boolean indexLoaded;
  private boolean indexChanged;
  /** Whether classes of an earlier compilation were dropped, so the template must be rewritten. */
  private boolean dropped;

  private final Set<String> deferred = new TreeSet<>();
  /** The resources classes generated so far: a file is created once per compilation. */
  private final Set<String> generatedResources = new HashSet<>();
  private boolean failed;

  /** The state of a compilation writing through {@code filer}. */
  public Compilation(Filer filer) {
    this.output = new ClassOutput(filer);
  }

  /** The class output, where the files of the whole compilation are kept. */
  public ClassOutput classOutput() {
    return output;
  }

  // ------------------------------------------------------------ the index of earlier compilations

  /**
   * Reads the index an earlier compilation left in the class output, once: its features and shared
   * declarations join this compilation's, except those whose class is gone from the class output.
   */
  public void loadIndex() {
    if (indexLoaded) {
      return;
    }
    indexLoaded = true;
    String index = output.read(FeatureIndex.PATH);
    if (index == null) {
      // No index, or an unreadable one, is like an empty one: this compilation's features are complete.
      return;
    }
    for (String text : FeatureIndex.entries(index)) {
      Optional<FeatureIndex.Entry> read = FeatureIndex.read(text);
      if (read.isEmpty()) {
        continue;
      }
      String className = read.get().className();
      if (read.get().feature() != null) {
        features.put(className, read.get().feature());
      } else {
        shared.put(className, read.get().shared());
      }
      persisted.add(className);
      indexEntries.put(className, text);
    }
    for (String name : new ArrayList<>(persisted)) {
      TypeRef owner = features.containsKey(name) ? features.get(name).controller() : shared.get(name).owner();
      String binary = String.join("$", owner.simpleNames());
      String pkg = owner.packageName();
      if (!output.hasClass(pkg.isEmpty() ? binary : pkg.replace('.', '/') + "/" + binary)) {
        forget(name);
      }
    }
  }

  /** Whether {@code className} was a feature in an earlier compilation and is not compiled again yet. */
  public boolean isPersistedFeature(String className) {
    return persisted.contains(className) && features.containsKey(className);
  }

  /** Whether {@code className} declared shared resources in an earlier compilation, not compiled again yet. */
  public boolean isPersistedShared(String className) {
    return persisted.contains(className) && shared.containsKey(className);
  }

  /** Notes that {@code className} is compiled now: what it declares comes from its source from now on. */
  public void compiledNow(String className) {
    persisted.remove(className);
  }

  /** Drops a class of an earlier compilation that no longer declares anything, with its index entry. */
  public void forget(String className) {
    dropped = true;
    features.remove(className);
    shared.remove(className);
    persisted.remove(className);
    if (indexEntries.remove(className) != null) {
      indexChanged = true;
    }
  }

  /** Whether classes of an earlier compilation were dropped (every round then has work). */
  public boolean dropped() {
    return dropped;
  }

  /** Replaces the index entry of {@code className} (the file is written when processing is over). */
  public void putIndexEntry(String className, String content) {
    if (!content.equals(indexEntries.put(className, content))) {
      indexChanged = true;
    }
  }

  /** Writes the index file if an entry changed: also while the compilation has errors. */
  public void writeIndex(Report report) {
    if (indexChanged) {
      writeClassOutput(FeatureIndex.PATH, FeatureIndex.file(indexEntries.values()), report);
    }
  }

  // ------------------------------------------------------------ the project and the application

  /** The project, once {@code deployless.yaml} was read. */
  public Optional<Project> project() {
    return Optional.ofNullable(project);
  }

  /** Whether the project file exists and has no errors: the condition for generating anything. */
  public boolean projectValid() {
    return projectValid;
  }

  /** The {@code init_app} hooks every handler runs. */
  public List<InitHook> hooks() {
    return hooks;
  }

  /** Sets the project read from {@code deployless.yaml}, once. */
  public void setProject(Project project, boolean valid, List<InitHook> hooks) {
    this.project = project;
    this.projectValid = valid;
    this.hooks = List.copyOf(hooks);
  }

  /** The features seen so far, by class name. */
  public List<FeatureClass> features() {
    return new ArrayList<>(features.values());
  }

  /** The shared declarations seen so far, by class name. */
  public List<SharedResources> shared() {
    return new ArrayList<>(shared.values());
  }

  /** Adds or replaces a feature read in this compilation. */
  public void putFeature(FeatureClass feature) {
    features.put(feature.className(), feature);
  }

  /** Drops the feature of {@code className}, which could not be read. */
  public void removeFeature(String className) {
    features.remove(className);
  }

  /** Adds or replaces shared declarations read in this compilation. */
  public void putShared(SharedResources declarations) {
    shared.put(declarations.className(), declarations);
  }

  /** Drops the shared declarations of {@code className}, about to be read again. */
  public void removeShared(String className) {
    shared.remove(className);
  }

  /** The application as seen so far; {@link #project()} must be set. */
  public Application application() {
    return new Application(project, features(), shared());
  }

  // ------------------------------------------------------------ rounds

  /** Defers {@code className} to the next round: it mentions types not generated yet. */
  public void defer(String className) {
    deferred.add(className);
  }

  /** The deferred classes, which the caller takes over (the set is emptied). */
  public List<String> takeDeferred() {
    List<String> names = new ArrayList<>(deferred);
    deferred.clear();
    return names;
  }

  /** The classes still deferred, by name. */
  public List<String> deferred() {
    return new ArrayList<>(deferred);
  }

  /** Whether {@code resourcesClass} is not generated yet in this compilation (and now counts as generated). */
  public boolean firstGeneration(String resourcesClass) {
    return generatedResources.add(resourcesClass);
  }

  /** Notes that the compilation has errors: nothing aggregating is written. */
  public void fail() {
    failed = true;
  }

  /** Whether the compilation has errors (deployless's or javac's). */
  public boolean failed() {
    return failed;
  }

  // ------------------------------------------------------------ class output files

  /** The text of {@code path} in the class output; null when there is none or it cannot be read. */
  public String readClassOutput(String path) {
    return output.read(path);
  }

  /** Writes {@code path} in the class output, originating from this compilation's classes; E72 if it cannot. */
  public void writeClassOutput(String path, String content, Report report) {
    try {
      output.write(path, content, origins());
    } catch (IOException | IllegalArgumentException e) {
      // The file manager rejects a directory in the way with IllegalArgumentException.
      fail();
      report.add(Message.E72, Location.NOWHERE, path, e);
    }
  }

  /**
   * The classes the application's outputs come from: those of this compilation; classes compiled
   * earlier are not loaded just to name them.
   */
  private Element[] origins() {
    List<Element> origins = new ArrayList<>();
    for (FeatureClass feature : features.values()) {
      if (feature.source() != null) {
        origins.add(feature.source().originatingType());
      }
    }
    for (SharedResources declarations : shared.values()) {
      if (declarations.source() != null) {
        origins.add(declarations.source().originatingType());
      }
    }
    return origins.toArray(new Element[0]);
  }
}
