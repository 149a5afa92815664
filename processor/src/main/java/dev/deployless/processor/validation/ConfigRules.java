package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.Project;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rules on the values of {@code deployless.yaml}. */
public final class ConfigRules {
  private ConfigRules() {}

  public static void check(Project project, Report report) {
    if (!project.name().matches("[A-Za-z][A-Za-z0-9-]{0,99}")) {
      report.add(Message.E60, project.at("name"), project.name());
    }
    if (!project.provider().equals("aws")) {
      report.add(Message.E59, project.at("provider"), project.provider());
    }
    if (project.stage().length() > DeployLimits.MAX_STAGE) {
      report.add(Message.E01_LENGTH, project.stageFromOption() ? Location.NOWHERE : project.at("stage"),
          project.stage().length(), DeployLimits.MAX_STAGE);
    } else if (!project.stage().matches("[A-Za-z0-9]+")) {
      if (project.stageFromOption()) {
        report.add(Message.E01_OPTION, Location.NOWHERE, project.stage());
      } else {
        report.add(Message.E01, project.at("stage"), project.stage());
      }
    } else if (project.stageInNames() && !project.stage().equals(project.stage().toLowerCase(Locale.ROOT))) {
      report.add(Message.E01_IN_NAMES, project.stageFromOption() ? Location.NOWHERE : project.at("stage"),
          project.stage());
    }
    Project.Globals globals = project.globals();
    Limits.Deprecated deprecated = Limits.DEPRECATED_RUNTIMES.get(globals.runtime());
    if (deprecated != null) {
      report.add(Message.E58_DEPRECATED, project.at("globals.runtime"), globals.runtime(), deprecated.createBlock(),
          deprecated.updateBlock(), String.join(" or ", Limits.RUNTIMES));
    } else if (!Limits.RUNTIMES.contains(globals.runtime())) {
      report.add(Message.E58, project.at("globals.runtime"), String.join(", ", Limits.RUNTIMES),
          globals.runtime());
    }
    if (globals.memory() < Limits.MIN_MEMORY || globals.memory() > Limits.MAX_MEMORY) {
      report.add(Message.E05, project.at("globals.memory"), globals.memory());
    }
    if (globals.timeout() < Limits.MIN_TIMEOUT || globals.timeout() > Limits.MAX_TIMEOUT) {
      report.add(Message.E06, project.at("globals.timeout"), globals.timeout());
    }
    if (!Limits.LOG_RETENTION_DAYS.contains(globals.logRetention())) {
      report.add(Message.E03, project.at("globals.log_retention"), Limits.LOG_RETENTION_DAYS,
          globals.logRetention());
    }
    oneOf(project, report, "globals.architecture", globals.architecture(), List.of("x86_64", "arm64"));
    oneOf(project, report, "globals.tracing", globals.tracing(), List.of("Active", "PassThrough"));
    api(project, report);
    for (Map.Entry<String, String> variable : project.env().entrySet()) {
      Finding problem = Limits.variableProblem(variable.getKey());
      if (problem != null) {
        report.add(problem, project.at("env." + variable.getKey()));
      }
    }
    envFile(project, report);
    ProductionRules.project(project, report);
    DeployLimits.tags(project, report);
    DeployLimits.environment(project, report);
    if (project.has("paths")) {
      report.add(Message.W03, project.at("paths"));
    }
  }

  /** E27 (missing file), E66 (bad names) and E28 (empty secrets) of the env file; E29 of secrets_kms. */
  private static void envFile(Project project, Report report) {
    Project.EnvFile file = project.envFile();
    if (file != null && file.problem() != null) {
      Location at = project.at("env_file");
      switch (file.problem()) {
        case MISSING -> report.add(Message.E27, at, file.declared(), file.path());
        case DIRECTORY -> report.add(Message.E27_DIRECTORY, at, file.declared(), file.path());
        case NOT_REGULAR_FILE -> report.add(Message.E27_NOT_FILE, at, file.declared(), file.path());
        case TOO_LARGE -> report.add(Message.E27_TOO_LARGE, at, file.declared(), Project.MAX_FILE_BYTES,
            file.path());
        case UNREADABLE -> report.add(Message.E27_UNREADABLE, at, file.declared(), file.path(), file.error());
      }
    } else if (file != null) {
      for (Project.EnvFileEntry entry : file.entries()) {
        Location at = new Location.InFile(file.path(), entry.line(), 1);
        Finding problem = Limits.variableProblem(entry.name());
        if (problem != null) {
          report.add(problem, at);
        } else if (entry.secret() && entry.value().isEmpty()) {
          report.add(Message.E28, at, entry.name(), file.declared());
        }
      }
    }
    String kms = project.secretsKms();
    if (kms != null && !kms.matches("(alias/)?[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/[A-Za-z0-9/_-]+")) {
      report.add(Message.E29, project.at("secrets_kms"), kms);
    }
  }

  private static void api(Project project, Report report) {
    Project.Api api = project.api();
    List<String> endpointTypes = List.of("REGIONAL", "EDGE", "PRIVATE");
    if (!endpointTypes.contains(api.endpointType())) {
      report.add(Message.E02, project.at("api.endpoint_type"), api.endpointType(),
          Suggestions.didYouMean(api.endpointType(), endpointTypes));
    }
    Integer compression = api.minimumCompressionSize();
    if (compression != null && (compression < 0 || compression > Limits.MAX_COMPRESSION_SIZE)) {
      report.add(Message.E18, project.at("api.minimum_compression_size"), compression);
    }
    Project.Cors cors = api.cors();
    if (cors != null && cors.allowCredentials() && cors.allowOrigins().contains("*")) {
      report.add(Message.E04, project.at("api.cors.allow_credentials"));
    }
    if (cors != null && cors.maxAge() != null && cors.maxAge() < 0) {
      report.add(Message.E69_MAX_AGE, project.at("api.cors.max_age"), cors.maxAge());
    }
    ApiAccessRules.check(project, report);
  }

  private static void oneOf(Project project, Report report, String key, String value,
      List<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      report.add(Message.E69_ONE_OF, project.at(key), key, String.join(" or ", allowed), value,
          Suggestions.didYouMean(value, allowed));
    }
  }
}
