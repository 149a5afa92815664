package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.AlarmSettings;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.DeploymentSettings;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Names;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules on alarms and safe deployments, of {@code deployless.yaml} ({@link #project}), of a
 * feature's {@code @Alarms} and {@code @Deployment} ({@link #feature}) and on the hooks deployments
 * name across the application ({@link #hooks}): thresholds (E24, E105), periods (E106), the SNS
 * topic (E23), the alias (E107), the type (E69), hooks (E108, E109), no rollback (W07).
 */
public final class ProductionRules {
  /** The deployment preference types of AWS SAM. */
  public static final List<String> DEPLOYMENT_TYPES = List.of("AllAtOnce", "Canary10Percent5Minutes",
      "Canary10Percent10Minutes", "Canary10Percent15Minutes", "Canary10Percent30Minutes",
      "Linear10PercentEvery1Minute", "Linear10PercentEvery2Minutes", "Linear10PercentEvery3Minutes",
      "Linear10PercentEvery10Minutes");
  /** A Lambda alias name (not only digits, which would name a version). */
  private static final String ALIAS = "(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}";
  private static final int MAX_FUNCTION_NAME = 64;

  private ProductionRules() {}

  /** The {@code alarms} and {@code deployment} of {@code deployless.yaml}. */
  public static void project(Project project, Report report) {
    AlarmSettings alarms = project.alarms();
    Map<String, AlarmSettings.Alarm> counts = new LinkedHashMap<>();
    counts.put("errors", alarms.errors());
    counts.put("throttles", alarms.throttles());
    for (Map.Entry<String, AlarmSettings.Alarm> count : counts.entrySet()) {
      Double threshold = count.getValue().threshold();
      if (threshold != null && threshold < 1) {
        report.add(Message.E105, project.at("alarms." + count.getKey() + ".threshold"), count.getKey(),
            number(threshold));
      }
    }
    Double pct = alarms.duration().threshold();
    if (pct != null && (pct < 1 || pct > 100)) {
      report.add(Message.E24, project.at("alarms.duration.threshold_pct"), number(pct));
    }
    counts.put("duration", alarms.duration());
    for (Map.Entry<String, AlarmSettings.Alarm> alarm : counts.entrySet()) {
      Integer period = alarm.getValue().period();
      if (period != null && !validPeriod(period)) {
        report.add(Message.E106, project.at("alarms." + alarm.getKey() + ".period"), alarm.getKey(), period);
      }
    }
    if (alarms.snsTopicArn() != null && !alarms.snsTopicArn().startsWith("arn:")) {
      report.add(Message.E23, project.at("alarms.sns_topic_arn"), alarms.snsTopicArn());
    }
    DeploymentSettings deployment = project.deployment();
    if (deployment.alias() != null && !deployment.alias().matches(ALIAS)) {
      report.add(Message.E107, project.at("deployment.alias"), deployment.alias());
    }
    if (deployment.type() != null && !DEPLOYMENT_TYPES.contains(deployment.type())) {
      report.add(Message.E69_ONE_OF, project.at("deployment.type"), "deployment.type",
          String.join(", ", DEPLOYMENT_TYPES), deployment.type(),
          Suggestions.didYouMean(deployment.type(), DEPLOYMENT_TYPES));
    } else if (deployment.on() && gradual(deployment) && !alarms.on()) {
      report.add(Message.W07, project.at("deployment"), "every feature", deployment.typeName(),
          deployment.aliasName());
    }
  }

  /** A feature's {@code @Alarms} and {@code @Deployment}, and W07 when it turns alarms off or deploys itself. */
  public static void feature(FeatureClass feature, Project project, Report report) {
    AlarmSettings alarms = feature.alarms();
    Source at = alarms.source();
    if (at != null) {
      count(alarms.errors().threshold(), "errors", at, report);
      count(alarms.throttles().threshold(), "throttles", at, report);
      Double pct = alarms.duration().threshold();
      if (pct != null && (pct < 1 || pct > 100)) {
        report.add(Message.E24_ANNOTATION, at.at("durationPct"), number(pct));
      }
      Integer period = alarms.errors().period();
      if (period != null && !validPeriod(period)) {
        report.add(Message.E106_ANNOTATION, at.at("period"), period);
      }
      if (alarms.snsTopicArn() != null && !alarms.snsTopicArn().startsWith("arn:")) {
        report.add(Message.E23_ANNOTATION, at.at("snsTopicArn"), alarms.snsTopicArn());
      }
    }
    DeploymentSettings deployment = feature.deployment();
    if (deployment.source() != null && deployment.alias() != null && !deployment.alias().matches(ALIAS)) {
      report.add(Message.E107_ANNOTATION, deployment.source().at("alias"), deployment.alias());
    }
    DeploymentSettings resolved = deployment.over(project.deployment());
    boolean ownChoice = alarms.source() != null || deployment.source() != null;
    if (ownChoice && resolved.on() && gradual(resolved) && !alarms.over(project.alarms()).on()
        && DEPLOYMENT_TYPES.contains(resolved.typeName())) {
      Source where = Boolean.FALSE.equals(alarms.enabled()) ? alarms.source()
          : deployment.source() != null ? deployment.source() : feature.source();
      report.add(Message.W07, where == null ? Location.NOWHERE : where.annotation(),
          "feature '" + feature.name() + "'", resolved.typeName(), resolved.aliasName());
    }
  }

  /**
   * The hooks the deployments of the features read in this round ({@code fresh}) name: a
   * {@code @LambdaFunction} of the application (E108) whose hook name fits Lambda's limit (E109).
   * Returns the class names of the features with a reported problem.
   */
  public static Set<String> hooks(List<FeatureClass> features, Project project, Set<String> fresh,
      Report report) {
    Map<String, Function> functions = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (FeatureClass feature : features) {
      for (Function function : feature.functions()) {
        functions.putIfAbsent(function.logicalId(), function);
        if (function.kind() == Function.Kind.STANDALONE) {
          names.add(function.methods().get(0));
        }
      }
    }
    Set<String> involved = new TreeSet<>();
    for (FeatureClass feature : features) {
      DeploymentSettings deployment = feature.deployment().over(project.deployment());
      if (!fresh.contains(feature.className()) || !deployment.on() || deployment.source() == null) {
        continue;
      }
      Report hooks = report.child(feature.className());
      for (Map.Entry<String, String> hook : deployment.hooks().entrySet()) {
        String attribute = hook.getKey().equals("PreTraffic") ? "preTraffic" : "postTraffic";
        Location at = deployment.source().at(attribute);
        Function target = functions.get(Names.functionId(hook.getValue()));
        if (target == null) {
          hooks.add(Message.E108, at, attribute, hook.getValue(), Suggestions.didYouMean(hook.getValue(), names));
        } else if (target.kind() != Function.Kind.STANDALONE) {
          hooks.add(Message.E108_NOT_LAMBDA, at, attribute, target.describe());
        } else {
          String name = project.hookFunctionName(target.logicalId());
          if (name.length() > MAX_FUNCTION_NAME) {
            hooks.add(Message.E109, at, attribute, target.describe(), name, name.length());
          }
        }
      }
      if (!hooks.isClean()) {
        involved.add(feature.className());
      }
    }
    return involved;
  }

  /**
   * E108 for the hooks that features compiled earlier (read from the index, without sources) name:
   * the function may have been removed or changed since, and the template must not name a function
   * it no longer has. The features read in this compilation were checked with their sources
   * ({@link #hooks}).
   */
  public static void compiledHooks(Application application, Report report) {
    Map<String, Function> functions = new LinkedHashMap<>();
    for (Function function : application.functions()) {
      functions.put(function.logicalId(), function);
    }
    for (FeatureClass feature : application.features()) {
      DeploymentSettings deployment = feature.deployment().over(application.project().deployment());
      if (feature.source() != null || !deployment.on()) {
        continue;
      }
      for (Map.Entry<String, String> hook : deployment.hooks().entrySet()) {
        Function target = functions.get(Names.functionId(hook.getValue()));
        if (target == null || target.kind() != Function.Kind.STANDALONE) {
          report.add(Message.E108_COMPILED, Location.NOWHERE, feature.className(),
              hook.getKey().equals("PreTraffic") ? "preTraffic" : "postTraffic", hook.getValue());
        }
      }
    }
  }

  private static void count(Double threshold, String attribute, Source at, Report report) {
    if (threshold != null && threshold < 1) {
      report.add(Message.E105_ANNOTATION, at.at(attribute), attribute, number(threshold));
    }
  }

  /** Whether traffic shifts in steps, which only alarms can stop. */
  private static boolean gradual(DeploymentSettings deployment) {
    return !deployment.typeName().equals("AllAtOnce");
  }

  private static boolean validPeriod(int period) {
    return period >= 60 && period <= 86400 && period % 60 == 0;
  }

  /** {@code 5} rather than {@code 5.0}. */
  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
