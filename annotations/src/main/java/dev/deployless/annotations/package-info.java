/**
 * The annotations of deployless for Java.
 *
 * <p>Annotate a controller class with {@link dev.deployless.annotations.Feature}, its methods with
 * {@link dev.deployless.annotations.Route}, {@link dev.deployless.annotations.Cron},
 * {@link dev.deployless.annotations.LambdaFunction} or a trigger on a declared resource
 * ({@link dev.deployless.annotations.OnQueue}, {@link dev.deployless.annotations.OnBucket},
 * {@link dev.deployless.annotations.OnTableChange}, {@link dev.deployless.annotations.OnTopic},
 * {@link dev.deployless.annotations.OnEvent}), and compile with the deployless processor on the
 * annotation-processor path. The processor validates the configuration, writes the AWS SAM
 * {@code template.yaml} and generates one Lambda handler class per function. The annotations are read
 * at compile time only ({@link java.lang.annotation.RetentionPolicy#CLASS}); nothing here is used by
 * reflection at run time.
 */
package dev.deployless.annotations;
