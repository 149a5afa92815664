package dev.deployless.processor.config;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.ApiKeys;
import dev.deployless.processor.model.Authorizer;
import dev.deployless.processor.model.CustomDomain;
import dev.deployless.processor.model.AlarmSettings;
import dev.deployless.processor.model.DeploymentSettings;
import dev.deployless.processor.model.Project;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds and loads {@code deployless.yaml}: the file named by {@code -Adeployless.config}, else the
 * first one found walking up from the annotated sources. Applies the defaults (runtime
 * {@code java21}, memory 512, timeout 30, log retention 14, stage {@code dev}) and the
 * {@code -Adeployless.stage} override.
 */
public final class ConfigLoader {
  /** The file name looked for. */
  public static final String FILE_NAME = "deployless.yaml";

  private ConfigLoader() {}

  /**
   * The project file: {@code explicit} if given (reported when missing), else the nearest
   * {@code deployless.yaml} in {@code start} or its parents; empty (and reported) when there is none.
   */
  public static Optional<Path> locate(Optional<Path> explicit, Path start, Report report) {
    if (explicit.isPresent()) {
      Path file = explicit.get().toAbsolutePath().normalize();
      Project.FileProblem problem = ProjectFiles.problem(file);
      if (problem == null || problem == Project.FileProblem.TOO_LARGE
          || problem == Project.FileProblem.UNREADABLE) {
        return Optional.of(file);
      }
      Message message = switch (problem) {
        case DIRECTORY -> Message.E64_OPTION_DIRECTORY;
        case NOT_REGULAR_FILE -> Message.E64_OPTION_NOT_FILE;
        default -> Message.E64_OPTION;
      };
      report.add(message, Location.NOWHERE, file);
      return Optional.empty();
    }
    for (Path dir = start == null ? null : start.toAbsolutePath().normalize(); dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    if (start == null) {
      report.add(Message.E64_NO_SOURCES, Location.NOWHERE);
    } else {
      report.add(Message.E64_NOT_FOUND, Location.NOWHERE, start.toAbsolutePath().normalize());
    }
    return Optional.empty();
  }

  /** Reads {@code file}, reporting every problem; the result has defaults for what is missing. */
  public static Project load(Path file, Map<String, String> environment, String stageOption,
      Report report) {
    String text;
    try {
      text = ProjectFiles.read(file);
    } catch (ProjectFiles.Refused refused) {
      Location at = new Location.InFile(file, 1, 1);
      if (refused.problem() == Project.FileProblem.TOO_LARGE) {
        report.add(Message.E55_TOO_LARGE, at, Project.MAX_FILE_BYTES);
      } else {
        report.add(Message.E55_UNREADABLE, at, refused.error() != null ? refused.error()
            : refused.problem().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
      text = "";
    }
    return parse(file, text, environment, stageOption, report);
  }

  /** Reads the text of {@code file}; see {@link #load}. */
  public static Project parse(Path file, String text, Map<String, String> environment,
      String stageOption, Report report) {
    ConfigReader reader = new ConfigReader(file, environment, report);
    Map<String, Object> root = reader.read(text);
    Map<String, Object> globals = map(root, "globals");
    Map<String, Object> api = map(root, "api");

    String stage = stageOption != null ? stageOption : string(root, "stage", "dev");
    Project.Globals defaults = new Project.Globals(
        string(globals, "runtime", "java21"),
        integer(globals, "memory", 512),
        integer(globals, "timeout", 30),
        integer(globals, "log_retention", 14),
        string(globals, "architecture", null),
        tracing(globals.get("tracing")),
        string(globals, "code_uri", null));
    Project.Api apiSettings = new Project.Api(
        string(api, "endpoint_type", "REGIONAL"),
        cors(map(api, "cors")),
        strings(api.get("binary_media_types")),
        api.get("minimum_compression_size") == null ? null
            : integer(api, "minimum_compression_size", 0),
        authorizer(api.get("auth")),
        apiKeys(api),
        domain(api.get("domain")));
    return Project.builder(file)
        .name(string(root, "name", defaultName(file)))
        .provider(string(root, "provider", "aws"))
        .stage(stage, stageOption != null)
        .tags(stringMap(root.get("tags")))
        .globals(defaults)
        .api(apiSettings)
        .env(stringMap(root.get("env")))
        .envFile(root.get("env_file") == null ? null : envFile(file, root.get("env_file").toString()))
        .secretsKms(string(root, "secrets_kms", null))
        .initApp(strings(root.get("init_app")))
        .alarms(alarms(root.get("alarms")))
        .deployment(deployment(root.get("deployment")))
        .stageInNames(Boolean.TRUE.equals(root.get("stage_in_names")))
        .locations(reader.locations())
        .build();
  }

  /** The names of the environment variables {@code ${VAR}} reads in {@code text}, in order of first use. */
  public static Set<String> variables(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = ConfigReader.VARIABLE.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * Reads the {@code .env} file {@code declared} (relative to {@code deployless.yaml}): lines of
   * {@code NAME=value}, optionally {@code export}ed or quoted; blank lines and {@code #} comments are
   * skipped. A file that cannot be read (missing, not a regular file, too large) is reported by the
   * rules (E27).
   */
  static Project.EnvFile envFile(Path config, String declared) {
    Path dir = config.toAbsolutePath().getParent();
    Path path;
    try {
      path = dir == null ? Path.of(declared) : dir.resolve(declared).normalize();
    } catch (InvalidPathException e) {
      // A character no path may hold (a NUL, or ':' and '|' on Windows): unreadable, E27.
      return new Project.EnvFile(declared, dir == null ? Path.of("") : dir, Project.FileProblem.UNREADABLE,
          e.getReason(), List.of());
    }
    List<String> lines;
    try {
      lines = ProjectFiles.read(path).lines().toList();
    } catch (ProjectFiles.Refused refused) {
      return new Project.EnvFile(declared, path, refused.problem(), refused.error(), List.of());
    }
    List<Project.EnvFileEntry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int equals = line.indexOf('=');
      if (line.isEmpty() || line.startsWith("#") || equals <= 0) {
        continue;
      }
      String value = line.substring(equals + 1).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
          || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      } else if (value.contains(" #")) {
        value = value.substring(0, value.indexOf(" #")).strip();
      }
      entries.add(new Project.EnvFileEntry(line.substring(0, equals).strip(), value, i + 1));
    }
    return new Project.EnvFile(declared, path, null, null, List.copyOf(entries));
  }

  private static Project.Cors cors(Map<String, Object> cors) {
    if (cors.isEmpty()) {
      return null;
    }
    List<String> origins = strings(cors.get("allow_origin"));
    return new Project.Cors(
        origins.isEmpty() ? List.of("*") : origins,
        strings(cors.get("allow_methods")),
        strings(cors.get("allow_headers")),
        strings(cors.get("expose_headers")),
        cors.get("max_age") == null ? null : integer(cors, "max_age", 0),
        Boolean.TRUE.equals(cors.get("allow_credentials")));
  }

  /** The authorizer of {@code api.auth}, or null when it is not set. */
  @SuppressWarnings("unchecked")
  private static Authorizer authorizer(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      return null;
    }
    Map<String, Object> auth = (Map<String, Object>) value;
    String type = string(auth, "type", "");
    return new Authorizer(type, string(auth, "name", Authorizer.defaultName(type)),
        string(auth, "user_pool_arn", null), strings(auth.get("scopes")), string(auth, "function_arn", null),
        string(auth, "function", null), integer(auth, "ttl", 300),
        string(map(auth, "identity"), "header", "Authorization"));
  }

  /**
   * The keys and plans of {@code api}: null when {@code api_keys} is absent or false (the rules
   * report plans without keys).
   */
  @SuppressWarnings("unchecked")
  private static ApiKeys apiKeys(Map<String, Object> api) {
    Object value = api.get("api_keys");
    if (value == null || Boolean.FALSE.equals(value)) {
      return null;
    }
    List<ApiKeys.Key> keys = new ArrayList<>();
    boolean list = value instanceof List<?>;
    if (list) {
      List<Object> entries = (List<Object>) value;
      for (int i = 0; i < entries.size(); i++) {
        Map<String, Object> entry = entries.get(i) instanceof Map<?, ?> ? (Map<String, Object>) entries.get(i)
            : Map.of();
        keys.add(new ApiKeys.Key(string(entry, "name", null), string(entry, "existing", null),
            string(entry, "plan", null), !Boolean.FALSE.equals(entry.get("enabled")), "api.api_keys[" + i + "]"));
      }
    } else if (Boolean.TRUE.equals(value)) {
      keys.add(new ApiKeys.Key(ApiKeys.DEFAULT_KEY, null, null, true, "api.api_keys"));
    } else {
      keys.add(new ApiKeys.Key(null, value.toString(), null, true, "api.api_keys"));
    }
    Map<String, ApiKeys.UsagePlan> plans = new LinkedHashMap<>();
    for (Map.Entry<String, Object> plan : map(api, "usage_plans").entrySet()) {
      plans.put(plan.getKey(), usagePlan(plan.getKey(), plan.getValue(), "api.usage_plans." + plan.getKey()));
    }
    return new ApiKeys(list, List.copyOf(keys), usagePlan(null, api.get("usage_plan"), "api.usage_plan"),
        Collections.unmodifiableMap(plans));
  }

  @SuppressWarnings("unchecked")
  private static ApiKeys.UsagePlan usagePlan(String name, Object value, String path) {
    if (!(value instanceof Map<?, ?>)) {
      return null;
    }
    Map<String, Object> plan = (Map<String, Object>) value;
    Object rate = plan.get("rate");
    return new ApiKeys.UsagePlan(name, rate instanceof Number number ? number.doubleValue() : null,
        plan.get("burst") instanceof Long burst ? burst : null,
        plan.get("quota") instanceof Long quota ? quota : null,
        string(plan, "period", null), path);
  }

  /** The custom domain of {@code api.domain}, or null when it is not set. */
  @SuppressWarnings("unchecked")
  private static CustomDomain domain(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      return null;
    }
    Map<String, Object> domain = (Map<String, Object>) value;
    String basePath = string(domain, "base_path", null);
    if (basePath != null) {
      basePath = basePath.replaceAll("^/+|/+$", "");
    }
    Object route53 = domain.get("route53");
    return new CustomDomain(string(domain, "domain_name", null), basePath == null || basePath.isEmpty() ? null
        : basePath, string(domain, "certificate_arn", null), string(map(domain, "route53"), "hosted_zone_id", null),
        Boolean.TRUE.equals(route53));
  }

  /**
   * {@code alarms}: {@code true} for the defaults, {@code false} or absent for none, a mapping for
   * thresholds (on unless {@code enabled: false}).
   */
  @SuppressWarnings("unchecked")
  private static AlarmSettings alarms(Object value) {
    if (value instanceof Boolean on) {
      return on ? new AlarmSettings(true, AlarmSettings.Alarm.UNSET, AlarmSettings.Alarm.UNSET,
          AlarmSettings.Alarm.UNSET, null, null) : AlarmSettings.INHERIT;
    }
    if (!(value instanceof Map)) {
      return AlarmSettings.INHERIT;
    }
    Map<String, Object> alarms = (Map<String, Object>) value;
    return new AlarmSettings(!Boolean.FALSE.equals(alarms.get("enabled")),
        alarm(map(alarms, "errors"), "threshold"), alarm(map(alarms, "throttles"), "threshold"),
        alarm(map(alarms, "duration"), "threshold_pct"), string(alarms, "sns_topic_arn", null), null);
  }

  private static AlarmSettings.Alarm alarm(Map<String, Object> alarm, String threshold) {
    return new AlarmSettings.Alarm(alarm.get(threshold) instanceof Number number ? number.doubleValue() : null,
        alarm.get("period") == null ? null : integer(alarm, "period", 0));
  }

  /** {@code deployment}: {@code true} for the defaults, a mapping (on unless {@code enabled: false}). */
  @SuppressWarnings("unchecked")
  private static DeploymentSettings deployment(Object value) {
    if (value instanceof Boolean on) {
      return on ? new DeploymentSettings(true, null, null, null, null, null) : DeploymentSettings.INHERIT;
    }
    if (!(value instanceof Map)) {
      return DeploymentSettings.INHERIT;
    }
    Map<String, Object> deployment = (Map<String, Object>) value;
    return new DeploymentSettings(!Boolean.FALSE.equals(deployment.get("enabled")),
        string(deployment, "alias", null), string(deployment, "type", null), null, null, null);
  }

  /** {@code tracing: true} is Active; a string is kept for validation; false or absent is none. */
  private static String tracing(Object value) {
    if (value instanceof Boolean flag) {
      return flag ? "Active" : null;
    }
    return value == null ? null : value.toString();
  }

  /** The name of the directory holding the file, as a project name. */
  private static String defaultName(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    String name = dir == null || dir.getFileName() == null ? "app" : dir.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof Map ? (Map<String, Object>) value : Collections.emptyMap();
  }

  private static String string(Map<String, Object> map, String key, String fallback) {
    Object value = map.get(key);
    return value == null ? fallback : value.toString();
  }

  private static int integer(Map<String, Object> map, String key, int fallback) {
    Object value = map.get(key);
    if (!(value instanceof Long number)) {
      return fallback;
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
  }

  /** A list of strings, a single string, or nothing, as a list. */
  private static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element != null) {
          result.add(element.toString());
        }
      }
    } else if (value != null) {
      for (String part : value.toString().split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return Collections.unmodifiableList(result);
  }

  private static Map<String, String> stringMap(Object value) {
    Map<String, String> result = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        result.put(entry.getKey().toString(), entry.getValue() == null ? "" : entry.getValue().toString());
      }
    }
    return Collections.unmodifiableMap(result);
  }
}
