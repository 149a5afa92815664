package dev.deployless.maven;

import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * What the build produced, from the class output and {@code deployless.yaml}: the functions
 * (handler, memory, timeout, triggers), the routes with their local and deployed URLs, the
 * resources with the features using them and their access, the secrets to store. With
 * {@code -Ddeployless.stackName} it also reads that deployed stack's outputs with the AWS SDK and
 * shows the routes' real URLs. Compiles nothing: run it after {@code mvn package}.
 */
@Mojo(name = "info", threadSafe = true)
public class InfoMojo extends DeploylessMojo {

  /** A deployed stack whose outputs to show (deploy's default is {@code <name>-<stage>}). */
  @Parameter(property = "deployless.stackName")
  String stackName;

  @Override
  public void execute() throws MojoExecutionException {
    Project project = settings().valid();
    BuildOutput build = new BuildOutput(classesDirectory.toPath());
    Application application = build.application(project);
    String stage = build.builtStage().orElse(project.stage());
    if (!stage.equals(project.stage())) {
      getLog().warn("the last build was for stage " + stage + ", not " + project.stage()
          + ": run mvn package -Ddeployless.stage=" + project.stage());
    }
    Optional<StackOutputs> stack = Optional.empty();
    String region = regionOption().orElse(null);
    if (stackName != null && !stackName.isBlank()) {
      AwsClients aws = AwsClients.of(regionOption());
      region = aws.region().id();
      try (CloudFormationClient cloudFormation = aws.cloudFormation()) {
        stack = StackOutputs.read(cloudFormation, stackName.trim());
      } catch (SdkException e) {
        throw new MojoExecutionException("CloudFormation (" + region + "): " + e.getMessage(), e);
      }
      if (stack.isEmpty()) {
        getLog().warn("no stack " + stackName.trim() + " in " + region + ": showing the URLs' form");
      }
    }
    Path template = templateFile(project);
    String codeUri = codeUri(template, project);
    Path jar = template.resolveSibling(codeUri);
    for (String line : Info.lines(application, stage,
        project.file().getParent().relativize(template) + (Files.isRegularFile(template) ? "" : " (not written yet)"),
        codeUri + (Files.isRegularFile(jar) ? "" : " (not built yet: mvn package)"),
        stack.flatMap(StackOutputs::apiUrl).orElse(null), region)) {
      getLog().info(line);
    }
    stack.ifPresent(found -> Info.outputs(found.name(), found.status(), found.outputs()).forEach(getLog()::info));
  }
}
