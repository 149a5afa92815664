/**
 * The processing steps, in the manner of Dagger's: each runs its part of the pipeline in every
 * round ({@code find}, {@code read}, {@code generate}) and when processing is over
 * ({@code finish}), on the compilation's state and a {@link dev.deployless.processor.step.Round}
 * that lives for one round. The only package that knows every stage: it calls the readers, the
 * rules, the writers and the generators, which do not call one another.
 */
package dev.deployless.processor.step;
