package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller class as a feature: one AWS Lambda function serving all of the class's
 * {@link Route} methods, named {@code PascalCase(name) + "Function"} ({@code users} becomes
 * {@code UsersFunction}).
 *
 * <p>Numeric attributes left at {@code -1} inherit the project-wide {@code globals} of
 * {@code deployless.yaml}. Routes with their own memory or timeout, {@link Cron} methods and
 * {@link LambdaFunction} methods get functions of their own that inherit this feature's settings.
 *
 * <p>The class must be public, top-level or static nested, not abstract, with a public no-argument
 * constructor: the generated handler creates one instance per Lambda container.
 *
 * <pre>{@code
 * @Feature(name = "users", basePath = "/users", memory = 512, description = "User Management Service")
 * public class UserController { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Feature {

  /**
   * The feature's name; its function's logical ID is {@code PascalCase(name) + "Function"}. Defaults
   * to the simple class name without a {@code Controller}, {@code Api} or {@code Resource} suffix,
   * in lower-case kebab form ({@code UserProfileController} becomes {@code user-profile}).
   */
  String name() default "";

  /** Prefix of every route path of this class, like a Flask blueprint's {@code url_prefix}. */
  String basePath() default "";

  /** Memory in MB (128–10240); {@code -1} inherits {@code globals.memory}. */
  int memory() default -1;

  /** Timeout in seconds (1–900); {@code -1} inherits {@code globals.timeout}. */
  int timeout() default -1;

  /** Description of the function, shown in the Lambda console (at most 256 characters). */
  String description() default "";

  /** Environment variables of this feature's functions, added to the project-wide {@code env}. */
  Env[] env() default {};

  /** Instruction set of the function; {@link Architecture#INHERIT} uses {@code globals.architecture}. */
  Architecture architecture() default Architecture.INHERIT;

  /** AWS X-Ray tracing mode; {@link Tracing#INHERIT} uses {@code globals.tracing}. */
  Tracing tracing() default Tracing.INHERIT;

  /** ARNs of Lambda layers ({@code arn:aws:lambda:...:layer:name:version}). */
  String[] layers() default {};

  /** CloudWatch log retention in days (a value CloudWatch accepts); {@code -1} inherits. */
  int logRetention() default -1;

  /** Reserved concurrent executions ({@code >= 0}; 0 throttles the function); {@code -1} = unset. */
  int reservedConcurrency() default -1;

  /**
   * Provisioned concurrent executions ({@code >= 1}); {@code -1} = unset. Implies an alias
   * ({@code AutoPublishAlias}): the {@link #deployment()}'s, else {@code live}.
   */
  int provisionedConcurrency() default -1;

  /** Size of {@code /tmp} in MB (512–10240); {@code -1} = the Lambda default of 512. */
  int ephemeralStorage() default -1;

  /** Creates an SQS dead-letter queue for failed asynchronous invocations. */
  boolean dlq() default false;

  /**
   * Extra IAM permissions of this feature's functions, for what the {@link Resource#access()} levels
   * do not cover: AWS managed policies by name, or statements whose resources may name a declared
   * {@link Resource} (see {@link Policy}).
   */
  Policy[] policies() default {};

  /**
   * Who may call this feature's routes ({@link Auth}): {@link Auth#INHERIT} takes the project-wide
   * default of {@code deployless.yaml} ({@code api.auth} and {@code api.api_keys}); a
   * {@link Route#auth()} other than {@code INHERIT} wins over this.
   */
  Auth auth() default Auth.INHERIT;

  /**
   * CloudWatch alarms of this feature's functions: {@code @Alarms} on (with thresholds or the
   * defaults), {@code @Alarms(Switch.OFF)} off; by default as the project's {@code alarms} says.
   */
  Alarms alarms() default @Alarms(Switch.INHERIT);

  /**
   * Safe deployments of this feature's functions: an alias and a gradual traffic shift rolled back on
   * alarms; {@code @Deployment(Switch.OFF)} off; by default as the project's {@code deployment} says.
   */
  Deployment deployment() default @Deployment(Switch.INHERIT);
}
