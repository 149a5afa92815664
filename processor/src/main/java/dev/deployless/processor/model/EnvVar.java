package dev.deployless.processor.model;

/**
 * An environment variable set by {@code @Env}: a literal value, or a reference to an existing SSM
 * parameter that CloudFormation resolves at deployment.
 *
 * @param ssm the SSM parameter's name, or empty for a literal value
 * @param version the pinned parameter version, or -1
 */
public record EnvVar(String name, String value, String ssm, boolean secure, int version, Source source) {

  /** A literal variable. */
  public EnvVar(String name, String value, Source source) {
    this(name, value, "", false, -1, source);
  }

  /** What the template gives the function: the value, or a {@code {{resolve:ssm:...}}} reference. */
  public String templateValue() {
    if (ssm.isEmpty()) {
      return value;
    }
    return "{{resolve:" + (secure ? "ssm-secure:" : "ssm:") + ssm + (version > 0 ? ":" + version : "")
        + "}}";
  }
}
