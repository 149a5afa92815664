/**
 * Builds the model from annotated classes: finds the classes of a round
 * ({@link dev.deployless.processor.reading.AnnotatedClasses}), reads {@code @Feature},
 * {@code @Route}, {@code @Cron}, {@code @LambdaFunction}, the triggers ({@code @OnQueue}, ...),
 * {@code @Resource}, {@code @Invokes} and the parameter bindings through their annotation
 * mirrors, classifies the Java types of parameters and return values, and reports what cannot be
 * modelled (signatures, unsupported types, controllers that cannot be instantiated). This is the
 * only package that reads annotations.
 */
package dev.deployless.processor.reading;
