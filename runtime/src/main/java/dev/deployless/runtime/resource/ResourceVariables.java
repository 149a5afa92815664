package dev.deployless.runtime.resource;

import dev.deployless.runtime.Environment;

/** Reads the variables of the generated resource accessors, failing with a message that says what is missing. */
public final class ResourceVariables {
  private ResourceVariables() {}

  /**
   * The value of {@code variable}, which names resource {@code resource} of feature {@code feature}.
   *
   * @throws IllegalStateException naming the resource, the variable and the feature when it is not set
   */
  public static String require(String feature, String resource, String variable) {
    String value = Environment.get(variable);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("resource '" + resource + "' of feature '" + feature
          + "' is not available: environment variable " + variable + " is not set for this function."
          + " deployless sets it in template.yaml; outside Lambda, set it yourself");
    }
    return value;
  }

  /** Whether every one of {@code variables} is set (and not empty). */
  public static boolean present(String... variables) {
    for (String variable : variables) {
      String value = Environment.get(variable);
      if (value == null || value.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
