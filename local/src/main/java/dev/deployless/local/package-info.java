/**
 * The local server: the development environment of a deployless application, API Gateway and
 * Lambda emulated on localhost. It reads the application descriptor the processor writes
 * ({@code META-INF/deployless/app.json}), serves every route at
 * {@code http://127.0.0.1:3000/<stage>/...} by building real API Gateway proxy events
 * ({@link dev.deployless.local.ProxyEvent}, also what tests use to call a handler) and calling the
 * generated handlers in-process (each function's containers and timeouts in {@code LocalFunction}),
 * and exposes the Lambda invoke API for the other functions. {@code LocalAws} holds the AWS side
 * (package {@code aws}: the emulator, the template's resources, the variables), {@code Scheduler}
 * fires the schedules (package {@code schedule}), {@code EventSource}s poll queues and streams, and
 * {@code Reloader} serves each recompiled version of the class output ({@code AppVersions},
 * {@code AppLoader}).
 * {@link dev.deployless.local.Gateway} is API Gateway's part (quotas, routing, events, proxy
 * responses), independent of the HTTP server; {@link dev.deployless.local.HttpFront} and
 * {@link dev.deployless.local.JsonErrors} carry it over Jetty 12's core, and every request is
 * logged on one line. This module is never part of a deployed function: a Lambda runs only
 * {@code deployless-runtime}.
 */
package dev.deployless.local;
