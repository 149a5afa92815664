/**
 * The local server: API Gateway and Lambda emulated on localhost for development. It reads the
 * application descriptor the processor writes ({@code META-INF/deployless/app.json}), serves every
 * route at {@code http://127.0.0.1:3000/<stage>/...} by building real API Gateway proxy events and
 * calling the generated handlers in-process, and exposes the Lambda invoke API for the other
 * functions. Nothing here is loaded when a function runs on AWS Lambda.
 */
package dev.deployless.runtime.local;
