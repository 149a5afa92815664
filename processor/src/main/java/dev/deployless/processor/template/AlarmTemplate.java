package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.processor.model.AlarmSettings;
import dev.deployless.processor.model.Function;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CloudWatch alarms of a function (the seed's "CloudWatch Alarms"): {@code Errors},
 * {@code Throttles} and {@code Duration} (a percentage of the function's timeout), missing data not
 * breaching, notifying the SNS topic when one is set. With a deployment alias, the errors alarm
 * watches the alias, so that CodeDeploy rolls back on the new version's errors.
 */
final class AlarmTemplate {
  private static final String ERRORS = "ErrorsAlarm";

  private AlarmTemplate() {}

  /** The logical ID of {@code function}'s errors alarm. */
  static String errorsAlarm(Function function) {
    return function.logicalId() + ERRORS;
  }

  /**
   * The alarms of {@code function}, by logical ID.
   *
   * @param timeout the function's timeout in seconds
   * @param alias the alias its deployments shift traffic to, or null
   */
  static Map<String, Object> alarms(Function function, AlarmSettings alarms, int timeout, String alias) {
    Map<String, Object> resources = new LinkedHashMap<>();
    String id = function.logicalId();
    double errors = alarms.errors().thresholdOr(AlarmSettings.DEFAULT_COUNT);
    resources.put(id + ERRORS, alarm(function, alias, alarms, "Errors", "Sum", errors,
        alarms.errors().periodOrDefault(), "GreaterThanOrEqualToThreshold",
        "errors of " + function.logicalId() + (alias == null ? "" : ":" + alias) + " >= " + number(errors)));
    double throttles = alarms.throttles().thresholdOr(AlarmSettings.DEFAULT_COUNT);
    resources.put(id + "ThrottlesAlarm", alarm(function, null, alarms, "Throttles", "Sum", throttles,
        alarms.throttles().periodOrDefault(), "GreaterThanOrEqualToThreshold",
        "throttles of " + function.logicalId() + " >= " + number(throttles)));
    double pct = alarms.duration().thresholdOr(AlarmSettings.DEFAULT_DURATION_PCT);
    double milliseconds = pct * timeout * 10;
    resources.put(id + "DurationAlarm", alarm(function, null, alarms, "Duration", "Maximum", milliseconds,
        alarms.duration().periodOrDefault(), "GreaterThanThreshold",
        "duration of " + function.logicalId() + " > " + number(milliseconds) + " ms (" + number(pct)
            + "% of its " + timeout + " s timeout)"));
    return resources;
  }

  private static Map<String, Object> alarm(Function function, String alias, AlarmSettings alarms,
      String metric, String statistic, double threshold, int period, String operator, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("AlarmDescription", description);
    properties.put("Namespace", "AWS/Lambda");
    properties.put("MetricName", metric);
    List<Object> dimensions = new ArrayList<>();
    if (alias != null) {
      dimensions.add(map("Name", "Resource", "Value", map("Fn::Sub", "${" + function.logicalId() + "}:" + alias)));
    }
    dimensions.add(map("Name", "FunctionName", "Value", ref(function.logicalId())));
    properties.put("Dimensions", dimensions);
    properties.put("Statistic", statistic);
    properties.put("Period", period);
    properties.put("EvaluationPeriods", 1);
    properties.put("Threshold", threshold == Math.rint(threshold) ? (Object) (long) threshold : threshold);
    properties.put("ComparisonOperator", operator);
    properties.put("TreatMissingData", "notBreaching");
    if (alarms.snsTopicArn() != null) {
      properties.put("AlarmActions", List.of(alarms.snsTopicArn()));
      properties.put("OKActions", List.of(alarms.snsTopicArn()));
    }
    return SamTemplate.resource("AWS::CloudWatch::Alarm", properties);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
