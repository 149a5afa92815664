/**
 * Writes the outputs that describe the whole application, from the model: the SAM
 * {@code template.yaml} ({@link dev.deployless.processor.template.SamTemplate} builds it, with the
 * resources, policies, triggers and function links of the classes beside it,
 * {@link dev.deployless.processor.template.YamlWriter} prints it deterministically,
 * {@link dev.deployless.processor.template.TemplateFile} merges it into the file on disk and finds
 * what it would replace), the descriptor the local server reads
 * ({@link dev.deployless.processor.template.AppDescriptor}) and the verbose summary.
 */
package dev.deployless.processor.template;
