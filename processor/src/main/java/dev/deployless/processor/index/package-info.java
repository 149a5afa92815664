/**
 * The per-class index kept in the class output ({@code META-INF/deployless/index.jsonl}, an entry per
 * feature or class declaring shared resources),
 * so that a compilation that sees only some classes (an IDE saving one file, Gradle's incremental
 * compile) still writes the complete template: features compiled earlier are read back from their
 * index entries. An entry holds what the template and the cross-feature rules need, not the Java
 * types of parameters (those matter only for the feature's own generated handlers).
 */
package dev.deployless.processor.index;
