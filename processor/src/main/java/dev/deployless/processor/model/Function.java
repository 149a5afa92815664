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
 * @param listener the method of a triggered function, else null
 */
public record Function(
    String logicalId,
    Kind kind,
    FeatureClass feature,
    Settings settings,
    List<Endpoint> routes,
    Job job,
    Standalone standalone,
    Listener listener) {

  /** What triggers a function. */
  public enum Kind {
    /** API Gateway routes. */
    API,
    /** EventBridge schedules. */
    SCHEDULE,
    /** Nothing deployless declares: direct invocation or event sources added by hand. */
    STANDALONE,
    /** A queue, bucket, table stream, topic or EventBridge rule ({@link Trigger}). */
    TRIGGERED
  }

  static Function api(String logicalId, FeatureClass feature, Settings settings, List<Endpoint> routes) {
    List<Endpoint> ordered = new ArrayList<>(routes);
    ordered.sort(Comparator.comparing(Endpoint::path, RouteTable::compareTemplates)
        .thenComparing(Endpoint::method));
    return new Function(logicalId, Kind.API, feature, settings, List.copyOf(ordered), null, null, null);
  }

  static Function scheduled(FeatureClass feature, Job job) {
    return new Function(Names.functionId(job.javaMethod()), Kind.SCHEDULE, feature,
        job.settings().over(feature.settings(), false), List.of(), job, null, null);
  }

  static Function standalone(FeatureClass feature, Standalone standalone) {
    return new Function(Names.functionId(standalone.javaMethod()), Kind.STANDALONE, feature,
        standalone.settings().over(feature.settings(), false), List.of(), null, standalone, null);
  }

  static Function triggered(FeatureClass feature, Listener listener) {
    return new Function(Names.functionId(listener.javaMethod()), Kind.TRIGGERED, feature,
        listener.settings().over(feature.settings(), false), List.of(), null, null, listener);
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
    if (listener != null) {
      return listener.source();
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
    return feature.controller().simple() + "." + methods().get(0) + "()";
  }

  /** The Java methods the function runs. */
  public List<String> methods() {
    if (job != null) {
      return List.of(job.javaMethod());
    }
    if (standalone != null) {
      return List.of(standalone.javaMethod());
    }
    if (listener != null) {
      return List.of(listener.javaMethod());
    }
    List<String> methods = new ArrayList<>();
    for (Endpoint route : routes) {
      methods.add(route.javaMethod());
    }
    return methods;
  }

  /** The functions this one may invoke: its feature's links and those of its methods, each name once. */
  public List<FunctionLink> links() {
    List<FunctionLink> links = new ArrayList<>();
    List<String> methods = methods();
    for (FunctionLink link : feature.invokes()) {
      if ((link.featureWide() || methods.contains(link.javaMethod()))
          && links.stream().noneMatch(other -> other.name().equals(link.name()))) {
        links.add(link);
      }
    }
    return links;
  }
}
