package dev.deployless.processor.model;

import dev.deployless.annotations.Access;
import java.util.List;

/**
 * A declared AWS resource: its logical name (unique in the application), what it is, and the
 * access level of features that link it without choosing one.
 *
 * @param name the logical name, which names the accessor method
 * @param access the declared level; {@link Access#DEFAULT} means the type's default
 * @param spec what the resource is
 * @param owner the class declaring it
 * @param shared whether it is declared on a class that is not a feature
 * @param source the {@code @Resource} annotation, null when read from the index
 * @param body the nested {@code @DynamoDb}, {@code @S3}, ... annotation, null from the index
 */
public record AwsResource(String name, Access access, ResourceSpec spec, TypeRef owner, boolean shared,
    Source source, Source body) {

  /** The CloudFormation logical ID of the main resource, or null for an existing resource. */
  public String logicalId() {
    return spec.existing() ? null : spec.baseId(name) + spec.idSuffix();
  }

  /** The logical IDs this resource adds to the template (queue and DLQ, key and alias). */
  public List<String> logicalIds() {
    return spec.existing() ? List.of() : spec.logicalIds(name);
  }

  /** {@code users-table} to {@code usersTable}: the accessor method's name. */
  public String methodName() {
    return Names.accessorName(name);
  }

  /** The level {@code requested} by a link means for this resource. */
  public Access effective(Access requested) {
    Access level = requested == Access.DEFAULT ? access : requested;
    return level == Access.DEFAULT ? spec.defaultAccess() : level;
  }
}
