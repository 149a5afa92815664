package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.Result;
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

/** The rules on one feature: its settings, routes, crons, lambda and triggered functions. */
public final class FeatureRules {
  private FeatureRules() {}

  /** The messages of one kind of function's memory and timeout rules. */
  private record Codes(Message memory, Message timeout) {}

  private static final Codes FUNCTION = new Codes(Message.E05, Message.E06);
  private static final Codes CRON = new Codes(Message.E09, Message.E10);
  private static final Codes LAMBDA = new Codes(Message.E25, Message.E26);

  public static void check(FeatureClass feature, Project project, Report report) {
    Source source = feature.source();
    if (!feature.name().matches("[A-Za-z][A-Za-z0-9_-]*")) {
      report.add(Message.E61, source.at("name"), feature.name());
    }
    if (feature.routes().isEmpty() && feature.jobs().isEmpty() && feature.standalones().isEmpty()
        && feature.listeners().isEmpty()) {
      report.add(Message.E07, source.annotation(), feature.name());
    }
    settings(feature.settings(), source, FUNCTION, report);
    featureOnly(feature.settings(), source, report);
    suspicious(feature, project, report);
    for (Endpoint route : feature.routes()) {
      route(route, project, report);
    }
    for (Job job : feature.jobs()) {
      settings(job.settings(), job.source(), CRON, report);
      job(job, report);
    }
    for (Standalone standalone : feature.standalones()) {
      settings(standalone.settings(), standalone.source(), LAMBDA, report);
    }
    for (Listener listener : feature.listeners()) {
      settings(listener.settings(), listener.source(), FUNCTION, report);
      TriggerSettings.check(listener, report);
    }
    FunctionLinkRules.checkFeature(feature, report);
    ApiAccessRules.overrides(feature, project, report);
    ProductionRules.feature(feature, project, report);
    DeployLimits.environment(feature, project, report);
  }

  /**
   * The feature's own declarations (E00, E30, E79), links used twice (E77) and policies (E80): what
   * its resources class is generated from, checked apart from the rest of the feature ({@link #check}).
   */
  public static void resources(FeatureClass feature, Report report) {
    for (AwsResource resource : feature.declared()) {
      ResourceRules.check(resource, report);
    }
    Set<String> linked = new HashSet<>();
    for (ResourceLink link : feature.links()) {
      if (!linked.add(link.name())) {
        report.add(Message.E77_USED_TWICE, link.source().at("name"), link.name(), feature.name());
      }
    }
    for (ExtraPolicy policy : feature.policies()) {
      Finding problem = policyProblem(policy);
      if (problem != null) {
        report.add(problem, policy.source().annotation());
      }
    }
  }

  /** What is wrong with an extra policy (E80), or null. */
  private static Finding policyProblem(ExtraPolicy policy) {
    if (policy.isManaged() == !policy.actions().isEmpty()) {
      return Finding.of(policy.isManaged() ? Message.E80_BOTH : Message.E80_NEITHER);
    }
    if (!policy.isManaged() && policy.resources().isEmpty()) {
      return Finding.of(Message.E80_NO_RESOURCES, policy.actions());
    }
    if (policy.isManaged() && !policy.resources().isEmpty()) {
      return Finding.of(Message.E80_MANAGED_RESOURCES, policy.managed());
    }
    for (String action : policy.actions()) {
      if (!action.matches("[a-z0-9-]+:[A-Za-z0-9*]+")) {
        return Finding.of(Message.E80_ACTION, action);
      }
    }
    return null;
  }

  /** Memory, timeout, description and variables, which every function annotation may set. */
  private static void settings(Settings settings, Source source, Codes codes, Report report) {
    OptionalInt memory = settings.memory();
    if (memory.isPresent() && (memory.getAsInt() < Limits.MIN_MEMORY || memory.getAsInt() > Limits.MAX_MEMORY)) {
      report.add(codes.memory(), source.at("memory"), memory.getAsInt());
    }
    OptionalInt timeout = settings.timeout();
    if (timeout.isPresent()
        && (timeout.getAsInt() < Limits.MIN_TIMEOUT || timeout.getAsInt() > Limits.MAX_TIMEOUT)) {
      report.add(codes.timeout(), source.at("timeout"), timeout.getAsInt());
    }
    if (settings.description().isPresent()
        && settings.description().get().length() > Limits.MAX_DESCRIPTION) {
      report.add(Message.E67, source.at("description"), settings.description().get().length());
    }
    Set<String> names = new HashSet<>();
    for (EnvVar variable : settings.env()) {
      Finding problem = Limits.variableProblem(variable.name());
      if (problem == null && !names.add(variable.name())) {
        problem = Finding.of(Message.E66_TWICE, variable.name());
      }
      if (problem != null) {
        report.add(problem, variable.source().at("name"));
      } else if (!variable.ssm().isEmpty()) {
        ssmReference(variable, report);
      }
    }
  }

  private static void ssmReference(EnvVar variable, Report report) {
    if (!variable.value().isEmpty()) {
      report.add(Message.E66_VALUE_AND_SSM, variable.source().at("ssm"), variable.name());
    } else if (!variable.ssm().matches("/[A-Za-z0-9_.\\-/]+")) {
      report.add(Message.E66_SSM_NAME, variable.source().at("ssm"), variable.name(), variable.ssm());
    } else if (variable.version() == 0 || variable.version() < -1) {
      report.add(Message.E66_SSM_VERSION, variable.source().at("version"), variable.name(),
          variable.version());
    } else if (variable.secure()) {
      report.add(Message.E66_SECURE, variable.source().at("secure"), variable.name(), variable.ssm());
    }
  }

  /**
   * Valid settings that probably do not do what was meant: warnings. A timeout is questioned only
   * where an annotation sets it (the default of 30 seconds is the Python tool's).
   */
  private static void suspicious(FeatureClass feature, Project project, Report report) {
    for (Function function : feature.functions()) {
      if (function.kind() != Function.Kind.API) {
        continue;
      }
      Endpoint first = function.routes().get(0);
      int timeout = function.settings().timeout().orElse(project.globals().timeout());
      if (timeout <= API_GATEWAY_TIMEOUT) {
        continue;
      }
      if (first.split() && first.settings().timeout().isPresent()) {
        report.add(Message.W04, first.source().at("timeout"), function.logicalId(), timeout);
      } else if (feature.settings().timeout().isPresent()) {
        report.add(Message.W04, feature.source().at("timeout"), function.logicalId(), timeout);
      }
    }
    boolean asynchronous = !feature.jobs().isEmpty() || !feature.standalones().isEmpty()
        || feature.listeners().stream().anyMatch(listener -> listener.trigger().asynchronous());
    if (feature.settings().dlq() && !asynchronous) {
      report.add(Message.W05, feature.source().at("dlq"), feature.name());
    }
  }

  /** API Gateway's maximum integration timeout for REST APIs, in seconds. */
  private static final int API_GATEWAY_TIMEOUT = 29;

  /** The settings only {@code @Feature} has. */
  private static void featureOnly(Settings settings, Source source, Report report) {
    settings.ephemeralStorage().ifPresent(size -> {
      if (size < Limits.MIN_EPHEMERAL_STORAGE || size > Limits.MAX_EPHEMERAL_STORAGE) {
        report.add(Message.E19, source.at("ephemeralStorage"), size);
      }
    });
    settings.reservedConcurrency().ifPresent(reserved -> {
      if (reserved < 0) {
        report.add(Message.E20, source.at("reservedConcurrency"), reserved);
      }
    });
    settings.provisionedConcurrency().ifPresent(provisioned -> {
      if (provisioned < 1) {
        report.add(Message.E21, source.at("provisionedConcurrency"), provisioned);
      }
    });
    if (settings.provisionedConcurrency().isPresent() && settings.reservedConcurrency().isPresent()
        && settings.provisionedConcurrency().getAsInt() > settings.reservedConcurrency().getAsInt()) {
      report.add(Message.E74, source.at("provisionedConcurrency"),
          settings.provisionedConcurrency().getAsInt(), settings.reservedConcurrency().getAsInt());
    }
    settings.logRetention().ifPresent(days -> {
      if (!Limits.LOG_RETENTION_DAYS.contains(days)) {
        report.add(Message.E22, source.at("logRetention"), Limits.LOG_RETENTION_DAYS, days);
      }
    });
    for (String layer : settings.layers()) {
      if (!layer.matches("arn:[a-zA-Z0-9-]+:lambda:[a-z0-9-]+:[0-9]{12}:layer:[a-zA-Z0-9-_]+:[0-9]+")) {
        report.add(Message.E63, source.at("layers"), layer);
      }
    }
  }

  private static void route(Endpoint route, Project project, Report report) {
    if (route.split()) {
      settings(route.settings(), route.source(), FUNCTION, report);
    }
    PathTemplate template;
    try {
      template = PathTemplate.parse(route.path());
    } catch (PathTemplate.Invalid e) {
      report.add(e.finding(), route.source().at("path"));
      return;
    }
    List<String> bound = new ArrayList<>();
    for (Parameter parameter : route.parameters()) {
      if (parameter instanceof Parameter.PathParameter path) {
        bound.add(path.name());
        if (!template.variables().contains(path.name())) {
          report.add(Message.E42, path.source().at("value"), path.name(), route.path(),
              Suggestions.didYouMean(path.name(), template.variables()));
        }
      }
    }
    for (String variable : template.variables()) {
      if (!bound.contains(variable)) {
        report.add(Message.E41, route.source().at("path"), variable, route.path(), route.javaMethod());
      }
    }
    if (returnsBinary(route.result()) && project.api().binaryMediaTypes().isEmpty()) {
      report.add(Message.W02, route.source().annotation(), route.javaMethod());
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
      report.add(Message.E08_EMPTY, job.source().at("schedule"));
    }
    for (String schedule : job.schedules()) {
      Finding problem = ScheduleExpression.problem(schedule);
      if (problem != null) {
        report.add(problem, job.source().at("schedule"));
      }
    }
    if (job.input().isPresent()) {
      try {
        JsonReader reader = JsonReader.of(job.input().get());
        reader.skipValue();
        reader.endDocument();
      } catch (JsonException e) {
        report.add(Message.E62, job.source().at("input"), e.getMessage());
      }
    }
  }
}
