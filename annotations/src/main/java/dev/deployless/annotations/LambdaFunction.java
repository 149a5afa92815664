package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deploys a public method of a {@link Feature} class as a standalone Lambda function with no HTTP or
 * schedule event (for queue consumers, Step Functions steps, direct invocation), named
 * {@code PascalCase(methodName) + "Function"}.
 *
 * <p>The method takes the event and optionally the Lambda {@code Context}. The event may be
 * {@code Map<String, Object>}, {@code String} (raw JSON), a record or class with a JSON shape, or a
 * class of {@code com.amazonaws.services.lambda.runtime.events} such as {@code SQSEvent}. The return
 * value, if any, is serialized to JSON as the function's result.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LambdaFunction {

  /** Memory in MB (128–10240); {@code -1} inherits the feature, then {@code globals.memory}. */
  int memory() default -1;

  /** Timeout in seconds (1–900); {@code -1} inherits the feature, then {@code globals.timeout}. */
  int timeout() default -1;

  /** Description of the function. */
  String description() default "";

  /** Environment variables of this function, added to its feature's. */
  Env[] env() default {};
}
