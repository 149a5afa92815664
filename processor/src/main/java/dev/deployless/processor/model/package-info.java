/**
 * The application model: immutable records built from {@code deployless.yaml}
 * ({@link dev.deployless.processor.model.Project}) and from the annotated classes
 * ({@link dev.deployless.processor.model.FeatureClass} with its
 * {@link dev.deployless.processor.model.Endpoint}s, {@link dev.deployless.processor.model.Job}s and
 * {@link dev.deployless.processor.model.Standalone}s, the
 * {@link dev.deployless.processor.model.AwsResource}s it declares), the Java types they exchange
 * ({@link dev.deployless.processor.model.ValueType}) and the Lambda functions derived from them
 * ({@link dev.deployless.processor.model.Function}). Validation, the template writer and the code
 * generator read this model, never annotation mirrors; a
 * {@link dev.deployless.processor.model.Source} only tells diagnostics where to point. The model
 * imports no other package of the processor but {@code diagnostic} (for locations).
 */
package dev.deployless.processor.model;
