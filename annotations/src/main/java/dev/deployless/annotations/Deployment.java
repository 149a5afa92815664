package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Safe deployments of a feature's functions ({@link Feature#deployment()}): each new version is
 * published under an alias ({@code AutoPublishAlias}), which API and other events invoke, and
 * CodeDeploy shifts traffic to it as {@link #type()} says, rolling back when the function's errors
 * alarm (of the alias, see {@link Alarms}) fires. Attributes left at their defaults inherit the
 * project's {@code deployment} of {@code deployless.yaml}.
 *
 * <pre>{@code
 * @Feature(name = "users", alarms = @Alarms,
 *     deployment = @Deployment(type = DeploymentType.Canary10Percent5Minutes, preTraffic = "checkUsers"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Deployment {

  /** On (written), off, or inherited ({@link Feature#deployment()}'s default). */
  Switch value() default Switch.ON;

  /** How traffic shifts; {@link DeploymentType#INHERIT} uses {@code deployment.type}, else all at once. */
  DeploymentType type() default DeploymentType.INHERIT;

  /** The alias the events invoke; empty uses {@code deployment.alias}, else {@code live}. */
  String alias() default "";

  /**
   * A {@link LambdaFunction} method of the application (named as {@link Invokes} names functions)
   * that CodeDeploy runs before shifting traffic; it reports the result with
   * {@code codedeploy:PutLifecycleEventHookExecutionStatus}, which it is allowed. Empty: none.
   */
  String preTraffic() default "";

  /** Like {@link #preTraffic()}, run once all traffic has shifted. Empty: none. */
  String postTraffic() default "";
}
