/**
 * Generates the Lambda handler classes from the model with JavaPoet: one class per function,
 * extending the runtime's {@code ApiFunction}, {@code EventFunction} or the base of a trigger's
 * source ({@code SqsFunction}, ...), with the routing table,
 * parameter binding and JSON readers and writers computed at compile time.
 * {@link dev.deployless.processor.codegen.GeneratedFiles} is the one place that writes them.
 */
package dev.deployless.processor.codegen;
