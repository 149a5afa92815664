/**
 * The event and result of an API Gateway Lambda authorizer (REST API, TOKEN or REQUEST type)
 * written as a {@code @LambdaFunction} method of the app: take an {@link
 * dev.deployless.runtime.auth.AuthorizerEvent}, return an {@link
 * dev.deployless.runtime.auth.AuthorizerResult}. The records' JSON names are the ones API Gateway
 * sends and expects ({@code Version}, {@code Statement}, {@code Effect} in capitals).
 */
package dev.deployless.runtime.auth;
