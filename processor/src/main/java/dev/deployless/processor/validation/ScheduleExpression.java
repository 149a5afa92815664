package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks EventBridge schedule expressions: {@code rate(value unit)} and six-field
 * {@code cron(minutes hours day-of-month month day-of-week year)}, with the rules EventBridge
 * applies (singular unit for 1, one of the day fields must be {@code ?}, field ranges).
 */
public final class ScheduleExpression {
  private static final Pattern RATE = Pattern.compile("rate\\((.*)\\)");
  private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final String[] FIELD_NAMES =
      {"minutes", "hours", "day-of-month", "month", "day-of-week", "year"};
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {1, 7}, {1970, 2199}};

  /** What is wrong with one item of a cron field: a message of {@code E08_FIELD_*} and its own values. */
  private record FieldProblem(Message message, Object... values) {}

  private ScheduleExpression() {}

  /**
   * Why {@code schedule} (trimmed before it is checked) is invalid (E08, naming {@code schedule} as
   * written), or null when it is valid.
   */
  public static Finding problem(String schedule) {
    String expression = schedule.trim();
    Matcher rate = RATE.matcher(expression);
    if (rate.matches()) {
      return rateProblem(schedule, rate.group(1).trim());
    }
    Matcher cron = CRON.matcher(expression);
    if (cron.matches()) {
      return cronProblem(schedule, cron.group(1).trim());
    }
    return Finding.of(Message.E08_FORM, schedule);
  }

  private static Finding rateProblem(String schedule, String body) {
    String[] parts = body.split("\\s+");
    if (parts.length != 2 || !parts[0].matches("[0-9]+")) {
      return Finding.of(Message.E08_RATE_FORM, schedule);
    }
    long value;
    try {
      value = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return Finding.of(Message.E08_RATE_TOO_LARGE, schedule, parts[0]);
    }
    if (value < 1) {
      return Finding.of(Message.E08_RATE_ZERO, schedule);
    }
    String unit = parts[1];
    List<String> singular = List.of("minute", "hour", "day");
    List<String> plural = List.of("minutes", "hours", "days");
    if (value == 1 && !singular.contains(unit)) {
      return plural.contains(unit)
          ? Finding.of(Message.E08_RATE_SINGULAR, schedule, unit.substring(0, unit.length() - 1))
          : Finding.of(Message.E08_RATE_SINGULAR_UNIT, schedule);
    }
    if (value > 1 && !plural.contains(unit)) {
      return singular.contains(unit) ? Finding.of(Message.E08_RATE_PLURAL, schedule, value, unit)
          : Finding.of(Message.E08_RATE_PLURAL_UNIT, schedule);
    }
    return null;
  }

  private static Finding cronProblem(String schedule, String body) {
    String[] fields = body.split("\\s+");
    if (fields.length != 6) {
      return Finding.of(Message.E08_CRON_FIELDS, schedule, fields.length);
    }
    for (int i = 0; i < 6; i++) {
      FieldProblem problem = fieldProblem(fields[i].toUpperCase(Locale.ROOT), i, RANGES[i][0], RANGES[i][1]);
      if (problem != null) {
        Object[] values = new Object[3 + problem.values().length];
        values[0] = schedule;
        values[1] = FIELD_NAMES[i];
        values[2] = fields[i];
        System.arraycopy(problem.values(), 0, values, 3, problem.values().length);
        return Finding.of(problem.message(), values);
      }
    }
    boolean dayOfMonthAny = fields[2].equals("?");
    boolean dayOfWeekAny = fields[4].equals("?");
    if (dayOfMonthAny == dayOfWeekAny) {
      return Finding.of(Message.E08_DAY_FIELDS, schedule);
    }
    return null;
  }

  private static FieldProblem fieldProblem(String field, int index, int min, int max) {
    for (String item : field.split(",", -1)) {
      FieldProblem problem = itemProblem(item, index, min, max);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static FieldProblem itemProblem(String item, int index, int min, int max) {
    boolean dayOfMonth = index == 2;
    boolean dayOfWeek = index == 4;
    if (item.equals("*")) {
      return null;
    }
    if (item.equals("?")) {
      return dayOfMonth || dayOfWeek ? null : new FieldProblem(Message.E08_FIELD_QUESTION);
    }
    if (dayOfMonth && (item.equals("L") || item.equals("LW") || item.matches("[0-9]{1,2}W"))) {
      return item.endsWith("W") && !item.equals("LW") ? value(item.substring(0, item.length() - 1),
          index, min, max) : null;
    }
    if (dayOfWeek && item.matches("[0-9A-Z]+L")) {
      return value(item.substring(0, item.length() - 1), index, min, max);
    }
    if (dayOfWeek && item.contains("#")) {
      String[] parts = item.split("#", -1);
      if (parts.length != 2 || !parts[1].matches("[1-5]")) {
        return new FieldProblem(Message.E08_FIELD_HASH);
      }
      return value(parts[0], index, min, max);
    }
    if (item.contains("/")) {
      String[] parts = item.split("/", -1);
      if (parts.length != 2 || !parts[1].matches("[0-9]{1,4}") || Integer.parseInt(parts[1]) < 1) {
        return new FieldProblem(Message.E08_FIELD_STEP);
      }
      return parts[0].equals("*") ? null : rangeOrValue(parts[0], index, min, max);
    }
    return rangeOrValue(item, index, min, max);
  }

  private static FieldProblem rangeOrValue(String item, int index, int min, int max) {
    if (item.contains("-")) {
      String[] parts = item.split("-", -1);
      if (parts.length != 2) {
        return new FieldProblem(Message.E08_FIELD_RANGE);
      }
      FieldProblem problem = value(parts[0], index, min, max);
      return problem != null ? problem : value(parts[1], index, min, max);
    }
    return value(item, index, min, max);
  }

  private static FieldProblem value(String text, int index, int min, int max) {
    if (index == 3 && MONTHS.contains(text) || index == 4 && DAYS.contains(text)) {
      return null;
    }
    if (!text.matches("[0-9]{1,4}")) {
      return new FieldProblem(Message.E08_FIELD_VALUE, text);
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      return new FieldProblem(Message.E08_FIELD_OUT_OF_RANGE, value, min, max);
    }
    return null;
  }
}
