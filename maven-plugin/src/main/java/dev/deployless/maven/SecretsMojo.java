package dev.deployless.maven;

import dev.deployless.processor.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The {@code SECRET_} variables of {@code env_file} against SSM Parameter Store, for the project's
 * stage and region: by default which are missing or differ ({@code diff}, compared by hash);
 * {@code -Dpush} stores those as {@code String} parameters under the names the template references
 * ({@code /<name>/SECRET_X}); {@code -Dlist} shows the parameters with their version and last
 * change. A secret's value is never printed or logged.
 */
@Mojo(name = "secrets", threadSafe = true)
public class SecretsMojo extends DeploylessMojo {

  /** Stores the missing and changed secrets. */
  @Parameter(property = "push", defaultValue = "false")
  boolean push;

  /** Lists the secrets' parameters in SSM (names, versions, last change). */
  @Parameter(property = "list", defaultValue = "false")
  boolean list;

  @Override
  public void execute() throws MojoExecutionException {
    Project project = settings().valid();
    if (project.envFile() == null) {
      getLog().info("deployless.yaml has no env_file: no secrets to store");
      return;
    }
    AwsClients aws = AwsClients.of(regionOption());
    try (SsmClient ssm = aws.ssm()) {
      Secrets secrets = new Secrets(ssm, project);
      String where = " of " + project.name() + " in SSM (" + aws.region() + ", " + secrets.path() + "):";
      if (list) {
        List<Secrets.Listed> listed = secrets.list();
        getLog().info(listed.size() + " secret" + (listed.size() == 1 ? "" : "s") + where);
        lines(listed).forEach(getLog()::info);
      } else if (push) {
        List<String> lines = pushed(secrets.push());
        lines.forEach(getLog()::info);
      } else {
        List<Secrets.Comparison> diff = secrets.diff();
        getLog().info("Secrets" + where);
        diffLines(diff).forEach(getLog()::info);
      }
    } catch (SdkException e) {
      throw new MojoExecutionException("SSM Parameter Store (" + aws.region() + "): " + e.getMessage(), e);
    }
  }

  /** {@code diff}: each secret's state, then what to do. */
  static List<String> diffLines(List<Secrets.Comparison> diff) {
    List<String> lines = new ArrayList<>();
    for (Secrets.Comparison comparison : diff) {
      lines.add(String.format(Locale.ROOT, "  %-12s%s", comparison.state().compared, comparison.parameter()));
    }
    if (diff.isEmpty()) {
      lines.add("  (none: the env file has no SECRET_ variables)");
    }
    long toPush = diff.stream().filter(comparison -> comparison.state().toPush()).count();
    lines.add(toPush == 0 ? "SSM is up to date" : toPush + " to push: mvn deployless:secrets -Dpush");
    return lines;
  }

  /** {@code push}: what was stored, what already was. */
  static List<String> pushed(List<Secrets.Comparison> before) {
    long stored = before.stream().filter(comparison -> comparison.state().toPush()).count();
    List<String> lines = new ArrayList<>();
    lines.add("Pushed " + stored + " secret" + (stored == 1 ? "" : "s") + " to SSM Parameter Store (type String):");
    for (Secrets.Comparison comparison : before) {
      String note = comparison.state() == Secrets.State.ONLY_IN_SSM
          ? " (no longer in the env file; delete it with aws ssm delete-parameter --name "
              + comparison.parameter() + ")" : "";
      lines.add(String.format(Locale.ROOT, "  %-10s%s%s", comparison.state().pushed, comparison.parameter(), note));
    }
    return lines;
  }

  /** {@code list}: name, type, version and last change of each parameter. */
  static List<String> lines(List<Secrets.Listed> listed) {
    List<String> lines = new ArrayList<>();
    for (Secrets.Listed parameter : listed) {
      lines.add(String.format(Locale.ROOT, "  %-40s %-12s version %-3d modified %s", parameter.parameter(),
          parameter.type(), parameter.version(), parameter.lastModified()));
    }
    return lines;
  }
}
