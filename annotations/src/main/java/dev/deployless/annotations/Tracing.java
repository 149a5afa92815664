package dev.deployless.annotations;

/** AWS X-Ray tracing mode of a Lambda function. */
public enum Tracing {
  /** Use {@code globals.tracing} of {@code deployless.yaml} (no tracing when unset). */
  INHERIT,
  /** Sample and trace incoming requests ({@code Tracing: Active}). */
  ACTIVE,
  /** Trace only when the caller sampled the request ({@code Tracing: PassThrough}). */
  PASS_THROUGH
}
