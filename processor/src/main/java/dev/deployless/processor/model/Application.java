package dev.deployless.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole application: the project settings, every feature and every shared resource
 * declaration, ordered by class name so that every output is deterministic.
 */
public record Application(Project project, List<FeatureClass> features, List<SharedResources> shared) {

  public Application {
    List<FeatureClass> sorted = new ArrayList<>(features);
    sorted.sort(Comparator.comparing(FeatureClass::className));
    features = List.copyOf(sorted);
    List<SharedResources> sortedShared = new ArrayList<>(shared);
    sortedShared.sort(Comparator.comparing(SharedResources::className));
    shared = List.copyOf(sortedShared);
  }

  /** An application without shared resources. */
  public Application(Project project, List<FeatureClass> features) {
    this(project, features, List.of());
  }

  /** Every function, ordered by logical ID. */
  public List<Function> functions() {
    List<Function> functions = new ArrayList<>();
    for (FeatureClass feature : features) {
      functions.addAll(feature.functions());
    }
    functions.sort(Comparator.comparing(Function::logicalId));
    return functions;
  }

  /**
   * The logical IDs of the functions that the safe deployments of features name as pre- or
   * post-traffic hooks: CodeDeploy invokes them, so they are not deployed through an alias themselves.
   */
  public Set<String> hookFunctions() {
    Set<String> hooks = new TreeSet<>();
    for (FeatureClass feature : features) {
      DeploymentSettings deployment = feature.deployment().over(project.deployment());
      if (deployment.on()) {
        for (String hook : deployment.hooks().values()) {
          hooks.add(Names.functionId(hook));
        }
      }
    }
    return hooks;
  }

  /** Whether any function has HTTP routes (and the template an API). */
  public boolean hasApi() {
    for (FeatureClass feature : features) {
      if (!feature.routes().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Every declared resource by name (the first declaration of a name, if declared twice). */
  public Map<String, AwsResource> resources() {
    return resources(features, shared);
  }

  /** Every resource {@code features} and {@code shared} declare, by name; first declaration wins. */
  public static Map<String, AwsResource> resources(List<FeatureClass> features, List<SharedResources> shared) {
    Map<String, AwsResource> resources = new TreeMap<>();
    for (SharedResources declarations : shared) {
      for (AwsResource resource : declarations.resources()) {
        resources.putIfAbsent(resource.name(), resource);
      }
    }
    for (FeatureClass feature : features) {
      for (AwsResource resource : feature.declared()) {
        resources.putIfAbsent(resource.name(), resource);
      }
    }
    return resources;
  }

  /** What {@code feature}'s functions may use, in link order; unknown names are left out. */
  public static List<Grant> grants(FeatureClass feature, Map<String, AwsResource> resources) {
    List<Grant> grants = new ArrayList<>();
    for (ResourceLink link : feature.links()) {
      AwsResource resource = resources.get(link.name());
      if (resource != null && grants.stream().noneMatch(grant -> grant.resource() == resource)) {
        grants.add(new Grant(resource, resource.effective(link.access())));
      }
    }
    return grants;
  }
}
