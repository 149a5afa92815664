package dev.deployless.processor.model;

import java.util.List;

/** The resources a class that is not a feature declares for features to link. */
public record SharedResources(TypeRef owner, List<AwsResource> resources, Source source) {

  /** The declaring class's qualified name. */
  public String className() {
    return owner.qualifiedName();
  }
}
