/**
 * The local server's AWS side: the emulator ({@link dev.deployless.local.aws.AwsMode},
 * {@link dev.deployless.local.aws.MotoProcess}, {@link dev.deployless.local.aws.Emulator}), called
 * over the services' own HTTP APIs ({@link dev.deployless.local.aws.AwsClient}); the template's
 * resources created in it and the functions' variables resolved against them
 * ({@link dev.deployless.local.aws.Template}, {@link dev.deployless.local.aws.Provisioning}); and
 * the JVM system properties through which the application's AWS SDK reaches it
 * ({@link dev.deployless.local.aws.SdkSettings}).
 */
package dev.deployless.local.aws;
