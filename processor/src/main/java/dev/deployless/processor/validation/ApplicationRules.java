package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Diagnostic;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Feature;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules across features: unique logical IDs (E47), unique routes (E33) and one name per set of
 * sibling path variables (E54). A conflict is reported once, at the declaration compiled in this
 * round (the later one when both are), so that an incremental round does not repeat old reports.
 */
public final class ApplicationRules {
  private ApplicationRules() {}

  /**
   * Checks {@code features}; {@code fresh} holds the class names of those read in this round.
   * Returns the class names of the features involved in a reported conflict.
   */
  public static Set<String> check(List<Feature> features, Set<String> fresh, Report report) {
    Set<String> involved = new java.util.TreeSet<>();
    logicalIds(features, fresh, report, involved);
    routes(features, fresh, report, involved);
    return involved;
  }

  private static void logicalIds(List<Feature> features, Set<String> fresh, Report report,
      Set<String> involved) {
    Map<String, Function> seen = new HashMap<>();
    for (Feature feature : features) {
      for (Function function : feature.functions()) {
        Function first = seen.putIfAbsent(function.logicalId(), function);
        if (first == null || !isFresh(first, function, fresh)) {
          continue;
        }
        Function at = fresh.contains(function.feature().className()) ? function : first;
        Function other = at == function ? first : function;
        report.report(Diagnostic.E47, at.source().annotation(), at.logicalId(), at.describe(),
            other.describe(), advice(at));
        involved.add(function.feature().className());
        involved.add(first.feature().className());
      }
    }
  }

  private static String advice(Function function) {
    return function.kind() == Function.Kind.API && !function.routes().get(0).split()
        ? "give one feature another name (@Feature(name = ...))"
        : "rename one of the methods";
  }

  private static void routes(List<Feature> features, Set<String> fresh, Report report,
      Set<String> involved) {
    Map<String, Route> byShape = new HashMap<>();
    Map<Route, Feature> owners = new HashMap<>();
    List<Route> all = new ArrayList<>();
    for (Feature feature : features) {
      for (Route route : feature.routes()) {
        owners.put(route, feature);
        all.add(route);
      }
    }
    Map<String, Route> variableAt = new LinkedHashMap<>();
    for (Route route : all) {
      PathTemplate template;
      try {
        template = PathTemplate.parse(route.path());
      } catch (IllegalArgumentException e) {
        continue;
      }
      Feature owner = owners.get(route);
      Route first = byShape.putIfAbsent(route.method() + " " + template.shape(), route);
      if (first != null && (fresh.contains(owner.className())
          || fresh.contains(owners.get(first).className()))) {
        boolean later = fresh.contains(owner.className());
        Route at = later ? route : first;
        Route other = later ? first : route;
        report.report(Diagnostic.E33, at.source().at("path"), at.method(), at.path(),
            owners.get(other).controller().simple() + "." + other.javaMethod() + "()");
        involved.add(owner.className());
        involved.add(owners.get(first).className());
        continue;
      }
      siblings(route, template, owners, fresh, variableAt, report, involved);
    }
  }

  /** API Gateway allows one variable name per position under the same parent path. */
  private static void siblings(Route route, PathTemplate template, Map<Route, Feature> owners,
      Set<String> fresh, Map<String, Route> variableAt, Report report, Set<String> involved) {
    StringBuilder parent = new StringBuilder();
    for (PathTemplate.Segment segment : template.segments()) {
      if (segment.isVariable()) {
        String key = parent.toString();
        Route first = variableAt.putIfAbsent(key, route);
        if (first != null) {
          PathTemplate.Segment theirs = variableSegment(first, key);
          if (theirs != null && !theirs.text().equals(segment.text())
              && (fresh.contains(owners.get(route).className())
                  || fresh.contains(owners.get(first).className()))) {
            boolean later = fresh.contains(owners.get(route).className());
            Route at = later ? route : first;
            Route other = later ? first : route;
            String ours = (later ? segment : theirs).text().replaceAll("[{}]", "");
            String others = (later ? theirs : segment).text().replaceAll("[{}]", "");
            report.report(Diagnostic.E54, at.source().at("path"), at.path(), key.isEmpty() ? "/" : key,
                ours, other.path(), others);
            involved.add(owners.get(route).className());
            involved.add(owners.get(first).className());
            return;
          }
        }
      }
      parent.append('/').append(segment.isVariable() ? "{}" : segment.text());
    }
  }

  private static PathTemplate.Segment variableSegment(Route route, String parent) {
    StringBuilder prefix = new StringBuilder();
    for (PathTemplate.Segment segment : PathTemplate.parse(route.path()).segments()) {
      if (prefix.toString().equals(parent)) {
        return segment.isVariable() ? segment : null;
      }
      prefix.append('/').append(segment.isVariable() ? "{}" : segment.text());
    }
    return null;
  }

  private static boolean isFresh(Function first, Function second, Set<String> fresh) {
    return fresh.contains(first.feature().className()) || fresh.contains(second.feature().className());
  }
}
