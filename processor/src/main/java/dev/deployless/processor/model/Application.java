package dev.deployless.processor.model;

import dev.deployless.processor.config.ProjectConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole application: the project settings and every feature, ordered by class name so that
 * every output is deterministic.
 */
public record Application(ProjectConfig config, List<Feature> features) {

  public Application {
    List<Feature> sorted = new ArrayList<>(features);
    sorted.sort(Comparator.comparing(Feature::className));
    features = List.copyOf(sorted);
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
}
