/**
 * The deployless Maven plugin: one class per goal ({@code TrackConfigMojo}, {@code InfoMojo},
 * {@code ValidateMojo}, {@code SecretsMojo}, {@code DeployMojo}) on the parameters every goal shares
 * ({@code DeploylessMojo}), and what they work on: the project file read by the processor's own code
 * ({@code ProjectSettings}), the class output of the last compile ({@code BuildOutput},
 * {@code ConfigChanges}), SSM ({@code Secrets}), the SAM CLI ({@code SamCli}) and CloudFormation
 * ({@code StackOutputs}).
 */
package dev.deployless.maven;
