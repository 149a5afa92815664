package dev.deployless.processor.model;

import dev.deployless.processor.config.ProjectConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole application: the project settings, every feature and every shared resource
 * declaration, ordered by class name so that every output is deterministic.
 */
public record Application(ProjectConfig config, List<Feature> features, List<SharedResources> shared) {

  public Application {
    List<Feature> sorted = new ArrayList<>(features);
    sorted.sort(Comparator.comparing(Feature::className));
    features = List.copyOf(sorted);
    List<SharedResources> sortedShared = new ArrayList<>(shared);
    sortedShared.sort(Comparator.comparing(SharedResources::className));
    shared = List.copyOf(sortedShared);
  }

  /** An application without shared resources. */
  public Application(ProjectConfig config, List<Feature> features) {
    this(config, features, List.of());
  }

  /** Every function, ordered by logical ID. */
  public List<Function> functions() {
    List<Function> functions = new ArrayList<>();
    for (Feature feature : features) {
      functions.addAll(feature.functions());
    }
    functions.sort(Comparator.comparing(Function::logicalId));
    return functions;
  }

  /** Whether any function has HTTP routes (and the template an API). */
  public boolean hasApi() {
    for (Feature feature : features) {
      if (!feature.routes().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Every declared resource by name (the first declaration of a name, if declared twice). */
  public Map<String, Resource> resources() {
    return resources(features, shared);
  }

  /** Every resource {@code features} and {@code shared} declare, by name; first declaration wins. */
  public static Map<String, Resource> resources(List<Feature> features, List<SharedResources> shared) {
    Map<String, Resource> resources = new TreeMap<>();
    for (SharedResources declarations : shared) {
      for (Resource resource : declarations.resources()) {
        resources.putIfAbsent(resource.name(), resource);
      }
    }
    for (Feature feature : features) {
      for (Resource resource : feature.declared()) {
        resources.putIfAbsent(resource.name(), resource);
      }
    }
    return resources;
  }

  /** What {@code feature}'s functions may use, in link order; unknown names are left out. */
  public static List<Grant> grants(Feature feature, Map<String, Resource> resources) {
    List<Grant> grants = new ArrayList<>();
    for (ResourceLink link : feature.links()) {
      Resource resource = resources.get(link.name());
      if (resource != null && grants.stream().noneMatch(grant -> grant.resource() == resource)) {
        grants.add(new Grant(resource, resource.effective(link.access())));
      }
    }
    return grants;
  }
}
