package dev.deployless.annotations;

/**
 * How CodeDeploy shifts traffic to a new version of a function ({@code DeploymentPreference.Type}):
 * the names are AWS SAM's.
 */
public enum DeploymentType {
  /** The {@code deployment.type} of {@code deployless.yaml}, else {@link #AllAtOnce}. */
  INHERIT,
  /** All traffic at once. */
  AllAtOnce,
  /** 10% of the traffic for 5 minutes, then the rest. */
  Canary10Percent5Minutes,
  /** 10% of the traffic for 10 minutes, then the rest. */
  Canary10Percent10Minutes,
  /** 10% of the traffic for 15 minutes, then the rest. */
  Canary10Percent15Minutes,
  /** 10% of the traffic for 30 minutes, then the rest. */
  Canary10Percent30Minutes,
  /** 10% more of the traffic every minute. */
  Linear10PercentEvery1Minute,
  /** 10% more of the traffic every 2 minutes. */
  Linear10PercentEvery2Minutes,
  /** 10% more of the traffic every 3 minutes. */
  Linear10PercentEvery3Minutes,
  /** 10% more of the traffic every 10 minutes. */
  Linear10PercentEvery10Minutes
}
