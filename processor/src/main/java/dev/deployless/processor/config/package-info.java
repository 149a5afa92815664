/**
 * Reads the project file {@code deployless.yaml}: finding it, reading it with the line of every value,
 * {@code ${VAR}} interpolation, checking keys and value types against the schema, and building the
 * model's {@link dev.deployless.processor.model.Project}. Rules about the values themselves (ranges,
 * enumerations, combinations) live in the validation package.
 */
package dev.deployless.processor.config;
