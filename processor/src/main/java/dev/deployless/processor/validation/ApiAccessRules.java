package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.ApiKeys;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AuthMode;
import dev.deployless.processor.model.Authorizer;
import dev.deployless.processor.model.CustomDomain;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules on who may call the API and where: {@code api.auth} (E11–E13, E102), API keys and usage
 * plans (E14–E16, E34–E37, E103), the custom domain (E17, E104, W06), and the {@code auth} of
 * features and routes against what {@code deployless.yaml} configures (E100, E101).
 */
public final class ApiAccessRules {
  private static final String EDGE_REGION = "us-east-1";
  /** The longest time API Gateway caches an authorizer's answer, in seconds. */
  private static final int MAX_TTL = 3600;
  /** The characters of a key's or a plan's name: they go into {@code Fn::Sub} and logical IDs. */
  private static final String NAME = "[A-Za-z0-9._-]+";

  private ApiAccessRules() {}

  /** The rules on {@code api.auth}, {@code api.api_keys}, the usage plans and {@code api.domain}. */
  static void check(Project project, Report report) {
    auth(project, report);
    keys(project, report);
    domain(project, report);
  }

  private static void auth(Project project, Report report) {
    Authorizer auth = project.api().auth();
    if (auth == null) {
      return;
    }
    Location type = project.at(project.has("api.auth.type") ? "api.auth.type" : "api.auth");
    if (auth.type().isEmpty()) {
      report.add(Message.E11_MISSING, type);
      return;
    }
    if (!Authorizer.TYPES.contains(auth.type())) {
      report.add(Message.E11, type, auth.type(), Suggestions.didYouMean(auth.type(), Authorizer.TYPES));
      return;
    }
    if (auth.ttl() < 0 || auth.ttl() > MAX_TTL) {
      report.add(Message.E116, project.at("api.auth.ttl"), auth.ttl());
    }
    if (auth.type().equals(Authorizer.COGNITO) && auth.userPoolArn() == null) {
      report.add(Message.E12, project.at("api.auth"));
    }
    if (auth.type().equals(Authorizer.LAMBDA)) {
      if (auth.functionArn() == null && auth.function() == null) {
        report.add(Message.E13, project.at("api.auth"));
      } else if (auth.functionArn() != null && auth.function() != null) {
        report.add(Message.E102_BOTH, project.at("api.auth.function"));
      }
    } else {
      for (String key : List.of("function", "function_arn")) {
        if (project.has("api.auth." + key)) {
          report.add(Message.E102_TYPE, project.at("api.auth." + key), key, auth.type());
        }
      }
    }
  }

  private static void keys(Project project, Report report) {
    ApiKeys keys = project.api().keys();
    if (keys == null) {
      for (String key : List.of("api.usage_plan", "api.usage_plans")) {
        if (project.has(key)) {
          report.add(Message.E34, project.at(key), key);
        }
      }
      return;
    }
    if (!keys.listForm()) {
      if (project.has("api.usage_plans")) {
        report.add(Message.E103_NAMED_PLANS, project.at("api.usage_plans"));
      }
      if (keys.plan() != null) {
        simplePlan(keys.plan(), project, report);
      }
      return;
    }
    if (project.has("api.usage_plan")) {
      report.add(Message.E103_SIMPLE_PLAN, project.at("api.usage_plan"));
    }
    if (keys.keys().isEmpty()) {
      report.add(Message.E103_EMPTY, project.at("api.api_keys"));
    }
    for (ApiKeys.UsagePlan plan : keys.plans().values()) {
      if (!plan.name().matches(NAME)) {
        report.add(Message.E103_PLAN_NAME, project.at(plan.path()), plan.path(), plan.name());
      }
      if (plan.rate() == null || plan.burst() == null) {
        report.add(Message.E35, project.at(plan.path()), plan.name());
      } else if (plan.period() != null && !ApiKeys.UsagePlan.PERIODS.contains(plan.period())) {
        report.add(Message.E35_PERIOD, project.at(plan.path() + ".period"), plan.name(), plan.period());
      } else if (plan.quota() != null && plan.period() == null) {
        report.add(Message.E35_QUOTA, project.at(plan.path() + ".quota"), plan.name());
      }
    }
    // The logical IDs of plans and plan memberships, by the owner's description: two names may give one.
    Map<String, String> owners = new HashMap<>();
    if (keys.usesDefaultPlan()) {
      owners.put(ApiKeys.DEFAULT_PLAN, "the plan of the keys without one");
    }
    for (ApiKeys.UsagePlan plan : keys.plans().values()) {
      if (plan.name().matches(NAME)) {
        claim(ApiKeys.planId(plan.name()), "plan '" + plan.name() + "'", plan.path(), owners, project, report);
      }
    }
    Map<String, String> ids = new HashMap<>();
    for (ApiKeys.Key key : keys.keys()) {
      if (key.name() == null && key.existing() == null) {
        report.add(Message.E36, project.at(key.path()), key.path());
        continue;
      }
      if (key.name() != null && !key.name().matches(NAME)) {
        report.add(Message.E103_NAME, project.at(key.path() + ".name"), key.path(), key.name());
      } else if (ids.putIfAbsent(keys.keyId(key), key.path()) != null) {
        report.add(Message.E103_DUPLICATE, project.at(key.path()), key.path(), key.displayName(), keys.keyId(key));
      } else {
        claim(keys.planKeyId(key), "the plan membership of key '" + key.displayName() + "'", key.path(), owners,
            project, report);
      }
      if (key.plan() != null && !keys.plans().containsKey(key.plan())) {
        report.add(Message.E37, project.at(key.path() + ".plan"), key.path(), key.plan(),
            Suggestions.didYouMean(key.plan(), keys.plans().keySet()));
      }
    }
  }

  /**
   * E103 when {@code id}, the logical ID of {@code owner} (at {@code path}), is already another's; else
   * claims it.
   */
  private static void claim(String id, String owner, String path, Map<String, String> owners, Project project,
      Report report) {
    String other = owners.putIfAbsent(id, owner);
    if (other != null) {
      report.add(Message.E103_ID, project.at(path), path, owner, id, other);
    }
  }

  /** E14–E16 on the simple form's {@code usage_plan}. */
  private static void simplePlan(ApiKeys.UsagePlan plan, Project project, Report report) {
    if (plan.rate() == null || plan.burst() == null) {
      report.add(Message.E14, project.at(plan.path()), plan.path());
    }
    if (plan.period() != null && !ApiKeys.UsagePlan.PERIODS.contains(plan.period())) {
      report.add(Message.E16, project.at(plan.path() + ".period"), plan.path(), plan.period());
    } else if (plan.quota() != null && plan.period() == null) {
      report.add(Message.E15, project.at(plan.path() + ".quota"), plan.path());
    }
  }

  private static void domain(Project project, Report report) {
    CustomDomain domain = project.api().domain();
    if (domain == null) {
      if (project.has("api.domain")) {
        report.add(Message.E17, project.at("api.domain"));
      }
      return;
    }
    if (domain.domainName() == null) {
      report.add(Message.E17, project.at("api.domain"));
    }
    if (domain.basePath() != null && !domain.basePath().matches("[A-Za-z0-9]+")) {
      report.add(Message.E115, project.at("api.domain.base_path"), domain.basePath(),
          domain.basePath().replaceAll("[^A-Za-z0-9]", ""));
    }
    if (domain.route53Lookup()) {
      report.add(Message.E104_ROUTE53, project.at("api.domain.route53"),
          domain.domainName() == null ? "<domain>" : domain.domainName());
    }
    String endpointType = project.api().endpointType();
    if (endpointType.equals("PRIVATE")) {
      report.add(Message.E104_PRIVATE, project.at("api.domain"));
    } else if (endpointType.equals("EDGE")) {
      String region = domain.certificateRegion();
      if (domain.certificateArn() == null) {
        report.add(Message.W06_CREATED, project.at("api.domain"));
      } else if (region != null && !region.equals(EDGE_REGION)) {
        report.add(Message.W06, project.at("api.domain.certificate_arn"), region);
      }
    }
  }

  /** E100 and E101: the {@code auth} of a feature and its routes against what the project configures. */
  public static void overrides(FeatureClass feature, Project project, Report report) {
    override(feature.auth(), feature.source(), null, project, report);
    for (Endpoint route : feature.routes()) {
      override(route.auth(), route.source(), null, project, report);
    }
  }

  /**
   * E100 and E101 for {@code mode}: at its {@code auth} attribute when the class was read in this
   * compilation ({@code source}), else without a position, naming {@code where}.
   */
  private static void override(AuthMode mode, Source source, String where, Project project, Report report) {
    String value = "Auth." + mode.name();
    if (mode.authorizer() && project.api().auth() == null) {
      if (source != null) {
        report.add(Message.E100, source.at("auth"), value);
      } else {
        report.add(Message.E100_COMPILED, Location.NOWHERE, where, value);
      }
    }
    if (mode.apiKey() && project.api().keys() == null) {
      if (source != null) {
        report.add(Message.E101, source.at("auth"), value);
      } else {
        report.add(Message.E101_COMPILED, Location.NOWHERE, where, value);
      }
    }
  }

  /**
   * E100 and E101 for the features compiled earlier and read from the index (they have no source):
   * {@code deployless.yaml} may have dropped {@code api.auth} or {@code api.api_keys} since, and a
   * gate the template cannot give must stop the build rather than open the route. The features read
   * in this compilation were checked with their sources ({@link #overrides}).
   */
  public static void compiledGates(Application application, Report report) {
    Project project = application.project();
    for (FeatureClass feature : application.features()) {
      if (feature.source() != null) {
        continue;
      }
      override(feature.auth(), null, "feature class " + feature.className(), project, report);
      for (Endpoint route : feature.routes()) {
        override(route.auth(), null, "route " + route.describe() + " of " + feature.className(), project,
            report);
      }
    }
  }

  /**
   * E102: {@code api.auth.function} names a {@code @LambdaFunction} method of the application, once
   * every feature is known.
   */
  public static void authFunction(Application application, Report report) {
    Project project = application.project();
    Authorizer auth = project.api().auth();
    if (auth == null || auth.function() == null || !auth.type().equals(Authorizer.LAMBDA)) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Function function : application.functions()) {
      if (function.kind() == Function.Kind.STANDALONE) {
        names.add(function.methods().get(0));
        if (function.logicalId().equals(auth.functionId())) {
          return;
        }
      }
    }
    report.add(Message.E102, project.at("api.auth.function"), auth.function(),
        Suggestions.didYouMean(auth.function(), names));
  }
}
