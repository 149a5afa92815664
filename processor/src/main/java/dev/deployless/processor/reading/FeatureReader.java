package dev.deployless.processor.reading;

import dev.deployless.annotations.Cron;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.LambdaFunction;
import dev.deployless.annotations.Route;
import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.AuthMode;
import dev.deployless.processor.model.AlarmSettings;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.DeploymentSettings;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Names;
import dev.deployless.processor.model.ObjectType;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Standalone;
import dev.deployless.processor.model.TypeRef;
import dev.deployless.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Feature} class into a {@link FeatureClass}: its settings, its resources and
 * function links, and every {@code @Route}, {@code @Cron}, {@code @LambdaFunction} and trigger
 * method. Mistakes that leave nothing to model are reported here, into the class's report; the
 * feature is returned only when it could be read completely.
 */
public final class FeatureReader {
  static final String FEATURE = Feature.class.getCanonicalName();
  static final String ROUTE = Route.class.getCanonicalName();
  static final String CRON = Cron.class.getCanonicalName();
  static final String LAMBDA = LambdaFunction.class.getCanonicalName();
  private static final List<String> FUNCTION_KINDS = functionKinds();

  private static List<String> functionKinds() {
    List<String> kinds = new ArrayList<>(List.of(ROUTE, CRON, LAMBDA));
    kinds.addAll(ListenerReader.ANNOTATIONS);
    return List.copyOf(kinds);
  }

  private final Elements elements;
  private final TypeReader typeReader;
  private final MethodReader methods;
  private final EventMethodReader events;
  private final ListenerReader listeners;
  private final ResourceReader resources;

  public FeatureReader(Elements elements, Types types) {
    this.elements = elements;
    this.typeReader = new TypeReader(elements, types);
    this.methods = new MethodReader(elements, types, typeReader);
    this.events = new EventMethodReader(types, typeReader);
    this.listeners = new ListenerReader(elements, types, typeReader);
    this.resources = new ResourceReader(elements);
  }

  /**
   * The shared resources {@code type} (not a feature) declares, or empty if it declares none;
   * mistakes go to {@code report}.
   */
  public Optional<SharedResources> readShared(TypeElement type, Report report) {
    TypeRef owner = typeReader.ref(type.asType());
    List<AwsResource> declared = new ArrayList<>();
    for (ResourceReader.Entry entry : resources.read(type, owner, true, report)) {
      entry.declared().ifPresent(declared::add);
    }
    return declared.isEmpty() ? Optional.empty()
        : Optional.of(new SharedResources(owner, declared, new Source(type, null)));
  }

  /**
   * Whether {@code type}'s constructor or annotated methods mention a type that does not exist
   * yet, such as one another processor generates in a later round. The feature's own resources
   * class, which this processor generates, does not count.
   */
  public boolean mentionsMissingTypes(TypeElement type) {
    String resources = resourcesClass(type);
    for (ExecutableElement executable : executables(type)) {
      if (isError(executable.getReturnType())) {
        return true;
      }
      for (var parameter : executable.getParameters()) {
        if (isError(parameter.asType()) && !(executable.getKind() == ElementKind.CONSTRUCTOR
            && names(parameter.asType(), resources))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * After the last round, explains a feature still waiting for a missing type when that type looks
   * like a resources class under another name (E48); javac reports other missing types itself.
   */
  public void explainMissing(TypeElement type, Report report) {
    String resources = resourcesClass(type);
    String simple = resources.substring(resources.lastIndexOf('.') + 1);
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      for (var parameter : constructor.getParameters()) {
        String written = parameter.asType().toString();
        if (isError(parameter.asType()) && written.endsWith("Resources")) {
          report.add(Message.E48_MISSING_RESOURCES, Location.of(parameter), type.getQualifiedName(), written,
              simple);
        }
      }
    }
  }

  /** The qualified name of the resources class generated for the feature {@code type}. */
  private String resourcesClass(TypeElement type) {
    AnnotationMirror mirror = Attributes.find(type, FEATURE).orElseThrow();
    String name = new Attributes(mirror, elements).optionalString("name")
        .orElse(Names.featureName(type.getSimpleName().toString()));
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    String simple = FeatureClass.resourcesClassName(name);
    return pkg.isEmpty() ? simple : pkg + "." + simple;
  }

  /** Whether {@code type} is (or, unresolved, is written as) the class {@code qualifiedName}. */
  private static boolean names(TypeMirror type, String qualifiedName) {
    String written = type.toString();
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return written.equals(qualifiedName) || type.getKind() == TypeKind.ERROR && written.equals(simple);
  }

  private static List<ExecutableElement> executables(TypeElement type) {
    List<ExecutableElement> executables = new ArrayList<>(ElementFilter.constructorsIn(type.getEnclosedElements()));
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!kinds(method).isEmpty()) {
        executables.add(method);
      }
    }
    return executables;
  }

  private static boolean isError(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR || type.toString().contains("<any>");
  }

  /**
   * Only the resources of the feature {@code type}: what its {@code <Feature>Resources} class is
   * generated from when the rest of the feature has mistakes, so that the classes using it compile
   * and the user sees only the real error. Mistakes in the resources go to {@code report}.
   */
  public FeatureClass readResources(TypeElement type, Report report) {
    AnnotationMirror mirror = Attributes.find(type, FEATURE).orElseThrow();
    Attributes feature = new Attributes(mirror, elements);
    TypeRef controller = typeReader.ref(type.asType());
    List<ResourceLink> links = new ArrayList<>();
    List<AwsResource> declared = new ArrayList<>();
    for (ResourceReader.Entry entry : resources.read(type, controller, false, report)) {
      links.add(entry.link());
      entry.declared().ifPresent(declared::add);
    }
    return FeatureClass.builder(feature.optionalString("name").orElse(Names.featureName(type.getSimpleName()
            .toString())), controller)
        .declared(declared)
        .links(links)
        .policies(resources.policies(type, feature))
        .source(new Source(type, mirror))
        .build();
  }

  /**
   * The feature declared by {@code type}, or empty when it has mistakes, which go to
   * {@code classReport}.
   */
  public Optional<FeatureClass> read(TypeElement type, Report classReport) {
    AnnotationMirror mirror = Attributes.find(type, FEATURE).orElseThrow();
    Attributes feature = new Attributes(mirror, elements);
    Source source = new Source(type, mirror);
    Report report = classReport.child();

    String resourcesClass = resourcesClass(type);
    Construction construction = instantiation(type, source, resourcesClass, report);
    String name = feature.optionalString("name")
        .orElse(Names.featureName(type.getSimpleName().toString()));
    Settings settings = settings(feature, type, true);
    TypeRef controller = typeReader.ref(type.asType());
    List<ResourceReader.Entry> entries = resources.read(type, controller, false, report);
    List<ResourceLink> links = new ArrayList<>();
    List<AwsResource> declared = new ArrayList<>();
    for (ResourceReader.Entry entry : entries) {
      links.add(entry.link());
      entry.declared().ifPresent(declared::add);
    }
    List<FunctionLink> invokes = resources.functionLinks(type);
    if (construction != null && construction.injects() && links.isEmpty() && invokes.isEmpty()) {
      report.add(Message.E48_NOTHING_TO_INJECT, source.annotation(), type.getQualifiedName(),
          resourcesClass.substring(resourcesClass.lastIndexOf('.') + 1));
    }

    List<Endpoint> routes = new ArrayList<>();
    List<Job> jobs = new ArrayList<>();
    List<Standalone> standalones = new ArrayList<>();
    String basePath = feature.string("basePath");
    List<Listener> triggered = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<AnnotationMirror> kinds = kinds(method);
      if (kinds.isEmpty()) {
        continue;
      }
      if (kinds.size() > 1) {
        if (kinds.stream().anyMatch(kind -> ListenerReader.ANNOTATIONS.contains(name(kind)))) {
          List<String> written = new ArrayList<>();
          for (AnnotationMirror kind : kinds) {
            written.add("@" + kind.getAnnotationType().asElement().getSimpleName());
          }
          report.add(Message.E71_TRIGGER, new Source(method, null).element(), describe(method),
              String.join(", ", written));
        } else {
          report.add(Message.E71, new Source(method, null).element(), describe(method));
        }
        continue;
      }
      AnnotationMirror annotation = kinds.get(0);
      if (!modifiersAllowed(method, annotation, report)) {
        continue;
      }
      Attributes attributes = new Attributes(annotation, elements);
      String kind = name(annotation);
      if (kind.equals(ROUTE)) {
        methods.route(method, attributes, basePath, report).ifPresent(routes::add);
      } else if (kind.equals(CRON)) {
        events.job(method, attributes, settings(attributes, method, false), report).ifPresent(jobs::add);
      } else if (kind.equals(LAMBDA)) {
        events.standalone(method, attributes, settings(attributes, method, false), report)
            .ifPresent(standalones::add);
      } else {
        listeners.read(method, attributes, settings(attributes, method, false), report)
            .ifPresent(triggered::add);
      }
    }
    if (!report.isClean() || construction == null) {
      return Optional.empty();
    }
    List<ValueType> roots = new ArrayList<>(methods.valueTypes(routes, jobs, standalones));
    roots.addAll(ListenerReader.valueTypes(triggered));
    Map<String, ObjectType> objects = typeReader.reachable(roots);
    return Optional.of(FeatureClass.builder(name, controller)
        .basePath(basePath)
        .settings(settings)
        .routes(routes)
        .jobs(jobs)
        .standalones(standalones)
        .objects(objects)
        .constructorThrows(construction.throwsChecked())
        .injectsResources(construction.injects())
        .declared(declared)
        .links(links)
        .policies(resources.policies(type, feature))
        .source(source)
        .listeners(triggered)
        .invokes(invokes)
        .auth(AuthMode.of(feature.constant("auth")))
        .alarms(alarms(type, feature))
        .deployment(deployment(type, feature))
        .build());
  }

  /** {@code @Feature(alarms = @Alarms(...))}; attributes at their defaults are not set. */
  private AlarmSettings alarms(TypeElement type, Attributes feature) {
    AnnotationMirror mirror = feature.annotation("alarms");
    Attributes alarms = new Attributes(mirror, elements);
    String state = alarms.constant("value");
    if (state.equals("INHERIT") && mirror.getElementValues().size() <= 1) {
      return AlarmSettings.INHERIT;
    }
    Integer period = alarms.isSet("period") && alarms.integer("period") != -1 ? alarms.integer("period") : null;
    return new AlarmSettings(state.equals("OFF") ? Boolean.FALSE : state.equals("ON") ? Boolean.TRUE : null,
        new AlarmSettings.Alarm(threshold(alarms, "errors"), period),
        new AlarmSettings.Alarm(threshold(alarms, "throttles"), period),
        new AlarmSettings.Alarm(threshold(alarms, "durationPct"), period),
        alarms.optionalString("snsTopicArn").orElse(null), new Source(type, mirror));
  }

  private static Double threshold(Attributes alarms, String name) {
    return alarms.isSet(name) && alarms.integer(name) != -1 ? Double.valueOf(alarms.integer(name)) : null;
  }

  /** {@code @Feature(deployment = @Deployment(...))}; attributes at their defaults are not set. */
  private DeploymentSettings deployment(TypeElement type, Attributes feature) {
    AnnotationMirror mirror = feature.annotation("deployment");
    Attributes deployment = new Attributes(mirror, elements);
    String state = deployment.constant("value");
    if (state.equals("INHERIT") && mirror.getElementValues().size() <= 1) {
      return DeploymentSettings.INHERIT;
    }
    String kind = deployment.constant("type");
    return new DeploymentSettings(
        state.equals("OFF") ? Boolean.FALSE : state.equals("ON") ? Boolean.TRUE : null,
        deployment.isSet("alias") ? deployment.string("alias") : null,
        kind.equals("INHERIT") ? null : kind,
        deployment.optionalString("preTraffic").orElse(null),
        deployment.optionalString("postTraffic").orElse(null),
        new Source(type, mirror));
  }

  /** The function annotations of {@code method}: route, cron, lambda and triggers. */
  private static List<AnnotationMirror> kinds(ExecutableElement method) {
    List<AnnotationMirror> kinds = new ArrayList<>();
    for (String kind : FUNCTION_KINDS) {
      Attributes.find(method, kind).ifPresent(kinds::add);
    }
    return kinds;
  }

  private static String name(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** How the handler creates the controller: with or without its resources, catching or not. */
  private record Construction(boolean injects, boolean throwsChecked) {}

  /**
   * Checks that the generated handler can create the controller, with a public constructor taking
   * nothing or the feature's resources class; returns how, or null when it cannot (reported).
   */
  private Construction instantiation(TypeElement type, Source source, String resourcesClass,
      Report report) {
    Object name = type.getQualifiedName();
    Finding problem = null;
    if (type.getKind() == ElementKind.INTERFACE) {
      problem = Finding.of(Message.E48_INTERFACE, name);
    } else if (type.getKind() != ElementKind.CLASS) {
      problem = Finding.of(Message.E48_NOT_A_CLASS, name,
          type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = Finding.of(Message.E48_ABSTRACT, name);
    } else if (!type.getTypeParameters().isEmpty()) {
      problem = Finding.of(Message.E48_GENERIC, name);
    } else {
      for (Element current = type; current instanceof TypeElement nested;
          current = current.getEnclosingElement()) {
        if (nested.getModifiers().contains(Modifier.PRIVATE)) {
          problem = Finding.of(Message.E48_PRIVATE, name, nested.getSimpleName());
        } else if (nested.getNestingKind().isNested() && nested.getKind() == ElementKind.CLASS
            && !nested.getModifiers().contains(Modifier.STATIC)) {
          problem = Finding.of(Message.E48_INNER, name, nested.getSimpleName());
        }
      }
    }
    ExecutableElement constructor = null;
    String simple = resourcesClass.substring(resourcesClass.lastIndexOf('.') + 1);
    if (problem == null) {
      for (ExecutableElement candidate : ElementFilter.constructorsIn(type.getEnclosedElements())) {
        List<? extends VariableElement> parameters = candidate.getParameters();
        if (parameters.size() == 1 && names(parameters.get(0).asType(), resourcesClass)
            || parameters.isEmpty() && constructor == null) {
          constructor = candidate;
        }
      }
      if (constructor == null) {
        problem = Finding.of(Message.E48_NO_CONSTRUCTOR, name, simple);
      } else if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
        problem = constructor.getParameters().isEmpty() ? Finding.of(Message.E48_PRIVATE_CONSTRUCTOR, name)
            : Finding.of(Message.E48_PRIVATE_INJECTING_CONSTRUCTOR, name, simple);
      }
    }
    if (problem != null) {
      report.add(problem, source.annotation());
      return null;
    }
    boolean injects = !constructor.getParameters().isEmpty();
    for (TypeMirror thrown : constructor.getThrownTypes()) {
      if (!isUnchecked(thrown)) {
        return new Construction(injects, true);
      }
    }
    return new Construction(injects, false);
  }

  private boolean isUnchecked(TypeMirror thrown) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return methods.types().isSubtype(thrown, runtime) || methods.types().isSubtype(thrown, error);
  }

  private boolean modifiersAllowed(ExecutableElement method, AnnotationMirror annotation, Report report) {
    // On the method (its modifiers and name), not on the annotation, which is right.
    Location at = Location.of(method);
    String kind = ((TypeElement) annotation.getAnnotationType().asElement()).getSimpleName().toString();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      report.add(Message.E40_PUBLIC, at, kind, describe(method));
      return false;
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.add(Message.E40_STATIC, at, kind, describe(method));
      return false;
    }
    return true;
  }

  /** The settings an annotation sets: all of @Feature's, or memory/timeout/description/env of methods. */
  private Settings settings(Attributes attributes, Element element, boolean feature) {
    List<EnvVar> env = new ArrayList<>();
    if (attributes.declares("env")) {
      for (AnnotationMirror variable : attributes.annotations("env")) {
        Attributes values = new Attributes(variable, elements);
        env.add(new EnvVar(values.string("name"), values.string("value"), values.string("ssm"),
            values.flag("secure"), values.integer("version"), new Source(element, variable)));
      }
    }
    Settings.Builder settings = Settings.builder()
        .memory(attributes.optionalInteger("memory"))
        .timeout(attributes.optionalInteger("timeout"))
        .description(attributes.optionalString("description"))
        .env(env);
    if (!feature) {
      return settings.build();
    }
    String architecture = attributes.constant("architecture");
    String tracing = attributes.constant("tracing");
    return settings
        .architecture(architecture.equals("INHERIT") ? Optional.empty()
            : Optional.of(architecture.equals("ARM64") ? "arm64" : "x86_64"))
        .tracing(tracing.equals("INHERIT") ? Optional.empty()
            : Optional.of(tracing.equals("ACTIVE") ? "Active" : "PassThrough"))
        .layers(attributes.strings("layers"))
        .logRetention(attributes.optionalInteger("logRetention"))
        .reservedConcurrency(attributes.optionalInteger("reservedConcurrency"))
        .provisionedConcurrency(attributes.optionalInteger("provisionedConcurrency"))
        .ephemeralStorage(attributes.optionalInteger("ephemeralStorage"))
        .dlq(attributes.flag("dlq"))
        .build();
  }

  /** {@code UserController.get()}, for messages. */
  static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}
