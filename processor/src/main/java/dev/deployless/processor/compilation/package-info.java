/**
 * The state of one compilation across its rounds
 * ({@link dev.deployless.processor.compilation.Compilation}, the processor's only mutable object)
 * and the files it keeps in the class output
 * ({@link dev.deployless.processor.compilation.ClassOutput}): the index of features and shared
 * declarations that lets a partial compilation write the complete template, and the template's
 * state.
 */
package dev.deployless.processor.compilation;
