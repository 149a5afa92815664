/**
 * The local server: API Gateway and Lambda emulated on localhost for development. It reads the
 * application descriptor the processor writes ({@code META-INF/deployless/app.json}), serves every
 * route at {@code http://127.0.0.1:3000/<stage>/...} by building real API Gateway proxy events
 * ({@link dev.deployless.local.ProxyEvent}, also what tests use to call a handler) and calling the
 * generated handlers in-process, and exposes the Lambda invoke API for the other functions.
 * {@link dev.deployless.local.Gateway} is API Gateway's part (quotas, routing, events, proxy
 * responses), independent of the HTTP server; {@link dev.deployless.local.HttpFront} and
 * {@link dev.deployless.local.JsonErrors} carry it over Jetty 12's core, and every request is
 * logged on one line. This module is never part of a deployed function: a Lambda runs only
 * {@code deployless-runtime}.
 */
package dev.deployless.local;
