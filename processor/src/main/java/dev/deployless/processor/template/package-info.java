/**
 * Writes the outputs that describe the whole application, from the model: the SAM
 * {@code template.yaml} ({@link dev.deployless.processor.template.SamTemplate} builds it,
 * {@link dev.deployless.processor.template.YamlWriter} prints it deterministically) and the
 * descriptor the local server reads ({@link dev.deployless.processor.template.AppDescriptor}).
 */
package dev.deployless.processor.template;
