package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An extra permission of a feature's functions, in {@link Feature#policies()}: either a managed
 * policy or one {@code Allow} statement.
 *
 * <pre>{@code
 * @Feature(policies = {
 *     @Policy(managed = "AWSXrayWriteOnlyAccess"),
 *     @Policy(actions = {"kms:Sign", "kms:GetPublicKey"}, resources = "signingKey"),
 *     @Policy(actions = "dynamodb:Query", resources = "users/index/EmailIndex")})
 * }</pre>
 *
 * <p>Each entry of {@link #resources()} is the {@link Resource#name()} of a declared resource (its
 * ARN), such a name followed by {@code /} and a path below the ARN, an ARN ({@code arn:...}), or
 * {@code *}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Policy {

  /** An AWS managed policy's name or ARN, such as {@code AWSXrayWriteOnlyAccess}. */
  String managed() default "";

  /** The IAM actions the statement allows, such as {@code kms:Sign}. */
  String[] actions() default {};

  /** What the actions apply to: resource names, {@code name/path}, ARNs or {@code *}. */
  String[] resources() default {};
}
