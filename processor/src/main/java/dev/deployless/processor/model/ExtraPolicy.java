package dev.deployless.processor.model;

import java.util.List;

/**
 * An extra permission from {@code @Feature(policies)}: a managed policy, or a statement allowing
 * {@code actions} on {@code resources} (resource names, {@code name/path}, ARNs or {@code *}).
 */
public record ExtraPolicy(String managed, List<String> actions, List<String> resources, Source source) {

  /** Whether this is a managed policy. */
  public boolean isManaged() {
    return !managed.isEmpty();
  }
}
