package dev.deployless.processor.model;

import dev.deployless.processor.diagnostic.Location;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of {@code deployless.yaml}, with defaults applied and the file location of every
 * value read ({@link #at}). Built by name ({@link #builder}).
 *
 * @param file the file, or the path where it would be when the project has none
 * @param name project name, used in the template description
 * @param stage API Gateway stage and {@code APP_STAGE}, after {@code -Adeployless.stage}
 * @param stageFromOption whether the stage came from {@code -Adeployless.stage}
 * @param tags tags of every resource
 * @param globals function defaults
 * @param api API Gateway settings
 * @param env variables of every function
 * @param envFile the {@code env_file} and its variables, or null when not set
 * @param secretsKms the {@code secrets_kms} key, or null
 * @param initApp {@code package.Class.method} hooks run once per container
 * @param keys the dotted paths of every key present in the file
 * @param alarms the project's CloudWatch alarms ({@code alarms}), which features inherit
 * @param deployment the project's safe deployments ({@code deployment}), which features inherit
 * @param stageInNames whether the stage ends the physical names of the resources the template
 *     creates ({@code stage_in_names}), so that two stages deploy side by side in one account
 */
public record Project(
    Path file,
    String name,
    String provider,
    String stage,
    boolean stageFromOption,
    Map<String, String> tags,
    Globals globals,
    Api api,
    Map<String, String> env,
    EnvFile envFile,
    String secretsKms,
    List<String> initApp,
    Set<String> keys,
    Map<String, Location> locations,
    AlarmSettings alarms,
    DeploymentSettings deployment,
    boolean stageInNames) {

  /**
   * The largest project file or env file read, 1 MiB: such a file is a few kilobytes (Lambda takes
   * 4 KB of variables per function), and a device such as {@code /dev/zero} never ends.
   */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /** The settings of {@code file}, with nothing set yet. */
  public static Builder builder(Path file) {
    return new Builder(file);
  }

  /** Function defaults ({@code globals}). */
  public record Globals(
      String runtime,
      int memory,
      int timeout,
      int logRetention,
      String architecture,
      String tracing,
      String codeUri) {}

  /**
   * API Gateway settings ({@code api}).
   *
   * @param auth the authorizer of {@code api.auth}, or null
   * @param keys the API keys and usage plans, or null when {@code api.api_keys} is not set (or false)
   * @param domain the custom domain of {@code api.domain}, or null
   */
  public record Api(
      String endpointType,
      Cors cors,
      List<String> binaryMediaTypes,
      Integer minimumCompressionSize,
      Authorizer auth,
      ApiKeys keys,
      CustomDomain domain) {}

  /** CORS settings ({@code api.cors}); {@code allowOrigins} is never empty. */
  public record Cors(
      List<String> allowOrigins,
      List<String> allowMethods,
      List<String> allowHeaders,
      List<String> exposeHeaders,
      Integer maxAge,
      boolean allowCredentials) {}

  /**
   * The {@code .env} file of {@code env_file}: plain variables for every function, {@code SECRET_}
   * variables as SSM references.
   *
   * @param path the file, resolved against {@code deployless.yaml}'s directory
   * @param problem why it could not be read, or null when it was
   * @param error the I/O error when the problem is {@link FileProblem#UNREADABLE}, else null
   */
  public record EnvFile(String declared, Path path, FileProblem problem, String error,
      List<EnvFileEntry> entries) {}

  /** Why a file the project names (its {@code env_file}, the project file itself) was not read. */
  public enum FileProblem {
    MISSING, DIRECTORY, NOT_REGULAR_FILE, TOO_LARGE, UNREADABLE
  }

  /** One {@code NAME=value} line of the {@code .env} file. */
  public record EnvFileEntry(String name, String value, int line) {

    /** Whether it is a secret, kept out of the template. */
    public boolean secret() {
      return name.startsWith("SECRET_");
    }
  }

  /**
   * Where the secret {@code variable} is stored in SSM: {@code /<project name>/<variable>}, with
   * {@code stage_in_names} {@code /<stage>/<project name>/<variable>} (like every SSM name, so that two
   * stages in one account do not share their secrets).
   */
  public String secretParameter(String variable) {
    return physicalName("/" + name + "/" + variable);
  }

  /**
   * The variables of every function after {@code APP_STAGE}: the env file's (secrets as
   * {@code {{resolve:ssm:...}}} references), then {@code env}, which wins over the file.
   */
  public Map<String, String> globalVariables() {
    Map<String, String> variables = new java.util.LinkedHashMap<>();
    if (envFile != null) {
      for (EnvFileEntry entry : envFile.entries()) {
        variables.put(entry.name(), entry.secret()
            ? "{{resolve:ssm:" + secretParameter(entry.name()) + "}}" : entry.value());
      }
    }
    variables.putAll(env);
    return variables;
  }

  /** The location of the value at {@code path} (dotted), or of the file itself. */
  public Location at(String path) {
    Location location = locations.get(path);
    return location != null ? location : new Location.InFile(file, 1, 1);
  }

  /**
   * The physical name of a resource the template creates, declared as {@code name}: with
   * {@code stage_in_names}, {@code name-stage} (before a {@code .fifo} suffix) or, for an SSM
   * parameter path, {@code /stage/name...}; else {@code name}.
   */
  public String physicalName(String name) {
    if (!stageInNames || name.isEmpty()) {
      return name;
    }
    if (name.startsWith("/")) {
      return "/" + stage + name;
    }
    return name.endsWith(".fifo") ? name.substring(0, name.length() - 5) + "-" + stage + ".fifo"
        : name + "-" + stage;
  }

  /**
   * The name of the function {@code logicalId} when it is a deployment hook: CodeDeploy's role for
   * Lambda ({@code AWSCodeDeployRoleForLambda}) may invoke only functions named {@code CodeDeployHook_*}.
   */
  public String hookFunctionName(String logicalId) {
    return "CodeDeployHook_" + name + "-" + stage + "-" + logicalId;
  }

  /** Whether the file sets the key at {@code path}. */
  public boolean has(String path) {
    return keys.contains(path);
  }

  /** Sets the settings by name; maps and lists are empty, the rest unset, until set. */
  public static final class Builder {
    private final Path file;
    private String name;
    private String provider;
    private String stage;
    private boolean stageFromOption;
    private Map<String, String> tags = Map.of();
    private Globals globals;
    private Api api;
    private Map<String, String> env = Map.of();
    private EnvFile envFile;
    private String secretsKms;
    private List<String> initApp = List.of();
    private Map<String, Location> locations = Map.of();
    private AlarmSettings alarms = AlarmSettings.INHERIT;
    private DeploymentSettings deployment = DeploymentSettings.INHERIT;
    private boolean stageInNames;

    private Builder(Path file) {
      this.file = file;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder provider(String provider) {
      this.provider = provider;
      return this;
    }

    /** The stage, and whether it came from {@code -Adeployless.stage}. */
    public Builder stage(String stage, boolean fromOption) {
      this.stage = stage;
      this.stageFromOption = fromOption;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder globals(Globals globals) {
      this.globals = globals;
      return this;
    }

    public Builder api(Api api) {
      this.api = api;
      return this;
    }

    public Builder env(Map<String, String> env) {
      this.env = env;
      return this;
    }

    public Builder envFile(EnvFile envFile) {
      this.envFile = envFile;
      return this;
    }

    public Builder secretsKms(String secretsKms) {
      this.secretsKms = secretsKms;
      return this;
    }

    public Builder initApp(List<String> initApp) {
      this.initApp = initApp;
      return this;
    }

    /** Where each key present in the file is, by dotted path. */
    public Builder locations(Map<String, Location> locations) {
      this.locations = locations;
      return this;
    }

    public Builder alarms(AlarmSettings alarms) {
      this.alarms = alarms;
      return this;
    }

    public Builder deployment(DeploymentSettings deployment) {
      this.deployment = deployment;
      return this;
    }

    public Builder stageInNames(boolean stageInNames) {
      this.stageInNames = stageInNames;
      return this;
    }

    public Project build() {
      return new Project(file, name, provider, stage, stageFromOption, tags, globals, api, env, envFile,
          secretsKms, initApp, Collections.unmodifiableSet(new LinkedHashSet<>(locations.keySet())),
          Collections.unmodifiableMap(locations), alarms, deployment, stageInNames);
    }
  }
}
