/**
 * Test support: external judges for generated templates ({@link dev.deployless.testing.CfnLint},
 * {@link dev.deployless.testing.SamTranslator}), real API Gateway events
 * ({@link dev.deployless.testing.ApiGatewayEvent}, {@link dev.deployless.testing.ProxyResponse}),
 * and a local Lambda Runtime API ({@link dev.deployless.testing.RuntimeApiServer}) to run handlers
 * under the AWS runtime interface client.
 */
package dev.deployless.testing;
