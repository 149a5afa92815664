package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SSM parameter, in {@link Resource#ssmParameter()}. Its variable is the last segment of the
 * name in upper snake case ({@code /myapp/db/host} gives {@code HOST}) and holds the parameter's
 * name; read the value with the SDK. To give a function the value of an existing parameter instead,
 * use {@link Env#ssm()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface SsmParameter {

  /** The parameter's name, a path starting with {@code /}. */
  String name();

  /** The initial value (required unless {@link Type#SECURE_STRING} or existing). */
  String value() default "";

  /** The parameter's type. */
  Type type() default Type.STRING;

  /** The parameter's description. */
  String description() default "";

  /** The parameter exists already: nothing is created, only its name is given to the functions. */
  boolean existing() default false;

  /** SSM parameter types. */
  enum Type {
    /** A string. */
    STRING,
    /** A comma-separated list. */
    STRING_LIST,
    /** An encrypted string; CloudFormation cannot create one, so it must be {@code existing}. */
    SECURE_STRING
  }
}
