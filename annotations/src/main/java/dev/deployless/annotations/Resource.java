package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An AWS resource the application uses. On a {@link Feature} class it declares a resource of that
 * feature (with a body: exactly one of {@link #dynamoDb()}, {@link #s3()}, {@link #sqs()},
 * {@link #sns()}, {@link #kms()}, {@link #ssmParameter()}) or links one declared elsewhere (name
 * only). On any other class it declares a shared resource, which only the features that link it
 * may use.
 *
 * <pre>{@code
 * @Feature(basePath = "/users")
 * @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "ums-users", pk = "tenant_id", sk = "user_id"))
 * @Resource(name = "tenantKey", access = Access.DECRYPT)        // declared on a shared class
 * public class UserController {
 *   public UserController(UsersResources resources) { ... }
 * }
 * }</pre>
 *
 * <p>Each function of the feature gets the IAM policies of its access level, and the environment
 * variables naming the resource; the generated {@code <Feature>Resources} class reads them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Resources.class)
public @interface Resource {

  /**
   * The resource's logical name, unique in the application: letters and digits (with {@code -} or
   * {@code _} between words), starting with a letter. It names the accessor method.
   */
  String name();

  /** The feature's permission level; on a shared declaration, the level of links that set none. */
  Access access() default Access.DEFAULT;

  /** A DynamoDB table. */
  DynamoDb[] dynamoDb() default {};

  /** An S3 bucket. */
  S3[] s3() default {};

  /** An SQS queue. */
  Sqs[] sqs() default {};

  /** An SNS topic. */
  Sns[] sns() default {};

  /** A KMS key. */
  Kms[] kms() default {};

  /** An SSM parameter. */
  SsmParameter[] ssmParameter() default {};
}
