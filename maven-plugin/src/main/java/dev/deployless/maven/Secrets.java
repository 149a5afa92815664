package dev.deployless.maven;

import dev.deployless.processor.model.Project;
import dev.deployless.processor.template.TemplateState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.ssm.model.PutParameterRequest;

/**
 * The {@code SECRET_} variables of the project's {@code env_file} and their parameters in SSM
 * Parameter Store, where the template's {@code {{resolve:ssm:/<name>/SECRET_X}}} references find
 * them. Values are compared by their SHA-256 ({@link TemplateState#hash}) and never leave this class: results carry names,
 * states and dates only.
 *
 * <p>Parameters are of type {@code String}: CloudFormation resolves {@code ssm} references only for
 * {@code String} and {@code StringList} parameters, and rejects {@code ssm-secure} ones in Lambda
 * environment variables; IAM still restricts who may read them.
 */
final class Secrets {
  /** How a local secret compares with SSM, and how {@code diff} and {@code push} say it. */
  enum State {
    /** In SSM with the same value. */
    SAME("same", "unchanged"),
    /** In SSM with another value. */
    DIFFERS("differs", "updated"),
    /** Not in SSM. */
    MISSING("missing", "created"),
    /** In SSM under the project's path, no longer in the env file. */
    ONLY_IN_SSM("only in SSM", "kept");

    final String compared;
    final String pushed;

    State(String compared, String pushed) {
      this.compared = compared;
      this.pushed = pushed;
    }

    /** Whether {@code push} stores the secret. */
    boolean toPush() {
      return this == MISSING || this == DIFFERS;
    }
  }

  /** A secret's parameter name and its state. */
  record Comparison(String parameter, State state) {}

  /** A parameter as {@code list} shows it: never its value. */
  record Listed(String parameter, String type, long version, Instant lastModified) {}

  private final SsmClient ssm;
  private final Project project;

  Secrets(SsmClient ssm, Project project) {
    this.ssm = ssm;
    this.project = project;
  }

  /** The path the project's secrets live under: {@code /<name>/}. */
  String path() {
    return project.secretParameter("");
  }

  /** The local secrets: parameter name to value, in file order. */
  Map<String, String> local() {
    Map<String, String> secrets = new LinkedHashMap<>();
    if (project.envFile() != null) {
      for (Project.EnvFileEntry entry : project.envFile().entries()) {
        if (entry.secret()) {
          secrets.put(project.secretParameter(entry.name()), entry.value());
        }
      }
    }
    return secrets;
  }

  /** Each local secret's state, in file order, then the secrets only SSM has, by name. */
  List<Comparison> diff() {
    Map<String, Parameter> remote = remote();
    List<Comparison> result = new ArrayList<>();
    local().forEach((name, value) -> {
      Parameter parameter = remote.remove(name);
      State state = parameter == null ? State.MISSING
          : TemplateState.hash(parameter.value()).equals(TemplateState.hash(value)) ? State.SAME : State.DIFFERS;
      result.add(new Comparison(name, state));
    });
    for (String name : remote.keySet()) {
      result.add(new Comparison(name, State.ONLY_IN_SSM));
    }
    return result;
  }

  /** Stores each local secret that is missing or differs; the comparison before the push. */
  List<Comparison> push() {
    List<Comparison> before = diff();
    Map<String, String> local = local();
    for (Comparison comparison : before) {
      if (comparison.state().toPush()) {
        ssm.putParameter(PutParameterRequest.builder()
            .name(comparison.parameter())
            .value(local.get(comparison.parameter()))
            .type(ParameterType.STRING)
            .overwrite(true)
            .description("SECRET_ variable of " + project.name() + ", pushed by deployless")
            .build());
      }
    }
    return before;
  }

  /** The {@code SECRET_} parameters under the project's path, by name: type, version, last change. */
  List<Listed> list() {
    List<Listed> listed = new ArrayList<>();
    for (Parameter parameter : remote().values()) {
      listed.add(new Listed(parameter.name(), parameter.typeAsString(), parameter.version(),
          parameter.lastModifiedDate()));
    }
    return listed;
  }

  /** The {@code SECRET_} parameters under the project's path, by name. */
  private Map<String, Parameter> remote() {
    Map<String, Parameter> parameters = new TreeMap<>();
    String nextToken = null;
    do {
      GetParametersByPathResponse page = ssm.getParametersByPath(GetParametersByPathRequest.builder()
          .path(path().substring(0, path().length() - 1))
          .recursive(false)
          .withDecryption(true)
          .nextToken(nextToken)
          .build());
      for (Parameter parameter : page.parameters()) {
        if (parameter.name().startsWith(path() + "SECRET_")) {
          parameters.put(parameter.name(), parameter);
        }
      }
      nextToken = page.nextToken();
    } while (nextToken != null);
    return parameters;
  }
}
