/**
 * Diagnostics as data: the stable {@link dev.deployless.processor.diagnostic.Code}s, the
 * {@link dev.deployless.processor.diagnostic.Message} catalogue of whole sentences, where each one
 * points ({@link dev.deployless.processor.diagnostic.Location}), and the
 * {@link dev.deployless.processor.diagnostic.Report} of each subject, printed through the
 * {@code Messager}.
 */
package dev.deployless.processor.diagnostic;
