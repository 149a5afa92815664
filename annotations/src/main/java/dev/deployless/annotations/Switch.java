package dev.deployless.annotations;

/** Whether a feature turns a project-wide setting of {@code deployless.yaml} on, off, or inherits it. */
public enum Switch {
  /** What {@code deployless.yaml} says (off when it says nothing). */
  INHERIT,
  /** On for this feature, with the attributes given and the rest from {@code deployless.yaml}. */
  ON,
  /** Off for this feature, whatever {@code deployless.yaml} says. */
  OFF
}
