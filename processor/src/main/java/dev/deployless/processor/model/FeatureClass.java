package dev.deployless.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code @Feature} class: its routes share one function; split routes, crons and standalone
 * lambdas get functions of their own.
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
    Source source) {

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
   * route, cron and lambda method, in declaration order.
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
    return functions;
  }
}
