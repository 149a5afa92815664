package dev.deployless.annotations;

/** Instruction set of a Lambda function. */
public enum Architecture {
  /** Use {@code globals.architecture} of {@code deployless.yaml} ({@code x86_64} when unset). */
  INHERIT,
  /** Intel/AMD 64-bit. */
  X86_64,
  /** AWS Graviton (arm64), about 20% cheaper per GB-second. */
  ARM64
}
