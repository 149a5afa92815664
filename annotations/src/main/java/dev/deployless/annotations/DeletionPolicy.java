package dev.deployless.annotations;

/** What CloudFormation does with a resource when it leaves the stack or is replaced. */
public enum DeletionPolicy {
  /** The type's default: {@link #RETAIN} for KMS keys, {@link #DELETE} otherwise. */
  DEFAULT,
  /** Delete the resource and its data. */
  DELETE,
  /** Keep the resource (and data) outside the stack. */
  RETAIN,
  /** Keep a snapshot, then delete (DynamoDB tables only). */
  SNAPSHOT
}
