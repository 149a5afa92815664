package dev.deployless.processor.validation;

import dev.deployless.processor.config.ProjectConfig;
import dev.deployless.processor.diagnostic.Diagnostic;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.Feature;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Resource;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Route;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Standalone;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The rules on one feature: its settings, routes, crons and lambda functions. */
public final class FeatureRules {
  private FeatureRules() {}

  /** The codes of one kind of function's memory and timeout rules. */
  private record Codes(Diagnostic memory, Diagnostic timeout) {}

  private static final Codes FUNCTION = new Codes(Diagnostic.E05, Diagnostic.E06);
  private static final Codes CRON = new Codes(Diagnostic.E09, Diagnostic.E10);
  private static final Codes LAMBDA = new Codes(Diagnostic.E25, Diagnostic.E26);

  public static void check(Feature feature, ProjectConfig config, Report report) {
    Source source = feature.source();
    if (!feature.name().matches("[A-Za-z][A-Za-z0-9_-]*")) {
      report.report(Diagnostic.E61, source.at("name"), feature.name());
    }
    if (feature.routes().isEmpty() && feature.jobs().isEmpty() && feature.standalones().isEmpty()) {
      report.report(Diagnostic.E07, source.annotation(), feature.name());
    }
    settings(feature.settings(), source, FUNCTION, report);
    featureOnly(feature.settings(), source, report);
    suspicious(feature, config, report);
    for (Route route : feature.routes()) {
      route(route, config, report);
    }
    for (Job job : feature.jobs()) {
      settings(job.settings(), job.source(), CRON, report);
      job(job, report);
    }
    for (Standalone standalone : feature.standalones()) {
      settings(standalone.settings(), standalone.source(), LAMBDA, report);
    }
    resources(feature, report);
  }

  /** The feature's own declarations (E00, E30, E79), links used twice (E77) and policies (E80). */
  private static void resources(Feature feature, Report report) {
    for (Resource resource : feature.declared()) {
      ResourceRules.check(resource, report);
    }
    Set<String> linked = new HashSet<>();
    for (ResourceLink link : feature.links()) {
      if (!linked.add(link.name())) {
        report.report(Diagnostic.E77, link.source().at("name"), link.name(),
            "used twice by feature '" + feature.name() + "'; keep one @Resource(name = \"" + link.name()
                + "\")");
      }
    }
    for (ExtraPolicy policy : feature.policies()) {
      String problem = null;
      if (policy.isManaged() == !policy.actions().isEmpty()) {
        problem = "sets " + (policy.isManaged() ? "both managed and actions" : "neither managed nor actions")
            + "; a policy is a managed policy or a statement";
      } else if (!policy.isManaged() && policy.resources().isEmpty()) {
        problem = "allows " + policy.actions() + " on no resources; list resource names, ARNs or \"*\"";
      } else if (policy.isManaged() && !policy.resources().isEmpty()) {
        problem = "managed = \"" + policy.managed() + "\" takes no resources";
      } else {
        for (String action : policy.actions()) {
          if (!action.matches("[a-z0-9-]+:[A-Za-z0-9*]+")) {
            problem = "action '" + action + "' is not service:Action (such as kms:Sign)";
            break;
          }
        }
      }
      if (problem != null) {
        report.report(Diagnostic.E80, policy.source().annotation(), problem);
      }
    }
  }

  /** Memory, timeout, description and variables, which every function annotation may set. */
  private static void settings(Settings settings, Source source, Codes codes, Report report) {
    OptionalInt memory = settings.memory();
    if (memory.isPresent() && (memory.getAsInt() < Limits.MIN_MEMORY || memory.getAsInt() > Limits.MAX_MEMORY)) {
      report.report(codes.memory(), source.at("memory"), memory.getAsInt());
    }
    OptionalInt timeout = settings.timeout();
    if (timeout.isPresent()
        && (timeout.getAsInt() < Limits.MIN_TIMEOUT || timeout.getAsInt() > Limits.MAX_TIMEOUT)) {
      report.report(codes.timeout(), source.at("timeout"), timeout.getAsInt());
    }
    if (settings.description().isPresent()
        && settings.description().get().length() > Limits.MAX_DESCRIPTION) {
      report.report(Diagnostic.E67, source.at("description"), settings.description().get().length());
    }
    Set<String> names = new HashSet<>();
    for (EnvVar variable : settings.env()) {
      String problem = Limits.variableProblem(variable.name());
      if (problem == null && !names.add(variable.name())) {
        problem = "is set twice";
      }
      if (problem != null) {
        report.report(Diagnostic.E66, variable.source().at("name"), variable.name(), problem);
      } else if (!variable.ssm().isEmpty()) {
        ssmReference(variable, report);
      }
    }
  }

  private static void ssmReference(EnvVar variable, Report report) {
    if (!variable.value().isEmpty()) {
      report.report(Diagnostic.E66, variable.source().at("ssm"), variable.name(),
          "sets both value and ssm; keep one");
    } else if (!variable.ssm().matches("/[A-Za-z0-9_.\\-/]+")) {
      report.report(Diagnostic.E66, variable.source().at("ssm"), variable.name(),
          "names SSM parameter '" + variable.ssm() + "'; a parameter name is a path such as /prod/db/host");
    } else if (variable.version() == 0 || variable.version() < -1) {
      report.report(Diagnostic.E66, variable.source().at("version"), variable.name(),
          "pins SSM parameter version " + variable.version() + "; versions count from 1");
    } else if (variable.secure()) {
      report.report(Diagnostic.E66, variable.source().at("secure"), variable.name(),
          "cannot resolve a SecureString: CloudFormation rejects {{resolve:ssm-secure:...}} in Lambda"
              + " environment variables; declare the parameter as @Resource(ssmParameter = @SsmParameter("
              + "name = \"" + variable.ssm() + "\", type = SECURE_STRING, existing = true)) and read it"
              + " with the SDK");
    }
  }

  /**
   * Valid settings that probably do not do what was meant: warnings. A timeout is questioned only
   * where an annotation sets it (the default of 30 seconds is the Python tool's).
   */
  private static void suspicious(Feature feature, ProjectConfig config, Report report) {
    for (Function function : feature.functions()) {
      if (function.kind() != Function.Kind.API) {
        continue;
      }
      Route first = function.routes().get(0);
      int timeout = function.settings().timeout().orElse(config.globals().timeout());
      if (timeout <= API_GATEWAY_TIMEOUT) {
        continue;
      }
      if (first.split() && first.settings().timeout().isPresent()) {
        report.report(Diagnostic.W04, first.source().at("timeout"), function.logicalId(), timeout);
      } else if (feature.settings().timeout().isPresent()) {
        report.report(Diagnostic.W04, feature.source().at("timeout"), function.logicalId(), timeout);
      }
    }
    boolean asynchronous = !feature.jobs().isEmpty() || !feature.standalones().isEmpty();
    if (feature.settings().dlq() && !asynchronous) {
      report.report(Diagnostic.W05, feature.source().at("dlq"), "feature '" + feature.name() + "'");
    }
  }

  /** API Gateway's maximum integration timeout for REST APIs, in seconds. */
  private static final int API_GATEWAY_TIMEOUT = 29;

  /** The settings only {@code @Feature} has. */
  private static void featureOnly(Settings settings, Source source, Report report) {
    settings.ephemeralStorage().ifPresent(size -> {
      if (size < Limits.MIN_EPHEMERAL_STORAGE || size > Limits.MAX_EPHEMERAL_STORAGE) {
        report.report(Diagnostic.E19, source.at("ephemeralStorage"), size);
      }
    });
    settings.reservedConcurrency().ifPresent(reserved -> {
      if (reserved < 0) {
        report.report(Diagnostic.E20, source.at("reservedConcurrency"), reserved);
      }
    });
    settings.provisionedConcurrency().ifPresent(provisioned -> {
      if (provisioned < 1) {
        report.report(Diagnostic.E21, source.at("provisionedConcurrency"), provisioned);
      }
    });
    if (settings.provisionedConcurrency().isPresent() && settings.reservedConcurrency().isPresent()
        && settings.provisionedConcurrency().getAsInt() > settings.reservedConcurrency().getAsInt()) {
      report.report(Diagnostic.E74, source.at("provisionedConcurrency"),
          settings.provisionedConcurrency().getAsInt(), settings.reservedConcurrency().getAsInt());
    }
    settings.logRetention().ifPresent(days -> {
      if (!Limits.LOG_RETENTION_DAYS.contains(days)) {
        report.report(Diagnostic.E22, source.at("logRetention"), Limits.LOG_RETENTION_DAYS, days);
      }
    });
    for (String layer : settings.layers()) {
      if (!layer.matches("arn:[a-zA-Z0-9-]+:lambda:[a-z0-9-]+:[0-9]{12}:layer:[a-zA-Z0-9-_]+:[0-9]+")) {
        report.report(Diagnostic.E63, source.at("layers"), layer);
      }
    }
  }

  private static void route(Route route, ProjectConfig config, Report report) {
    if (route.split()) {
      settings(route.settings(), route.source(), FUNCTION, report);
    }
    PathTemplate template;
    try {
      template = PathTemplate.parse(route.path());
    } catch (IllegalArgumentException e) {
      report.report(Diagnostic.E43, route.source().at("path"), route.path(), e.getMessage());
      return;
    }
    List<String> bound = new ArrayList<>();
    for (Parameter parameter : route.parameters()) {
      if (parameter instanceof Parameter.PathParameter path) {
        bound.add(path.name());
        if (!template.variables().contains(path.name())) {
          report.report(Diagnostic.E42, path.source().at("value"), path.name(), route.path(),
              Suggestions.didYouMean(path.name(), template.variables()));
        }
      }
    }
    for (String variable : template.variables()) {
      if (!bound.contains(variable)) {
        report.report(Diagnostic.E41, route.source().at("path"), variable, route.path(), variable,
            route.javaMethod() + "()");
      }
    }
    if (returnsBinary(route.result()) && config.api().binaryMediaTypes().isEmpty()) {
      report.report(Diagnostic.W02, route.source().annotation(), route.javaMethod() + "()");
    }
  }

  private static boolean returnsBinary(Result result) {
    if (result instanceof Result.Maybe maybe) {
      return returnsBinary(maybe.present());
    }
    if (result instanceof Result.Full full) {
      return returnsBinary(full.body());
    }
    return result instanceof Result.Binary;
  }

  private static void job(Job job, Report report) {
    if (job.schedules().isEmpty()) {
      report.report(Diagnostic.E08, job.source().at("schedule"), "",
          "give at least one rate(...) or cron(...) expression");
    }
    for (String schedule : job.schedules()) {
      String problem = ScheduleExpression.problem(schedule.trim());
      if (problem != null) {
        report.report(Diagnostic.E08, job.source().at("schedule"), schedule, problem);
      }
    }
    if (job.input().isPresent()) {
      try {
        JsonReader reader = JsonReader.of(job.input().get());
        reader.skipValue();
        reader.endDocument();
      } catch (JsonException e) {
        report.report(Diagnostic.E62, job.source().at("input"), e.getMessage());
      }
    }
  }
}
