/**
 * Benchmarks: {@link dev.deployless.benchmarks.ColdStart} (JVM launch to first API Gateway
 * response under the AWS Lambda runtime interface client), {@link dev.deployless.benchmarks.WarmPath}
 * (JMH, in process), {@link dev.deployless.benchmarks.DeploymentSize},
 * {@link dev.deployless.benchmarks.HostileInput} (the cost of hostile bodies and paths) and
 * {@link dev.deployless.benchmarks.LocalServerLoad} (the local server under load). Run them with
 * {@code benchmarks/run.sh}.
 */
package dev.deployless.benchmarks;
