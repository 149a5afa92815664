package dev.deployless.processor.model;

/**
 * CloudWatch alarms, as {@code deployless.yaml}'s {@code alarms} or a feature's {@code @Alarms}
 * sets them: what is null is not set, and comes from the project, then from the defaults
 * ({@link #over}).
 *
 * @param enabled whether alarms are on; null inherits
 * @param errors the {@code Errors} alarm: a count of errors
 * @param throttles the {@code Throttles} alarm: a count of throttled invocations
 * @param duration the {@code Duration} alarm: a percentage of the function's timeout
 * @param snsTopicArn the topic notified, or null
 * @param source the {@code @Alarms} annotation, or null for the project's
 */
public record AlarmSettings(Boolean enabled, Alarm errors, Alarm throttles, Alarm duration,
    String snsTopicArn, Source source) {

  /** The default threshold of the errors and throttles alarms. */
  public static final double DEFAULT_COUNT = 1;
  /** The default threshold of the duration alarm, in percent of the timeout. */
  public static final double DEFAULT_DURATION_PCT = 80;
  /** The default period of every alarm, in seconds. */
  public static final int DEFAULT_PERIOD = 300;

  /** Nothing set: a feature inherits the project's alarms, a project has none. */
  public static final AlarmSettings INHERIT =
      new AlarmSettings(null, Alarm.UNSET, Alarm.UNSET, Alarm.UNSET, null, null);

  /** One alarm's threshold and period in seconds, each null when not set. */
  public record Alarm(Double threshold, Integer period) {
    /** Neither set. */
    public static final Alarm UNSET = new Alarm(null, null);

    /** This alarm's values over {@code other}'s. */
    Alarm over(Alarm other) {
      return new Alarm(threshold != null ? threshold : other.threshold,
          period != null ? period : other.period);
    }

    /** The threshold, or {@code fallback}. */
    public double thresholdOr(double fallback) {
      return threshold != null ? threshold : fallback;
    }

    /** The period, or the default. */
    public int periodOrDefault() {
      return period != null ? period : DEFAULT_PERIOD;
    }
  }

  /**
   * These settings (a feature's) over the {@code project}'s: off stays off; on or inherited takes
   * the project's values for what is not set here.
   */
  public AlarmSettings over(AlarmSettings project) {
    if (Boolean.FALSE.equals(enabled)) {
      return this;
    }
    boolean on = Boolean.TRUE.equals(enabled) || Boolean.TRUE.equals(project.enabled);
    return new AlarmSettings(on, errors.over(project.errors), throttles.over(project.throttles),
        duration.over(project.duration), snsTopicArn != null ? snsTopicArn : project.snsTopicArn, source);
  }

  /** Whether alarms are on. */
  public boolean on() {
    return Boolean.TRUE.equals(enabled);
  }
}
