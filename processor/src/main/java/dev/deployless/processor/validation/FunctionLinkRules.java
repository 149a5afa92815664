package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.Names;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.ResourceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules on function links ({@code @Invokes}): on a function's method and named once (E122), a
 * function of the application (E98) that takes a payload (E120), not the function itself nor a
 * cycle of links (E121), and variables of their own (E78).
 */
public final class FunctionLinkRules {
  private FunctionLinkRules() {}

  /** What one feature can tell about its links: where they are, twice, and accessor clashes. */
  static void checkFeature(FeatureClass feature, Report report) {
    Set<String> methods = new HashSet<>();
    for (Function function : feature.functions()) {
      methods.addAll(function.methods());
    }
    Set<String> featureWide = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Set<String> misplaced = new HashSet<>();
    for (FunctionLink link : feature.invokes()) {
      if (!link.featureWide() && !methods.contains(link.javaMethod())) {
        if (misplaced.add(link.javaMethod())) {
          report.add(Message.E122_NOT_FUNCTION, link.source().annotation(),
              feature.controller().simple() + "." + link.javaMethod() + "()");
        }
        continue;
      }
      if (link.featureWide()) {
        featureWide.add(link.name());
      }
      if (!seen.add(link.javaMethod() + " " + link.name())
          || !link.featureWide() && featureWide.contains(link.name())) {
        report.add(Message.E122_TWICE, link.source().at("value"), link.name(), link.featureWide()
            ? "feature '" + feature.name() + "'" : feature.controller().simple() + "." + link.javaMethod() + "()");
        continue;
      }
      for (ResourceLink resource : feature.links()) {
        if (Names.accessorName(resource.name()).equals(link.methodName())) {
          report.add(Message.E122_RESOURCE, link.source().at("value"), link.name(), link.methodName(),
              resource.name());
        }
      }
    }
  }

  /**
   * The links of the features read in this round ({@code fresh}) against every function of the
   * application; returns the class names of the features with a reported problem.
   */
  public static Set<String> check(List<FeatureClass> features, Map<String, AwsResource> resources,
      Set<String> fresh, Report report) {
    Map<String, Function> functions = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (FeatureClass feature : features) {
      for (Function function : feature.functions()) {
        functions.putIfAbsent(function.logicalId(), function);
        names.putIfAbsent(function.logicalId(), name(function));
      }
    }
    Set<String> involved = new TreeSet<>();
    Set<FunctionLink> unknown = new HashSet<>();
    for (FeatureClass feature : features) {
      if (!fresh.contains(feature.className())) {
        continue;
      }
      Report links = report.child(feature.className());
      for (Function function : feature.functions()) {
        for (FunctionLink link : function.links()) {
          Function target = functions.get(link.logicalId());
          if (target == null) {
            if (unknown.add(link)) {
              links.add(Message.E98, link.source().at("value"), link.name(),
                  Suggestions.didYouMean(link.name(), names.values()));
            }
          } else if (target.logicalId().equals(function.logicalId())) {
            links.add(Message.E121_SELF, link.source().at("value"), link.name(), function.describe());
          } else if (target.kind() == Function.Kind.API) {
            links.add(Message.E120_API, link.source().at("value"), link.name(), target.describe());
          } else if (target.kind() == Function.Kind.TRIGGERED) {
            links.add(Message.E120_TRIGGERED, link.source().at("value"), link.name(), target.describe(),
                source(target));
          }
        }
        if (links.isClean()) {
          variables(function, resources, links);
        }
      }
      if (!links.isClean()) {
        involved.add(feature.className());
      }
    }
    if (involved.isEmpty()) {
      cycles(functions, fresh, report, involved);
    }
    return involved;
  }

  /** How {@code @Invokes} names a function: its feature's name, or its method's. */
  private static String name(Function function) {
    boolean featureFunction = function.kind() == Function.Kind.API && !function.routes().get(0).split();
    return featureFunction ? function.feature().name() : function.methods().get(0);
  }

  /** The source of a triggered function, for messages: {@code the SQS queue 'orders'}. */
  private static String source(Function function) {
    return function.listener().trigger().resource().map(name -> "resource '" + name + "'")
        .orElse("an EventBridge rule");
  }

  /** E78: a link's variables against the resources' and @Env's of the function. */
  private static void variables(Function function, Map<String, AwsResource> resources, Report report) {
    Map<String, String> taken = new HashMap<>();
    for (Grant grant : Application.grants(function.feature(), resources)) {
      for (ResourceSpec.Variable variable : grant.resource().spec().variables()) {
        taken.putIfAbsent(variable.name(), "resource '" + grant.resource().name() + "'");
      }
    }
    for (EnvVar variable : function.settings().env()) {
      taken.putIfAbsent(variable.name(), "@Env");
    }
    for (FunctionLink link : function.links()) {
      for (String variable : List.of(link.nameVariable(), link.arnVariable())) {
        String other = taken.putIfAbsent(variable, "@Invokes(\"" + link.name() + "\")");
        if (other != null) {
          report.add(Message.E78_LINK, link.source().at("value"), function.describe(), variable, link.name(),
              other);
          return;
        }
      }
    }
  }

  /** E121 for each cycle of links through a feature read in this round. */
  private static void cycles(Map<String, Function> functions, Set<String> fresh, Report report,
      Set<String> involved) {
    Set<String> done = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String start : functions.keySet()) {
      List<String> path = new ArrayList<>();
      walk(start, functions, path, new HashSet<>(), done, fresh, report, reported, involved);
    }
  }

  /** Reports the cycle {@code ids} at the first link of it that a feature read in this round makes. */
  private static void report(List<String> ids, Map<String, Function> functions, Set<String> fresh, Report report,
      Set<String> involved) {
    for (int i = 0; i < ids.size(); i++) {
      Function function = functions.get(ids.get(i));
      String next = ids.get((i + 1) % ids.size());
      if (!fresh.contains(function.feature().className())) {
        continue;
      }
      for (FunctionLink link : function.links()) {
        if (link.logicalId().equals(next)) {
          List<String> shown = new ArrayList<>(ids.subList(i, ids.size()));
          shown.addAll(ids.subList(0, i + 1));
          report.child(function.feature().className()).add(Message.E121_CYCLE, link.source().at("value"),
              String.join(" -> ", shown));
          involved.add(function.feature().className());
          return;
        }
      }
    }
  }

  private static void walk(String id, Map<String, Function> functions, List<String> path, Set<String> onPath,
      Set<String> done, Set<String> fresh, Report report, Set<String> reported, Set<String> involved) {
    Function function = functions.get(id);
    if (function == null || done.contains(id)) {
      return;
    }
    path.add(id);
    onPath.add(id);
    for (FunctionLink link : function.links()) {
      String next = link.logicalId();
      if (next.equals(id)) {
        continue;
      }
      if (onPath.contains(next)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
        if (reported.add(new TreeSet<>(cycle).toString())) {
          report(cycle, functions, fresh, report, involved);
        }
        continue;
      }
      walk(next, functions, path, onPath, done, fresh, report, reported, involved);
    }
    path.remove(path.size() - 1);
    onPath.remove(id);
    done.add(id);
  }
}
