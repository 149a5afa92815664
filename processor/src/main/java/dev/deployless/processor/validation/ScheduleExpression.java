package dev.deployless.processor.validation;

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

  private ScheduleExpression() {}

  /** Why {@code expression} is invalid, or null when it is valid. */
  public static String problem(String expression) {
    Matcher rate = RATE.matcher(expression);
    if (rate.matches()) {
      return rateProblem(rate.group(1).trim());
    }
    Matcher cron = CRON.matcher(expression);
    if (cron.matches()) {
      return cronProblem(cron.group(1).trim());
    }
    return "expected rate(value unit), such as rate(5 minutes), or cron(minutes hours day-of-month"
        + " month day-of-week year), such as cron(0 9 * * ? *)";
  }

  private static String rateProblem(String body) {
    String[] parts = body.split("\\s+");
    if (parts.length != 2 || !parts[0].matches("[0-9]+")) {
      return "a rate is a positive whole number and a unit, such as rate(5 minutes)";
    }
    long value;
    try {
      value = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return "the rate value " + parts[0] + " is too large";
    }
    if (value < 1) {
      return "the rate value must be at least 1";
    }
    String unit = parts[1];
    List<String> singular = List.of("minute", "hour", "day");
    List<String> plural = List.of("minutes", "hours", "days");
    if (value == 1 && !singular.contains(unit)) {
      return plural.contains(unit) ? "a rate of 1 takes a singular unit: rate(1 "
          + unit.substring(0, unit.length() - 1) + ")" : "the unit must be minute, hour or day";
    }
    if (value > 1 && !plural.contains(unit)) {
      return singular.contains(unit) ? "a rate above 1 takes a plural unit: rate(" + value + " "
          + unit + "s)" : "the unit must be minutes, hours or days";
    }
    return null;
  }

  private static String cronProblem(String body) {
    String[] fields = body.split("\\s+");
    if (fields.length != 6) {
      return "a cron expression has 6 fields (minutes hours day-of-month month day-of-week year),"
          + " found " + fields.length;
    }
    String[] names = {"minutes", "hours", "day-of-month", "month", "day-of-week", "year"};
    int[][] ranges = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {1, 7}, {1970, 2199}};
    for (int i = 0; i < 6; i++) {
      String problem = fieldProblem(fields[i].toUpperCase(Locale.ROOT), i, ranges[i][0], ranges[i][1]);
      if (problem != null) {
        return "the " + names[i] + " field '" + fields[i] + "' " + problem;
      }
    }
    boolean dayOfMonthAny = fields[2].equals("?");
    boolean dayOfWeekAny = fields[4].equals("?");
    if (dayOfMonthAny == dayOfWeekAny) {
      return "exactly one of day-of-month and day-of-week must be '?', such as cron(0 9 * * ? *)";
    }
    return null;
  }

  private static String fieldProblem(String field, int index, int min, int max) {
    for (String item : field.split(",", -1)) {
      String problem = itemProblem(item, index, min, max);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String itemProblem(String item, int index, int min, int max) {
    boolean dayOfMonth = index == 2;
    boolean dayOfWeek = index == 4;
    if (item.equals("*")) {
      return null;
    }
    if (item.equals("?")) {
      return dayOfMonth || dayOfWeek ? null : "may not be '?' (only the day fields may)";
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
        return "uses '#' as day#week, with the week 1-5";
      }
      return value(parts[0], index, min, max);
    }
    if (item.contains("/")) {
      String[] parts = item.split("/", -1);
      if (parts.length != 2 || !parts[1].matches("[0-9]+") || Integer.parseInt(parts[1]) < 1) {
        return "uses '/' as start/increment, with a positive increment";
      }
      return parts[0].equals("*") ? null : rangeOrValue(parts[0], index, min, max);
    }
    return rangeOrValue(item, index, min, max);
  }

  private static String rangeOrValue(String item, int index, int min, int max) {
    if (item.contains("-")) {
      String[] parts = item.split("-", -1);
      if (parts.length != 2) {
        return "has an invalid range";
      }
      String problem = value(parts[0], index, min, max);
      return problem != null ? problem : value(parts[1], index, min, max);
    }
    return value(item, index, min, max);
  }

  private static String value(String text, int index, int min, int max) {
    if (index == 3 && MONTHS.contains(text) || index == 4 && DAYS.contains(text)) {
      return null;
    }
    if (!text.matches("[0-9]{1,4}")) {
      return "has the invalid value '" + text + "'";
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      return "has " + value + ", outside " + min + "-" + max;
    }
    return null;
  }
}
