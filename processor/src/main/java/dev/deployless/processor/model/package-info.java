/**
 * The application model: immutable records built from the annotated classes
 * ({@link dev.deployless.processor.model.Feature}, {@link dev.deployless.processor.model.Route},
 * {@link dev.deployless.processor.model.Job}, {@link dev.deployless.processor.model.Standalone}),
 * the Java types they exchange ({@link dev.deployless.processor.model.ValueType}) and the Lambda
 * functions derived from them ({@link dev.deployless.processor.model.Function}). Validation, the
 * template writer and the code generator read this model, never annotation mirrors; a
 * {@link dev.deployless.processor.model.Source} only tells diagnostics where to point.
 */
package dev.deployless.processor.model;
