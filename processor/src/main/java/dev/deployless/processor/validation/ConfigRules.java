package dev.deployless.processor.validation;

import dev.deployless.processor.config.ProjectConfig;
import dev.deployless.processor.diagnostic.Diagnostic;
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
      report.report(Diagnostic.E60, config.at("name"), config.name());
    }
    if (!config.provider().equals("aws")) {
      report.report(Diagnostic.E59, config.at("provider"), config.provider());
    }
    if (!config.stage().matches("[A-Za-z0-9]+")) {
      report.report(Diagnostic.E01, config.stageFromOption() ? Location.NOWHERE : config.at("stage"),
          config.stage(), config.stageFromOption() ? " (from -Adeployless.stage)" : "");
    }
    ProjectConfig.Globals globals = config.globals();
    if (!Limits.RUNTIMES.contains(globals.runtime())) {
      report.report(Diagnostic.E58, config.at("globals.runtime"), String.join(", ", Limits.RUNTIMES),
          globals.runtime());
    }
    if (globals.memory() < Limits.MIN_MEMORY || globals.memory() > Limits.MAX_MEMORY) {
      report.report(Diagnostic.E05, config.at("globals.memory"), globals.memory());
    }
    if (globals.timeout() < Limits.MIN_TIMEOUT || globals.timeout() > Limits.MAX_TIMEOUT) {
      report.report(Diagnostic.E06, config.at("globals.timeout"), globals.timeout());
    }
    if (!Limits.LOG_RETENTION_DAYS.contains(globals.logRetention())) {
      report.report(Diagnostic.E03, config.at("globals.log_retention"), Limits.LOG_RETENTION_DAYS,
          globals.logRetention());
    }
    oneOf(config, report, "globals.architecture", globals.architecture(), List.of("x86_64", "arm64"));
    oneOf(config, report, "globals.tracing", globals.tracing(), List.of("Active", "PassThrough"));
    api(config, report);
    for (Map.Entry<String, String> variable : config.env().entrySet()) {
      String problem = Limits.variableProblem(variable.getKey());
      if (problem != null) {
        report.report(Diagnostic.E66, config.at("env." + variable.getKey()), variable.getKey(), problem);
      }
    }
    envFile(config, report);
    if (config.has("paths")) {
      report.report(Diagnostic.W03, config.at("paths"), "paths",
          "features are the @Feature classes being compiled");
    }
    for (String key : NOT_YET) {
      if (config.has(key)) {
        report.report(Diagnostic.E70, config.at(key), key,
            "remove it, or the template would silently lack it");
      }
    }
  }

  /** E27 (missing file), E66 (bad names) and E28 (empty secrets) of the env file; E29 of secrets_kms. */
  private static void envFile(ProjectConfig config, Report report) {
    ProjectConfig.EnvFile file = config.envFile();
    if (file != null && !file.exists()) {
      report.report(Diagnostic.E27, config.at("env_file"), file.declared(), file.path());
    } else if (file != null) {
      for (ProjectConfig.EnvFileEntry entry : file.entries()) {
        Location at = new Location.InFile(file.path(), entry.line(), 1);
        String problem = Limits.variableProblem(entry.name());
        if (problem != null) {
          report.report(Diagnostic.E66, at, entry.name(), problem);
        } else if (entry.secret() && entry.value().isEmpty()) {
          report.report(Diagnostic.E28, at, entry.name(), file.declared());
        }
      }
    }
    String kms = config.secretsKms();
    if (kms != null && !kms.matches("(alias/)?[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/[A-Za-z0-9/_-]+")) {
      report.report(Diagnostic.E29, config.at("secrets_kms"), kms);
    }
  }

  private static void api(ProjectConfig config, Report report) {
    ProjectConfig.Api api = config.api();
    List<String> endpointTypes = List.of("REGIONAL", "EDGE", "PRIVATE");
    if (!endpointTypes.contains(api.endpointType())) {
      report.report(Diagnostic.E02, config.at("api.endpoint_type"), api.endpointType(),
          Suggestions.didYouMean(api.endpointType(), endpointTypes));
    }
    Integer compression = api.minimumCompressionSize();
    if (compression != null && (compression < 0 || compression > Limits.MAX_COMPRESSION_SIZE)) {
      report.report(Diagnostic.E18, config.at("api.minimum_compression_size"), compression);
    }
    ProjectConfig.Cors cors = api.cors();
    if (cors != null && cors.allowCredentials() && cors.allowOrigins().contains("*")) {
      report.report(Diagnostic.E04, config.at("api.cors.allow_credentials"));
    }
    if (cors != null && cors.maxAge() != null && cors.maxAge() < 0) {
      report.report(Diagnostic.E69, config.at("api.cors.max_age"), "api.cors.max_age",
          "a number of seconds >= 0", cors.maxAge(), "");
    }
  }

  private static void oneOf(ProjectConfig config, Report report, String key, String value,
      List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      report.report(Diagnostic.E69, config.at(key), key, String.join(" or ", allowed), value,
          Suggestions.didYouMean(value, allowed));
    }
  }
}
