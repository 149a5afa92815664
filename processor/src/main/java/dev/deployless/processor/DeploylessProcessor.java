package dev.deployless.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.deployless.processor.codegen.GeneratedFiles;
import dev.deployless.processor.codegen.Handlers;
import dev.deployless.processor.config.ConfigLoader;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.index.FeatureIndex;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.reading.FeatureReader;
import dev.deployless.processor.reading.InitHookReader;
import dev.deployless.processor.reading.ResourceReader;
import dev.deployless.processor.template.AppDescriptor;
import dev.deployless.processor.template.OutputFiles;
import dev.deployless.processor.template.Replacements;
import dev.deployless.processor.template.SamTemplate;
import dev.deployless.processor.template.TemplateFile;
import dev.deployless.processor.template.TemplateReader;
import dev.deployless.processor.template.TemplateState;
import dev.deployless.processor.validation.ApplicationRules;
import dev.deployless.processor.validation.ConfigRules;
import dev.deployless.processor.validation.FeatureRules;
import dev.deployless.processor.validation.ResourceRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The deployless annotation processor. Each round it reads the new {@code @Feature} classes into the
 * model, validates them with the project settings and the features seen before, prints every
 * diagnostic at once, and generates the handlers of the valid features. When processing is over,
 * and only if the compilation has no errors, it writes {@code template.yaml} (when it changed) and
 * the local server's descriptor. It never throws into javac: an internal failure is reported as
 * E99.
 */
@AutoService(Processor.class)
public final class DeploylessProcessor extends AbstractProcessor {
  private final Map<String, String> environment;
  private Options options;
  private Messager messager;
  private Elements elements;
  private Types types;
  private Filer filer;

  private Project config;
  private boolean configValid;
  private List<InitHook> hooks = List.of();
  private final Map<String, FeatureClass> features = new TreeMap<>();
  private final Map<String, SharedResources> shared = new TreeMap<>();
  /**
   * Features (and classes declaring shared resources) read from the index of an earlier
   * compilation, not (yet) compiled in this one.
   */
  private final Set<String> persisted = new TreeSet<>();
  /** The index entries (JSON) by class name: read back, then replaced as classes are compiled. */
  private final Map<String, String> indexEntries = new TreeMap<>();
  /** Whether an entry changed this compilation (the index file is then rewritten). */
  private boolean indexChanged;
  private final Set<String> deferred = new TreeSet<>();
  /** The resources classes generated so far: a file is created once per compilation. */
  private final Set<String> generatedResources = new HashSet<>();
  private Path classOutput;
  private boolean indexLoaded;
  /** Whether features of an earlier compilation were dropped, so the template must be rewritten. */
  private boolean dropped;
  private boolean errors;

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
    options = new Options(processingEnv.getOptions());
    messager = processingEnv.getMessager();
    elements = processingEnv.getElementUtils();
    types = processingEnv.getTypeUtils();
    filer = processingEnv.getFiler();
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
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.errorRaised()) {
        errors = true;
      }
      if (round.processingOver()) {
        writeIndex();
        finish();
      } else {
        processRound(round);
      }
    } catch (Throwable failure) {
      errors = true;
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      print(Message.E99, trace);
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    Report report = new Report("round");
    loadIndex();
    List<TypeElement> candidates = candidates(round);
    List<TypeElement> sharedCandidates = sharedCandidates(round);
    List<TypeElement> unannotated = formerFeatures(round);
    reportMethodsOutsideFeatures(round, report);
    if (candidates.isEmpty() && sharedCandidates.isEmpty() && !dropped) {
      finishRound(report);
      return;
    }
    if (config == null) {
      List<TypeElement> seen = new ArrayList<>(candidates);
      seen.addAll(sharedCandidates);
      seen.addAll(unannotated);
      loadConfig(seen.isEmpty() ? null : seen.get(0), report);
    }
    FeatureReader reader = new FeatureReader(elements, types);
    Set<String> fresh = new TreeSet<>();
    Set<String> invalid = new HashSet<>();
    List<SharedResources> readShared = new ArrayList<>();
    for (TypeElement type : sharedCandidates) {
      String name = type.getQualifiedName().toString();
      fresh.add(name);
      persisted.remove(name);
      shared.remove(name);
      Report classReport = report.child(name);
      Optional<SharedResources> declarations = reader.readShared(type, classReport);
      if (declarations.isEmpty()) {
        continue;
      }
      for (AwsResource resource : declarations.get().resources()) {
        ResourceRules.check(resource, classReport);
      }
      if (!classReport.isClean()) {
        invalid.add(name);
      }
      shared.put(name, declarations.get());
      readShared.add(declarations.get());
    }
    List<FeatureClass> read = new ArrayList<>();
    for (TypeElement type : candidates) {
      String name = type.getQualifiedName().toString();
      if (reader.mentionsMissingTypes(type)) {
        deferred.add(name);
        continue;
      }
      fresh.add(name);
      persisted.remove(name);
      Report classReport = report.child(name);
      Optional<FeatureClass> feature = reader.read(type, classReport);
      if (feature.isEmpty()) {
        features.remove(name);
        continue;
      }
      FeatureRules.check(feature.get(), config, classReport);
      if (!classReport.isClean()) {
        invalid.add(name);
      }
      features.put(name, feature.get());
      read.add(feature.get());
    }
    invalid.addAll(ApplicationRules.check(new ArrayList<>(features.values()),
        new ArrayList<>(shared.values()), fresh, report.child("application")));
    if (configValid) {
      Handlers handlers = new Handlers(new GeneratedFiles(filer), config, hooks, report);
      Set<String> sourceTypes = sourceTypes(round);
      for (SharedResources declarations : readShared) {
        if (!invalid.contains(declarations.className())) {
          putIndexEntry(declarations.className(), FeatureIndex.write(declarations));
        }
      }
      Map<String, AwsResource> resources =
          Application.resources(new ArrayList<>(features.values()), new ArrayList<>(shared.values()));
      Set<String> readNames = new HashSet<>();
      for (FeatureClass feature : read) {
        readNames.add(feature.className());
      }
      Set<String> redeclared = new HashSet<>();
      for (SharedResources declarations : readShared) {
        for (AwsResource resource : declarations.resources()) {
          redeclared.add(resource.name());
        }
      }
      for (FeatureClass feature : features.values()) {
        boolean readNow = readNames.contains(feature.className());
        // A feature not compiled now still gets new accessors when a shared resource it links was.
        boolean linksRedeclared = feature.links().stream().anyMatch(link -> redeclared.contains(link.name()));
        if (invalid.contains(feature.className()) || !readNow && !linksRedeclared) {
          continue;
        }
        if (generatedResources.add(feature.resourcesClass())) {
          List<Grant> grants = Application.grants(feature, resources);
          handlers.generateResources(feature, grants, sourceTypes, origins(feature, grants));
        }
        if (readNow) {
          handlers.generate(feature, sourceTypes);
          putIndexEntry(feature.className(), FeatureIndex.write(feature));
        }
      }
    }
    finishRound(report);
  }

  /** The classes {@code feature}'s resources class is generated from: the feature, then shared classes. */
  private List<TypeElement> origins(FeatureClass feature, List<Grant> grants) {
    Set<String> names = new java.util.LinkedHashSet<>();
    names.add(feature.className());
    for (Grant grant : grants) {
      names.add(grant.resource().owner().qualifiedName());
    }
    List<TypeElement> origins = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        origins.add(type);
      }
    }
    return origins;
  }

  /** Reads the index entries an earlier compilation left in the class output, once. */
  private void loadIndex() {
    if (indexLoaded) {
      return;
    }
    indexLoaded = true;
    classOutput = classOutput();
    String index = readClassOutput(FeatureIndex.PATH);
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
    forgetDeletedFeatures();
  }

  /**
   * The types compiled in this round that were features (or declared shared resources) in an earlier
   * compilation but no longer are.
   */
  private List<TypeElement> formerFeatures(RoundEnvironment round) {
    List<TypeElement> former = new ArrayList<>();
    TypeElement feature = elements.getTypeElement(dev.deployless.annotations.Feature.class.getCanonicalName());
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      String name = type.getQualifiedName().toString();
      boolean isFeature = type.getAnnotationMirrors().stream()
          .anyMatch(mirror -> mirror.getAnnotationType().asElement().equals(feature));
      boolean wasFeature = features.containsKey(name);
      if (persisted.contains(name) && (wasFeature ? !isFeature
          : isFeature || !ResourceReader.annotated(type))) {
        former.add(type);
        forget(name);
      }
    }
    return former;
  }

  /** The classes of this round that declare resources without being features. */
  private List<TypeElement> sharedCandidates(RoundEnvironment round) {
    TypeElement feature = elements.getTypeElement(dev.deployless.annotations.Feature.class.getCanonicalName());
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (Class<? extends java.lang.annotation.Annotation> kind : List.of(
        dev.deployless.annotations.Resource.class, dev.deployless.annotations.Resources.class)) {
      for (Element element : round.getElementsAnnotatedWith(elements.getTypeElement(kind.getCanonicalName()))) {
        if (element instanceof TypeElement type && type.getAnnotationMirrors().stream()
            .noneMatch(mirror -> mirror.getAnnotationType().asElement().equals(feature))) {
          candidates.put(type.getQualifiedName().toString(), type);
        }
      }
    }
    return new ArrayList<>(candidates.values());
  }

  /** Drops a feature of an earlier compilation, with its index entry. */
  private void forget(String className) {
    dropped = true;
    features.remove(className);
    shared.remove(className);
    persisted.remove(className);
    if (indexEntries.remove(className) != null) {
      indexChanged = true;
    }
  }

  /** Replaces the index entry of {@code className} (the file is written when processing is over). */
  private void putIndexEntry(String className, String content) {
    if (!content.equals(indexEntries.put(className, content))) {
      indexChanged = true;
    }
  }

  /**
   * The classes the application's outputs (index, template state, descriptor) come from: those of
   * this compilation; classes compiled earlier are not loaded just to name them.
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

  /** Writes the index file, if an entry changed: also while the compilation has errors. */
  private void writeIndex() {
    if (!indexChanged) {
      return;
    }
    writeClassOutput(FeatureIndex.PATH, FeatureIndex.file(indexEntries.values()));
  }

  /** Writes {@code path} in the class output through the Filer; E72 if it cannot. */
  private void writeClassOutput(String path, String content) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins());
      try (Writer writer = file.openWriter()) {
        writer.write(content);
      }
    } catch (IOException | IllegalArgumentException e) {
      // The file manager rejects a directory in the way with IllegalArgumentException.
      errors = true;
      print(Message.E72, path, e);
    }
  }

  /** The class output directory, or null when it is not a directory (in-memory compilers). */
  private Path classOutput() {
    try {
      URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "deployless.probe").toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).getParent() : null;
    } catch (IOException | IllegalArgumentException unknown) {
      return null;
    }
  }

  /** Drops the features of earlier compilations whose class is gone from the class output. */
  private void forgetDeletedFeatures() {
    if (classOutput == null) {
      return;
    }
    for (String name : new ArrayList<>(persisted)) {
      dev.deployless.processor.model.TypeRef owner = features.containsKey(name)
          ? features.get(name).controller() : shared.get(name).owner();
      String binary = String.join("$", owner.simpleNames()) + ".class";
      String pkg = owner.packageName();
      Path classFile = classOutput.resolve(pkg.isEmpty() ? binary : pkg.replace('.', '/') + "/" + binary);
      if (!java.nio.file.Files.isRegularFile(classFile)) {
        forget(name);
      }
    }
  }

  private void finishRound(Report report) {
    if (!report.isClean()) {
      errors = true;
    }
    report.printTo(messager, trees());
  }

  /** The {@code @Feature} types of this round and those deferred from the last, by name. */
  private List<TypeElement> candidates(RoundEnvironment round) {
    Map<String, TypeElement> candidates = new TreeMap<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        candidates.put(name, type);
      }
    }
    deferred.clear();
    TypeElement feature = elements.getTypeElement(dev.deployless.annotations.Feature.class.getCanonicalName());
    for (Element element : round.getElementsAnnotatedWith(feature)) {
      TypeElement type = (TypeElement) element;
      candidates.put(type.getQualifiedName().toString(), type);
    }
    return new ArrayList<>(candidates.values());
  }

  /** E51 for each route, cron or lambda method of a class that is not a feature. */
  private void reportMethodsOutsideFeatures(RoundEnvironment round, Report report) {
    TypeElement feature = elements.getTypeElement(dev.deployless.annotations.Feature.class.getCanonicalName());
    List<Class<? extends java.lang.annotation.Annotation>> kinds = List.of(
        dev.deployless.annotations.Route.class, dev.deployless.annotations.Cron.class,
        dev.deployless.annotations.LambdaFunction.class);
    for (Class<? extends java.lang.annotation.Annotation> kind : kinds) {
      TypeElement annotation = elements.getTypeElement(kind.getCanonicalName());
      List<Element> methods = new ArrayList<>(round.getElementsAnnotatedWith(annotation));
      methods.sort(Comparator.comparing(Element::toString));
      for (Element method : methods) {
        Element owner = method.getEnclosingElement();
        boolean inFeature = owner.getAnnotationMirrors().stream()
            .anyMatch(mirror -> mirror.getAnnotationType().asElement().equals(feature));
        if (!inFeature) {
          Location at = method.getAnnotationMirrors().stream()
              .filter(mirror -> mirror.getAnnotationType().asElement().equals(annotation))
              .findFirst().map(mirror -> Location.of(method, mirror)).orElse(Location.of(method));
          report.add(Message.E51, at, kind.getSimpleName(),
              owner.getSimpleName() + "." + method.getSimpleName() + "()", owner.getSimpleName());
        }
      }
    }
  }

  private void loadConfig(TypeElement firstFeature, Report round) {
    Report report = round.child("deployless.yaml");
    Optional<Path> file = ConfigLoader.locate(options.config(), sourceDirectory(firstFeature), report);
    Path path = file.orElse(Path.of(ConfigLoader.FILE_NAME).toAbsolutePath());
    config = file.isPresent()
        ? ConfigLoader.load(path, environment, options.stage(), report)
        : ConfigLoader.parse(path, "", environment, options.stage(), new Report("deployless.yaml"));
    ConfigRules.check(config, report);
    hooks = InitHookReader.read(config, elements, types, report);
    configValid = file.isPresent() && report.isClean();
  }

  /** The directory of {@code type}'s source file, else of the class output; null if unknown. */
  private Path sourceDirectory(TypeElement type) {
    if (type == null) {
      return classOutput;
    }
    try {
      TreePath path = Trees.instance(processingEnv).getPath(type);
      if (path != null) {
        URI uri = path.getCompilationUnit().getSourceFile().toUri();
        if ("file".equals(uri.getScheme())) {
          return Path.of(uri).getParent();
        }
      }
    } catch (IllegalArgumentException | LinkageError notJavac) {
      // Not javac's trees (e.g. Eclipse): fall back to the class output.
    }
    return classOutput();
  }

  /** The qualified names of the types declared in this round's sources. */
  private static Set<String> sourceTypes(RoundEnvironment round) {
    Set<String> names = new HashSet<>();
    List<TypeElement> pending = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
    while (!pending.isEmpty()) {
      TypeElement type = pending.remove(pending.size() - 1);
      names.add(type.getQualifiedName().toString());
      pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
    }
    return names;
  }

  /** Writes the template and the descriptor, if the compilation is clean. */
  private void finish() throws IOException {
    if (config == null) {
      return;
    }
    if (!deferred.isEmpty()) {
      Report report = new Report("deferred");
      FeatureReader reader = new FeatureReader(elements, types);
      for (String name : deferred) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null) {
          reader.explainMissing(type, report);
        }
      }
      report.printTo(messager, trees());
    }
    if (errors || !configValid || !deferred.isEmpty()) {
      print(Message.TEMPLATE_NOT_WRITTEN, templatePath().getFileName());
      return;
    }
    Application application = new Application(config, new ArrayList<>(features.values()),
        new ArrayList<>(shared.values()));
    boolean written;
    Map<String, Object> tree = SamTemplate.tree(application, codeUri());
    TemplateState newState;
    try {
      Path file = templatePath();
      String current = java.nio.file.Files.isRegularFile(file)
          ? java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8) : null;
      TemplateState state = templateState();
      String text = TemplateFile.text(Map.of(), tree);
      Map<String, Map<String, String>> after = Replacements.digest(tree);
      Map<String, Map<String, String>> before;
      if (current != null && state != null && state.describes(current)) {
        // The file is what the last compilation wrote: nothing of the user's to merge.
        before = state.resources();
      } else if (current == null) {
        before = Map.of();
      } else if (text.equals(current)) {
        // A clean build (no state) of unchanged code and an unedited file: nothing to merge.
        before = after;
      } else {
        Map<String, Object> existing = TemplateReader.read(current);
        before = Replacements.digest(existing);
        text = TemplateFile.text(existing, tree);
      }
      if (replacesResources(application, before, after)) {
        errors = true;
        print(Message.TEMPLATE_NOT_WRITTEN, templatePath().getFileName());
        return;
      }
      written = OutputFiles.writeIfChanged(file, text, current);
      newState = new TemplateState(TemplateState.hash(text), after);
    } catch (TemplateReader.Unreadable e) {
      errors = true;
      Report report = new Report("template.yaml");
      report.add(e.finding(templatePath()), Location.NOWHERE);
      report.printTo(messager, null);
      return;
    } catch (IOException e) {
      errors = true;
      print(Message.E72, templatePath(), e);
      return;
    }
    writeClassOutput(AppDescriptor.RESOURCE, AppDescriptor.render(application));
    writeClassOutput(TemplateState.PATH, newState.write());
    if (options.verbose()) {
      for (String line : Summary.lines(application, templatePath(), written, codeUri())) {
        print(Message.SUMMARY, line);
      }
    }
  }

  /**
   * Reports W01 for each named resource the new template would replace; returns whether that halts
   * the build (it does unless {@code -Adeployless.allowReplacement=true}).
   */
  private boolean replacesResources(Application application, Map<String, Map<String, String>> before,
      Map<String, Map<String, String>> after) {
    Report report = new Report("template.yaml");
    Map<String, AwsResource> resources = application.resources();
    ResourceReader reader = new ResourceReader(elements);
    for (Replacements.Replacement replacement : Replacements.find(before, after)) {
      AwsResource resource = resources.get(replacement.resource());
      TypeElement owner = resource == null ? null
          : elements.getTypeElement(resource.owner().qualifiedName());
      Location at = owner == null ? Location.NOWHERE : reader.declaration(owner, replacement.resource())
          .map(dev.deployless.processor.model.Source::annotation).orElse(Location.NOWHERE);
      Object[] arguments = {replacement.resource(), replacement.type(), replacement.change()};
      if (options.allowReplacement()) {
        report.addAsWarning(Message.W01, at, arguments);
      } else {
        report.add(Message.W01, at, arguments);
      }
    }
    boolean halts = !report.isClean();
    report.printTo(messager, trees());
    return halts;
  }

  /** Prints {@code message} without location, at once. */
  private void print(Message message, Object... values) {
    Report report = new Report("deployless");
    report.add(message, Location.NOWHERE, values);
    report.printTo(messager, null);
  }

  /** What the last compilation wrote to the template, from the class output; null if unknown. */
  private TemplateState templateState() {
    String state = readClassOutput(TemplateState.PATH);
    return state == null ? null : TemplateState.read(state);
  }

  /** The text of {@code path} in the class output; null when there is none or it cannot be read. */
  private String readClassOutput(String path) {
    if (classOutput == null) {
      return null;
    }
    Path file = classOutput.resolve(path);
    try {
      return java.nio.file.Files.isRegularFile(file)
          ? java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8) : null;
    } catch (IOException unreadable) {
      return null;
    }
  }

  /** javac's trees, to place diagnostics on repeated annotations; null under other compilers. */
  private Trees trees() {
    try {
      return Trees.instance(processingEnv);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  private Path templatePath() {
    return options.template().map(Path::toAbsolutePath)
        .orElse(config.file().resolveSibling("template.yaml"));
  }

  /** The deployment package: the option, else {@code globals.code_uri}, else {@code target/<name>.jar}. */
  private String codeUri() {
    return options.codeUri().orElse(config.globals().codeUri() != null
        ? config.globals().codeUri() : "target/" + config.name() + ".jar");
  }
}
