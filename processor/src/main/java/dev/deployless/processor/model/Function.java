package dev.deployless.processor.model;

import dev.deployless.runtime.handler.RouteTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One Lambda function of the application and its generated handler class, named after the logical
 * ID in the controller's package.
 *
 * @param logicalId the CloudFormation logical ID, such as {@code UsersFunction}
 * @param kind what triggers it
 * @param settings the explicit settings (own over the feature's); the rest comes from globals
 * @param routes the routes of an HTTP function, in matching priority order
 * @param job the method of a scheduled function, else null
 * @param standalone the method of a standalone function, else null
 */
public record Function(
    String logicalId,
    Kind kind,
    FeatureClass feature,
    Settings settings,
    List<Endpoint> routes,
    Job job,
    Standalone standalone) {

  /** What triggers a function. */
  public enum Kind {
    /** API Gateway routes. */
    API,
    /** EventBridge schedules. */
    SCHEDULE,
    /** Nothing deployless declares: direct invocation or event sources added by hand. */
    STANDALONE
  }

  static Function api(String logicalId, FeatureClass feature, Settings settings, List<Endpoint> routes) {
    List<Endpoint> ordered = new ArrayList<>(routes);
    ordered.sort(Comparator.comparing(Endpoint::path, RouteTable::compareTemplates)
        .thenComparing(Endpoint::method));
    return new Function(logicalId, Kind.API, feature, settings, List.copyOf(ordered), null, null);
  }

  static Function scheduled(FeatureClass feature, Job job) {
    return new Function(Names.functionId(job.javaMethod()), Kind.SCHEDULE, feature,
        job.settings().over(feature.settings(), false), List.of(), job, null);
  }

  static Function standalone(FeatureClass feature, Standalone standalone) {
    return new Function(Names.functionId(standalone.javaMethod()), Kind.STANDALONE, feature,
        standalone.settings().over(feature.settings(), false), List.of(), null, standalone);
  }

  /** The generated handler's qualified class name. */
  public String handlerClass() {
    String pkg = feature.packageName();
    return pkg.isEmpty() ? logicalId : pkg + "." + logicalId;
  }

  /** The template's {@code Handler}: {@code com.example.UsersFunction::handleRequest}. */
  public String handler() {
    return handlerClass() + "::handleRequest";
  }

  /** Where the function is declared: its single method, or the feature class. */
  public Source source() {
    if (job != null) {
      return job.source();
    }
    if (standalone != null) {
      return standalone.source();
    }
    return routes.size() == 1 && routes.get(0).split() ? routes.get(0).source() : feature.source();
  }

  /** The distinct path templates of the routes, in priority order. */
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    for (Endpoint route : routes) {
      if (!paths.contains(route.path())) {
        paths.add(route.path());
      }
    }
    return paths;
  }

  /** How messages name what the function serves: {@code feature 'users' (UserController)}. */
  public String describe() {
    if (kind == Kind.API && !(routes.size() == 1 && routes.get(0).split())) {
      return "feature '" + feature.name() + "' (" + feature.controller().simple() + ")";
    }
    String method = job != null ? job.javaMethod()
        : standalone != null ? standalone.javaMethod() : routes.get(0).javaMethod();
    return feature.controller().simple() + "." + method + "()";
  }
}
