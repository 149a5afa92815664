package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.model.Source;
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
  public static Set<String> check(List<FeatureClass> features, List<SharedResources> shared, Set<String> fresh,
      Report report) {
    Set<String> involved = new java.util.TreeSet<>();
    logicalIds(features, shared, fresh, report, involved);
    routes(features, fresh, report, involved);
    resources(features, shared, fresh, report, involved);
    return involved;
  }

  /**
   * Each resource name declared once (E77); every link and policy names a declared resource (E76)
   * at a level of its type (E30); no function gets one variable twice (E78).
   */
  private static void resources(List<FeatureClass> features, List<SharedResources> shared, Set<String> fresh,
      Report report, Set<String> involved) {
    Map<String, AwsResource> declared = new HashMap<>();
    List<AwsResource> all = new ArrayList<>();
    for (SharedResources declarations : shared) {
      all.addAll(declarations.resources());
    }
    for (FeatureClass feature : features) {
      all.addAll(feature.declared());
    }
    for (AwsResource resource : all) {
      AwsResource first = declared.putIfAbsent(resource.name(), resource);
      if (first != null && (fresh.contains(first.owner().qualifiedName())
          || fresh.contains(resource.owner().qualifiedName()))) {
        AwsResource at = fresh.contains(resource.owner().qualifiedName()) ? resource : first;
        AwsResource other = at == resource ? first : resource;
        report.add(Message.E77_DECLARED_TWICE, at.source().at("name"), at.name(), other.owner().simple());
        involved.add(at.owner().qualifiedName());
      }
    }
    Map<String, AwsResource> resources = Application.resources(features, shared);
    for (FeatureClass feature : features) {
      if (!fresh.contains(feature.className())) {
        continue;
      }
      Report links = report.child(feature.className());
      for (ResourceLink link : feature.links()) {
        AwsResource resource = resources.get(link.name());
        if (resource == null) {
          links.add(Message.E76_LINK, link.source().at("name"), link.name(),
              Suggestions.didYouMean(link.name(), resources.keySet()));
        } else if (resource.owner() != null && !resource.owner().equals(feature.controller())) {
          ResourceRules.checkLevel(resource, link.access(), link.source(), links);
        }
      }
      for (ExtraPolicy policy : feature.policies()) {
        for (String target : policy.resources()) {
          String name = target.contains("/") ? target.substring(0, target.indexOf('/')) : target;
          if (!target.equals("*") && !target.startsWith("arn:") && !resources.containsKey(name)) {
            links.add(Message.E76_POLICY, policy.source().at("resources"), name,
                Suggestions.didYouMean(name, resources.keySet()));
          }
        }
      }
      if (links.isClean()) {
        variables(feature, resources, links);
      }
      if (!links.isClean()) {
        involved.add(feature.className());
      }
    }
  }

  /**
   * E81: two resources give the feature's resources class one accessor; E78: two resources, or a
   * resource and an @Env, give one function the same variable.
   */
  private static void variables(FeatureClass feature, Map<String, AwsResource> resources, Report report) {
    List<Grant> grants = Application.grants(feature, resources);
    Map<String, String> methods = new HashMap<>();
    for (Grant grant : grants) {
      String first = methods.putIfAbsent(grant.resource().methodName(), grant.resource().name());
      if (first != null) {
        report.add(Message.E81, linkOf(feature, grant.resource().name()).at("name"), feature.name(),
            first, grant.resource().name(), grant.resource().methodName());
        return;
      }
    }
    Map<String, String> origins = new HashMap<>();
    for (Grant grant : grants) {
      for (ResourceSpec.Variable variable : grant.resource().spec().variables()) {
        String origin = grant.resource().name();
        String first = origins.putIfAbsent(variable.name(), origin);
        if (first != null) {
          report.add(Message.E78_RESOURCES, linkOf(feature, grant.resource().name()).at("name"),
              feature.name(), variable.name(), first, origin);
          return;
        }
      }
    }
    for (Function function : feature.functions()) {
      for (EnvVar variable : function.settings().env()) {
        String first = origins.get(variable.name());
        if (first != null) {
          report.add(Message.E78_ENV, variable.source().at("name"), function.describe(), variable.name(),
              first);
          return;
        }
      }
    }
  }

  private static Source linkOf(FeatureClass feature, String name) {
    for (ResourceLink link : feature.links()) {
      if (link.name().equals(name)) {
        return link.source();
      }
    }
    return feature.source();
  }

  private static void logicalIds(List<FeatureClass> features, List<SharedResources> shared,
      Set<String> fresh, Report report, Set<String> involved) {
    Map<String, Function> seen = new HashMap<>();
    Map<String, AwsResource> resourceIds = new HashMap<>();
    for (AwsResource resource : Application.resources(features, shared).values()) {
      for (String id : resource.logicalIds()) {
        AwsResource first = resourceIds.putIfAbsent(id, resource);
        if (first != null && resource.source() != null) {
          report.add(Message.E47_RESOURCES, resource.body().annotation(), id, resource.name(),
              resource.spec().kind(), first.name(), first.spec().kind());
          involved.add(resource.owner().qualifiedName());
        }
      }
    }
    for (FeatureClass feature : features) {
      for (Function function : feature.functions()) {
        AwsResource clash = resourceIds.get(function.logicalId());
        if (clash != null && fresh.contains(feature.className())) {
          report.add(Message.E47_FUNCTION_AND_RESOURCE, function.source().annotation(), function.logicalId(),
              function.describe(), clash.name(), clash.spec().kind());
          involved.add(feature.className());
        }
      }
    }
    for (FeatureClass feature : features) {
      for (Function function : feature.functions()) {
        Function first = seen.putIfAbsent(function.logicalId(), function);
        if (first == null || !isFresh(first, function, fresh)) {
          continue;
        }
        Function at = fresh.contains(function.feature().className()) ? function : first;
        Function other = at == function ? first : function;
        report.add(clashOf(at), at.source().annotation(), at.logicalId(), at.describe(), other.describe());
        involved.add(function.feature().className());
        involved.add(first.feature().className());
      }
    }
  }

  /** E47 for two functions: the features' own functions clash by name, other functions by method. */
  private static Message clashOf(Function function) {
    return function.kind() == Function.Kind.API && !function.routes().get(0).split()
        ? Message.E47_FEATURES : Message.E47_METHODS;
  }

  private static void routes(List<FeatureClass> features, Set<String> fresh, Report report,
      Set<String> involved) {
    Map<String, Endpoint> byShape = new HashMap<>();
    Map<Endpoint, FeatureClass> owners = new java.util.IdentityHashMap<>();
    List<Endpoint> all = new ArrayList<>();
    for (FeatureClass feature : features) {
      for (Endpoint route : feature.routes()) {
        owners.put(route, feature);
        all.add(route);
      }
    }
    Map<String, Endpoint> variableAt = new LinkedHashMap<>();
    for (Endpoint route : all) {
      PathTemplate template;
      try {
        template = PathTemplate.parse(route.path());
      } catch (PathTemplate.Invalid e) {
        continue;
      }
      FeatureClass owner = owners.get(route);
      Endpoint first = byShape.putIfAbsent(route.method() + " " + template.shape(), route);
      if (first != null && (fresh.contains(owner.className())
          || fresh.contains(owners.get(first).className()))) {
        boolean later = fresh.contains(owner.className());
        Endpoint at = later ? route : first;
        Endpoint other = later ? first : route;
        report.add(Message.E33, at.source().at("path"), at.method(), at.path(),
            owners.get(other).controller().simple(), other.javaMethod());
        involved.add(owner.className());
        involved.add(owners.get(first).className());
        continue;
      }
      siblings(route, template, owners, fresh, variableAt, report, involved);
    }
  }

  /** API Gateway allows one variable name per position under the same parent path. */
  private static void siblings(Endpoint route, PathTemplate template, Map<Endpoint, FeatureClass> owners,
      Set<String> fresh, Map<String, Endpoint> variableAt, Report report, Set<String> involved) {
    StringBuilder parent = new StringBuilder();
    for (PathTemplate.Segment segment : template.segments()) {
      if (segment.isVariable()) {
        String key = parent.toString();
        Endpoint first = variableAt.putIfAbsent(key, route);
        if (first != null) {
          PathTemplate.Segment theirs = variableSegment(first, key);
          if (theirs != null && !theirs.text().equals(segment.text())
              && (fresh.contains(owners.get(route).className())
                  || fresh.contains(owners.get(first).className()))) {
            boolean later = fresh.contains(owners.get(route).className());
            Endpoint at = later ? route : first;
            Endpoint other = later ? first : route;
            String ours = (later ? segment : theirs).text().replaceAll("[{}]", "");
            String others = (later ? theirs : segment).text().replaceAll("[{}]", "");
            report.add(Message.E54, at.source().at("path"), at.path(), key.isEmpty() ? "/" : key,
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

  private static PathTemplate.Segment variableSegment(Endpoint route, String parent) {
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
