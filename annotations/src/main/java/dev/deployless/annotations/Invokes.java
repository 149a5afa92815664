package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Links other functions of the application, which the annotated code may then invoke: the IAM
 * permission {@code lambda:InvokeFunction} on exactly those functions, their name and ARN in
 * environment variables, and a typed accessor returning
 * {@code dev.deployless.runtime.resource.LinkedFunction} on the generated {@code <Feature>Resources}.
 *
 * <p>A function is named as its logical ID is derived: by its feature's {@link Feature#name()} for a
 * feature's function ({@code users} is {@code UsersFunction}), by its method's name for the
 * function of a {@link Cron}, {@link LambdaFunction}, trigger ({@link OnQueue}, ...) or split
 * {@link Route} method ({@code processOrders} is {@code ProcessOrdersFunction}). The variables are
 * that name in upper snake case plus {@code _FUNCTION} (the function's name) and
 * {@code _FUNCTION_ARN}: {@code PROCESS_ORDERS_FUNCTION}, {@code PROCESS_ORDERS_FUNCTION_ARN}.
 *
 * <p>On a {@link Feature} class, every function of the feature may invoke them; on a method, the
 * function that runs the method.
 *
 * <pre>{@code
 * @Feature(name = "checkout")
 * @Invokes("generateInvoice")                 // a @LambdaFunction method of another feature
 * public class CheckoutController {
 *   public CheckoutController(CheckoutResources resources) { ... }
 *   // LambdaClient.invoke(r -> r.functionName(resources.generateInvoice().name())
 *   //     .invocationType(InvocationType.EVENT).payload(...))
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Invokes {

  /** The names of the linked functions. */
  String[] value();
}
