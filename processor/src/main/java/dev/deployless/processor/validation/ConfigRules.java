package dev.deployless.processor.validation;

import dev.deployless.processor.config.ProjectConfig;
import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import java.util.List;
import java.util.Map;

/** The rules on the values of {@code deployless.yaml}. */
public final class ConfigRules {
  /** Keys of the Python tool's schema this version does not implement yet. */
  private static final List<String> NOT_YET = List.of("api.auth", "api.api_keys", "api.usage_plan",
      "api.usage_plans", "api.domain", "alarms");

  private ConfigRules() {}

  public static void check(ProjectConfig config, Report report) {
    if (!config.name().matches("[A-Za-z][A-Za-z0-9-]{0,99}")) {
      report.add(Message.E60, config.at("name"), config.name());
    }
    if (!config.provider().equals("aws")) {
      report.add(Message.E59, config.at("provider"), config.provider());
    }
    if (!config.stage().matches("[A-Za-z0-9]+")) {
      if (config.stageFromOption()) {
        report.add(Message.E01_OPTION, Location.NOWHERE, config.stage());
      } else {
        report.add(Message.E01, config.at("stage"), config.stage());
      }
    }
    ProjectConfig.Globals globals = config.globals();
    if (!Limits.RUNTIMES.contains(globals.runtime())) {
      report.add(Message.E58, config.at("globals.runtime"), String.join(", ", Limits.RUNTIMES),
          globals.runtime());
    }
    if (globals.memory() < Limits.MIN_MEMORY || globals.memory() > Limits.MAX_MEMORY) {
      report.add(Message.E05, config.at("globals.memory"), globals.memory());
    }
    if (globals.timeout() < Limits.MIN_TIMEOUT || globals.timeout() > Limits.MAX_TIMEOUT) {
      report.add(Message.E06, config.at("globals.timeout"), globals.timeout());
    }
    if (!Limits.LOG_RETENTION_DAYS.contains(globals.logRetention())) {
      report.add(Message.E03, config.at("globals.log_retention"), Limits.LOG_RETENTION_DAYS,
          globals.logRetention());
    }
    oneOf(config, report, "globals.architecture", globals.architecture(), List.of("x86_64", "arm64"));
    oneOf(config, report, "globals.tracing", globals.tracing(), List.of("Active", "PassThrough"));
    api(config, report);
    for (Map.Entry<String, String> variable : config.env().entrySet()) {
      Finding problem = Limits.variableProblem(variable.getKey());
      if (problem != null) {
        report.add(problem, config.at("env." + variable.getKey()));
      }
    }
    envFile(config, report);
    if (config.has("paths")) {
      report.add(Message.W03, config.at("paths"));
    }
    for (String key : NOT_YET) {
      if (config.has(key)) {
        report.add(Message.E70, config.at(key), key);
      }
    }
  }

  /** E27 (missing file), E66 (bad names) and E28 (empty secrets) of the env file; E29 of secrets_kms. */
  private static void envFile(ProjectConfig config, Report report) {
    ProjectConfig.EnvFile file = config.envFile();
    if (file != null && !file.exists()) {
      report.add(Message.E27, config.at("env_file"), file.declared(), file.path());
    } else if (file != null) {
      for (ProjectConfig.EnvFileEntry entry : file.entries()) {
        Location at = new Location.InFile(file.path(), entry.line(), 1);
        Finding problem = Limits.variableProblem(entry.name());
        if (problem != null) {
          report.add(problem, at);
        } else if (entry.secret() && entry.value().isEmpty()) {
          report.add(Message.E28, at, entry.name(), file.declared());
        }
      }
    }
    String kms = config.secretsKms();
    if (kms != null && !kms.matches("(alias/)?[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/[A-Za-z0-9/_-]+")) {
      report.add(Message.E29, config.at("secrets_kms"), kms);
    }
  }

  private static void api(ProjectConfig config, Report report) {
    ProjectConfig.Api api = config.api();
    List<String> endpointTypes = List.of("REGIONAL", "EDGE", "PRIVATE");
    if (!endpointTypes.contains(api.endpointType())) {
      report.add(Message.E02, config.at("api.endpoint_type"), api.endpointType(),
          Suggestions.didYouMean(api.endpointType(), endpointTypes));
    }
    Integer compression = api.minimumCompressionSize();
    if (compression != null && (compression < 0 || compression > Limits.MAX_COMPRESSION_SIZE)) {
      report.add(Message.E18, config.at("api.minimum_compression_size"), compression);
    }
    ProjectConfig.Cors cors = api.cors();
    if (cors != null && cors.allowCredentials() && cors.allowOrigins().contains("*")) {
      report.add(Message.E04, config.at("api.cors.allow_credentials"));
    }
    if (cors != null && cors.maxAge() != null && cors.maxAge() < 0) {
      report.add(Message.E69_MAX_AGE, config.at("api.cors.max_age"), cors.maxAge());
    }
  }

  private static void oneOf(ProjectConfig config, Report report, String key, String value,
      List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      report.add(Message.E69_ONE_OF, config.at(key), key, String.join(" or ", allowed), value,
          Suggestions.didYouMean(value, allowed));
    }
  }
}
