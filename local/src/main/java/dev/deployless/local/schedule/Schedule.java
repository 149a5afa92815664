package dev.deployless.local.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression, evaluated in UTC as EventBridge does: {@code rate(value unit)}
 * or {@code cron(minutes hours day-of-month month day-of-week year)} ({@link CronExpression}).
 */
public interface Schedule {
  /** The first time strictly after {@code after} at which the schedule fires; null if never. */
  Instant next(Instant after);

  /**
   * The schedule {@code expression} describes.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static Schedule parse(String expression) {
    String text = expression.trim();
    Matcher rate = Pattern.compile("rate\\(\\s*(\\d+)\\s+([a-z]+)\\s*\\)").matcher(text);
    if (rate.matches()) {
      long value = Long.parseLong(rate.group(1));
      String unit = rate.group(2).toLowerCase(Locale.ROOT);
      Duration one;
      if (unit.startsWith("minute")) {
        one = Duration.ofMinutes(1);
      } else if (unit.startsWith("hour")) {
        one = Duration.ofHours(1);
      } else if (unit.startsWith("day")) {
        one = Duration.ofDays(1);
      } else {
        throw new IllegalArgumentException("unknown unit " + unit + " in " + expression);
      }
      if (value < 1) {
        throw new IllegalArgumentException("a rate must be at least 1: " + expression);
      }
      return new Rate(one.multipliedBy(value));
    }
    Matcher cron = Pattern.compile("cron\\((.*)\\)").matcher(text);
    if (cron.matches()) {
      return CronExpression.parse(cron.group(1));
    }
    throw new IllegalArgumentException("not a schedule expression (rate(...) or cron(...)): "
        + expression);
  }

  /** {@code rate(...)}: every {@code period}, counted from the previous firing (or the start). */
  record Rate(Duration period) implements Schedule {
    @Override
    public Instant next(Instant after) {
      return after.plus(period);
    }
  }
}
