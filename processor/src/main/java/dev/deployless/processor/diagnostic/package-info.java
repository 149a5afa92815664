/**
 * Diagnostics as data: the {@link dev.deployless.processor.diagnostic.Diagnostic} catalogue of codes
 * and messages, where each one points ({@link dev.deployless.processor.diagnostic.Location}), and the
 * {@link dev.deployless.processor.diagnostic.Report} that collects them and prints them through the
 * {@code Messager}.
 */
package dev.deployless.processor.diagnostic;
