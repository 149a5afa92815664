/**
 * Handles on the AWS resources a function may use, built by the generated {@code <Feature>Resources}
 * classes from the environment variables deployless puts in the template. They carry names, URLs
 * and ARNs only: pass them to the AWS SDK client of your choice.
 */
package dev.deployless.runtime.resource;
