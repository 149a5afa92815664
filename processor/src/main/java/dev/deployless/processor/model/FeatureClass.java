package dev.deployless.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code @Feature} class: its routes share one function; split routes, crons and standalone
 * lambdas get functions of their own. Built by name ({@link #builder}).
 *
 * <p>Named after the class rather than {@code Feature} so that it does not clash with the annotation
 * {@code @Feature} in the code that reads one into the other.
 *
 * @param name the feature's name
 * @param controller the annotated class
 * @param basePath the prefix of every route path
 * @param settings the feature's function settings
 * @param objects every record and class its methods read or write as JSON, by key
 * @param constructorThrows whether the controller's constructor declares checked exceptions
 * @param injectsResources whether the controller's constructor takes the generated resources class
 * @param declared the resources the class declares (with a body)
 * @param links every resource the feature uses: its declarations and links, in source order
 * @param policies extra permissions of its functions
 * @param listeners its triggered methods
 * @param invokes the functions its functions may invoke ({@code @Invokes} on the class and methods)
 * @param auth who may call its routes; INHERIT takes the project's default
 * @param alarms its functions' CloudWatch alarms ({@code @Alarms}), over the project's
 * @param deployment its functions' safe deployments ({@code @Deployment}), over the project's
 */
public record FeatureClass(
    String name,
    TypeRef controller,
    String basePath,
    Settings settings,
    List<Endpoint> routes,
    List<Job> jobs,
    List<Standalone> standalones,
    Map<String, ObjectType> objects,
    boolean constructorThrows,
    boolean injectsResources,
    List<AwsResource> declared,
    List<ResourceLink> links,
    List<ExtraPolicy> policies,
    Source source,
    List<Listener> listeners,
    List<FunctionLink> invokes,
    AuthMode auth,
    AlarmSettings alarms,
    DeploymentSettings deployment) {

  /** A feature named {@code name} declared by {@code controller}, with nothing else set yet. */
  public static Builder builder(String name, TypeRef controller) {
    return new Builder(name, controller);
  }

  /** The generated accessor class's simple name: {@code users} gives {@code UsersResources}. */
  public static String resourcesClassName(String featureName) {
    return Names.pascalCase(featureName) + "Resources";
  }

  /** The generated accessor class's qualified name. */
  public String resourcesClass() {
    String simple = resourcesClassName(name);
    return packageName().isEmpty() ? simple : packageName() + "." + simple;
  }

  /** The package of the controller, where its handlers are generated. */
  public String packageName() {
    return controller.packageName();
  }

  /** The controller's qualified name. */
  public String className() {
    return controller.qualifiedName();
  }

  /**
   * The feature's functions: its own for the routes that are not split (if any), then one per split
   * route, cron, lambda and triggered method, in declaration order.
   */
  public List<Function> functions() {
    List<Function> functions = new ArrayList<>();
    List<Endpoint> shared = new ArrayList<>();
    for (Endpoint route : routes) {
      if (!route.split()) {
        shared.add(route);
      }
    }
    if (!shared.isEmpty()) {
      functions.add(Function.api(Names.functionId(name), this, settings, shared));
    }
    for (Endpoint route : routes) {
      if (route.split()) {
        functions.add(Function.api(Names.functionId(route.javaMethod()), this,
            route.settings().over(settings, true), List.of(route)));
      }
    }
    for (Job job : jobs) {
      functions.add(Function.scheduled(this, job));
    }
    for (Standalone standalone : standalones) {
      functions.add(Function.standalone(this, standalone));
    }
    for (Listener listener : listeners) {
      functions.add(Function.triggered(this, listener));
    }
    return functions;
  }

  /** Sets the parts of a feature by name; lists and maps are empty and flags false until set. */
  public static final class Builder {
    private final String name;
    private final TypeRef controller;
    private String basePath = "";
    private Settings settings = Settings.NONE;
    private List<Endpoint> routes = List.of();
    private List<Job> jobs = List.of();
    private List<Standalone> standalones = List.of();
    private Map<String, ObjectType> objects = Map.of();
    private boolean constructorThrows;
    private boolean injectsResources;
    private List<AwsResource> declared = List.of();
    private List<ResourceLink> links = List.of();
    private List<ExtraPolicy> policies = List.of();
    private Source source;
    private List<Listener> listeners = List.of();
    private List<FunctionLink> invokes = List.of();
    private AuthMode auth = AuthMode.INHERIT;
    private AlarmSettings alarms = AlarmSettings.INHERIT;
    private DeploymentSettings deployment = DeploymentSettings.INHERIT;

    private Builder(String name, TypeRef controller) {
      this.name = name;
      this.controller = controller;
    }

    public Builder basePath(String basePath) {
      this.basePath = basePath;
      return this;
    }

    public Builder settings(Settings settings) {
      this.settings = settings;
      return this;
    }

    public Builder routes(List<Endpoint> routes) {
      this.routes = routes;
      return this;
    }

    public Builder jobs(List<Job> jobs) {
      this.jobs = jobs;
      return this;
    }

    public Builder standalones(List<Standalone> standalones) {
      this.standalones = standalones;
      return this;
    }

    public Builder objects(Map<String, ObjectType> objects) {
      this.objects = objects;
      return this;
    }

    public Builder constructorThrows(boolean constructorThrows) {
      this.constructorThrows = constructorThrows;
      return this;
    }

    public Builder injectsResources(boolean injectsResources) {
      this.injectsResources = injectsResources;
      return this;
    }

    public Builder declared(List<AwsResource> declared) {
      this.declared = declared;
      return this;
    }

    public Builder links(List<ResourceLink> links) {
      this.links = links;
      return this;
    }

    public Builder policies(List<ExtraPolicy> policies) {
      this.policies = policies;
      return this;
    }

    /** Where it is declared; none for a feature read from the index. */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    public Builder listeners(List<Listener> listeners) {
      this.listeners = listeners;
      return this;
    }

    public Builder invokes(List<FunctionLink> invokes) {
      this.invokes = invokes;
      return this;
    }

    public Builder auth(AuthMode auth) {
      this.auth = auth;
      return this;
    }

    public Builder alarms(AlarmSettings alarms) {
      this.alarms = alarms;
      return this;
    }

    public Builder deployment(DeploymentSettings deployment) {
      this.deployment = deployment;
      return this;
    }

    public FeatureClass build() {
      return new FeatureClass(name, controller, basePath, settings, routes, jobs, standalones, objects,
          constructorThrows, injectsResources, declared, links, policies, source, listeners, invokes,
          auth, alarms, deployment);
    }
  }
}
