/**
 * The project file {@code deployless.yaml}: finding it, reading it with the line of every value,
 * {@code ${VAR}} interpolation, checking keys and value types against the schema, and the resulting
 * immutable {@link dev.deployless.processor.config.ProjectConfig}. Rules about the values themselves
 * (ranges, enumerations, combinations) live in the validation package.
 */
package dev.deployless.processor.config;
