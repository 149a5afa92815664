package dev.deployless.maven;

import dev.deployless.processor.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The seed's {@code deploy} for Java users: builds the project ({@code package}), checks that the
 * template is for the stage asked and that the secrets it references are in SSM (pushing them with
 * {@code -Ddeployless.pushSecrets}), then hands over to the AWS SAM CLI's {@code sam deploy} with the
 * stack name, region, capabilities and S3 bucket, and prints the stack's outputs at the end.
 */
@Mojo(name = "deploy", threadSafe = true)
@Execute(phase = LifecyclePhase.PACKAGE)
public class DeployMojo extends DeploylessMojo {

  /** The stack; empty: {@code <name>-<stage>}. */
  @Parameter(property = "deployless.stackName")
  String stackName;

  /** Pushes missing and changed secrets to SSM before deploying. */
  @Parameter(property = "deployless.pushSecrets", defaultValue = "false")
  boolean pushSecrets;

  /** The bucket {@code sam deploy} uploads the jar to; empty: SAM's managed bucket ({@code --resolve-s3}). */
  @Parameter(property = "deployless.s3Bucket")
  String s3Bucket;

  /** Lets {@code sam deploy --guided} ask for the settings (and save them in {@code samconfig.toml}). */
  @Parameter(property = "deployless.guided", defaultValue = "false")
  boolean guided;

  /** Shows the change set and asks before executing it. */
  @Parameter(property = "deployless.confirmChangeset", defaultValue = "false")
  boolean confirmChangeset;

  /** The SAM CLI executable: a name looked up on the {@code PATH}, or a path. */
  @Parameter(property = "deployless.sam", defaultValue = "sam")
  String sam;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Project settings = settings().valid();
    String stage = new BuildOutput(classesDirectory.toPath()).builtStage()
        .orElseThrow(() -> new MojoFailureException("no template was built: the compile failed or has no @Feature"));
    if (!stage.equals(settings.stage())) {
      throw new MojoFailureException("the build is for stage " + stage + ", not " + settings.stage()
          + ": pass the stage to the compile (<arg>-Adeployless.stage=${deployless.stage}</arg>)");
    }
    Path template = templateFile(settings);
    Path jar = template.resolveSibling(codeUri(template, settings)).normalize();
    if (!Files.isRegularFile(jar)) {
      throw new MojoFailureException("the template's CodeUri " + jar + " was not built: make the shade plugin's"
          + " outputFile match it (see the README)");
    }
    Path executable = SamCli.find(sam, System.getenv("PATH"))
        .orElseThrow(() -> new MojoExecutionException("the AWS SAM CLI ('" + sam + "') is not on the PATH: "
            + SamCli.INSTALL_HINT));
    AwsClients aws = AwsClients.of(regionOption());
    checkSecrets(settings, aws);
    String stack = stackName == null || stackName.isBlank() ? settings.name() + "-" + stage : stackName.trim();
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(SamCli.deployArguments(new SamCli.Deployment(template, stack, aws.region().id(), s3Bucket,
        guided, confirmChangeset)));
    getLog().info("Deploying " + settings.name() + " (stage " + stage + ") as stack " + stack + " in "
        + aws.region() + ": " + String.join(" ", command));
    int exit = run(command, template.getParent());
    if (exit != 0) {
      throw new MojoFailureException("sam deploy failed (exit code " + exit + "); its output is above");
    }
    try (CloudFormationClient cloudFormation = aws.cloudFormation()) {
      Optional<StackOutputs> outputs = StackOutputs.read(cloudFormation, stack);
      outputs.ifPresent(found -> Info.outputs(found.name(), found.status(), found.outputs()).forEach(getLog()::info));
    } catch (SdkException e) {
      getLog().warn("deployed, but the stack's outputs cannot be read: " + e.getMessage());
    }
  }

  /** Missing secrets fail the deploy (CloudFormation could not resolve them) unless they are pushed now. */
  private void checkSecrets(Project settings, AwsClients aws) throws MojoExecutionException, MojoFailureException {
    if (settings.envFile() == null || settings.envFile().entries().stream().noneMatch(Project.EnvFileEntry::secret)) {
      return;
    }
    try (SsmClient ssm = aws.ssm()) {
      Secrets secrets = new Secrets(ssm, settings);
      if (pushSecrets) {
        SecretsMojo.pushed(secrets.push()).forEach(getLog()::info);
        return;
      }
      List<String> missing = new ArrayList<>();
      for (Secrets.Comparison comparison : secrets.diff()) {
        if (comparison.state() == Secrets.State.MISSING) {
          missing.add(comparison.parameter());
        } else if (comparison.state() == Secrets.State.DIFFERS) {
          getLog().warn(comparison.parameter() + " in SSM differs from the env file: the functions get SSM's value"
              + " (push it with -Ddeployless.pushSecrets)");
        }
      }
      if (!missing.isEmpty()) {
        throw new MojoFailureException("the template references secrets that are not in SSM (" + aws.region()
            + "): " + String.join(", ", missing) + "; push them with mvn deployless:secrets -Dpush, or deploy with"
            + " -Ddeployless.pushSecrets");
      }
    } catch (SdkException e) {
      throw new MojoExecutionException("SSM Parameter Store (" + aws.region() + "): " + e.getMessage(), e);
    }
  }

  private int run(List<String> command, Path directory) throws MojoExecutionException {
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
      return process.waitFor();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot run " + command.get(0) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while sam deploy ran", e);
    }
  }
}
