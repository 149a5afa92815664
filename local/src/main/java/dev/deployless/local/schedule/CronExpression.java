package dev.deployless.local.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * An EventBridge cron expression in UTC: {@code minutes hours day-of-month month day-of-week year},
 * with {@code , - * /} in every field, {@code ?} in one of the day fields, month names
 * ({@code JAN}-{@code DEC}) and day names ({@code SUN}-{@code SAT}, 1 is Sunday), and the day
 * wildcards: {@code L} (the month's last day; in day-of-week, Saturday, or with a day, {@code 5L}, the
 * month's last Thursday), {@code W} ({@code 15W}, the weekday nearest the 15th, within the month;
 * {@code LW}, the last weekday) and {@code #} ({@code 3#2}, the month's second Tuesday).
 */
public final class CronExpression implements Schedule {
  private static final String[] MONTHS =
      {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 2199;

  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet months;
  private final BitSet years;
  /** Day of month: null when {@code ?}. */
  private final Days daysOfMonth;
  /** Day of week: null when {@code ?}. */
  private final Days daysOfWeek;

  /** The days one day field allows: plain values, and the {@code L}, {@code W} and {@code #} forms. */
  private static final class Days {
    final BitSet values = new BitSet();
    boolean last;
    boolean lastWeekday;
    final List<Integer> nearestWeekday = new ArrayList<>();
    final List<Integer> lastOfMonth = new ArrayList<>();
    final List<int[]> nth = new ArrayList<>();
  }

  private CronExpression(BitSet minutes, BitSet hours, Days daysOfMonth, BitSet months,
      Days daysOfWeek, BitSet years) {
    this.minutes = minutes;
    this.hours = hours;
    this.daysOfMonth = daysOfMonth;
    this.months = months;
    this.daysOfWeek = daysOfWeek;
    this.years = years;
  }

  /**
   * The expression of the six fields in {@code fields} (the text inside {@code cron(...)}).
   *
   * @throws IllegalArgumentException naming the field that is wrong
   */
  public static CronExpression parse(String fields) {
    String[] parts = fields.trim().toUpperCase(Locale.ROOT).split("\\s+");
    if (parts.length != 6) {
      throw new IllegalArgumentException("a cron expression has 6 fields, got " + parts.length
          + ": " + fields);
    }
    if (parts[2].equals("?") == parts[4].equals("?")) {
      throw new IllegalArgumentException("exactly one of day-of-month and day-of-week must be ?: "
          + fields);
    }
    return new CronExpression(values(parts[0], 0, 59, null), values(parts[1], 0, 23, null),
        days(parts[2], false), values(parts[3], 1, 12, MONTHS), days(parts[4], true),
        values(parts[5], FIRST_YEAR, LAST_YEAR, null));
  }

  @Override
  public Instant next(Instant after) {
    LocalDateTime start = LocalDateTime.ofInstant(after, ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDate day = start.toLocalDate();
    boolean firstDay = true;
    while (day.getYear() <= LAST_YEAR) {
      if (!years.get(day.getYear())) {
        day = LocalDate.of(day.getYear() + 1, 1, 1);
        firstDay = false;
        continue;
      }
      if (!months.get(day.getMonthValue())) {
        day = day.withDayOfMonth(1).plusMonths(1);
        firstDay = false;
        continue;
      }
      if (matches(day)) {
        int fromMinute = firstDay ? start.getHour() * 60 + start.getMinute() : 0;
        for (int minuteOfDay = fromMinute; minuteOfDay < 24 * 60; minuteOfDay++) {
          int hour = minuteOfDay / 60;
          if (!hours.get(hour)) {
            minuteOfDay = hour * 60 + 59;
            continue;
          }
          if (minutes.get(minuteOfDay % 60)) {
            return day.atTime(hour, minuteOfDay % 60).toInstant(ZoneOffset.UTC);
          }
        }
      }
      day = day.plusDays(1);
      firstDay = false;
    }
    return null;
  }

  private boolean matches(LocalDate date) {
    return daysOfMonth != null ? matchesDayOfMonth(date) : matchesDayOfWeek(date);
  }

  private boolean matchesDayOfMonth(LocalDate date) {
    Days days = daysOfMonth;
    int length = date.lengthOfMonth();
    if (days.values.get(date.getDayOfMonth()) || days.last && date.getDayOfMonth() == length) {
      return true;
    }
    if (days.lastWeekday && date.equals(nearestWeekday(date.withDayOfMonth(length)))) {
      return true;
    }
    for (int day : days.nearestWeekday) {
      if (day <= length && date.equals(nearestWeekday(date.withDayOfMonth(day)))) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesDayOfWeek(LocalDate date) {
    Days days = daysOfWeek;
    int day = date.getDayOfWeek().getValue() % 7 + 1;
    if (days.values.get(day)) {
      return true;
    }
    boolean lastInMonth = date.plusWeeks(1).getMonthValue() != date.getMonthValue();
    if (lastInMonth && days.lastOfMonth.contains(day)) {
      return true;
    }
    for (int[] nth : days.nth) {
      if (nth[0] == day && (date.getDayOfMonth() - 1) / 7 + 1 == nth[1]) {
        return true;
      }
    }
    return false;
  }

  /** The weekday nearest {@code date} within its month (Saturday → Friday, Sunday → Monday). */
  private static LocalDate nearestWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY) {
      return date.getDayOfMonth() == 1 ? date.plusDays(2) : date.minusDays(1);
    }
    if (day == DayOfWeek.SUNDAY) {
      return date.getDayOfMonth() == date.lengthOfMonth() ? date.minusDays(2) : date.plusDays(1);
    }
    return date;
  }

  private static Days days(String field, boolean week) {
    if (field.equals("?")) {
      return null;
    }
    Days days = new Days();
    int max = week ? 7 : 31;
    for (String item : field.split(",", -1)) {
      if (!week && item.equals("L")) {
        days.last = true;
      } else if (!week && item.equals("LW")) {
        days.lastWeekday = true;
      } else if (!week && item.endsWith("W")) {
        days.nearestWeekday.add(value(item.substring(0, item.length() - 1), 1, 31, null));
      } else if (week && item.equals("L")) {
        days.values.set(7);
      } else if (week && item.endsWith("L")) {
        days.lastOfMonth.add(value(item.substring(0, item.length() - 1), 1, 7, DAYS));
      } else if (week && item.contains("#")) {
        String[] parts = item.split("#", -1);
        int nth = parts.length == 2 && parts[1].matches("[1-5]") ? Integer.parseInt(parts[1]) : 0;
        if (nth == 0) {
          throw new IllegalArgumentException("day#n needs n from 1 to 5: " + item);
        }
        days.nth.add(new int[] {value(parts[0], 1, 7, DAYS), nth});
      } else {
        days.values.or(values(item, 1, max, week ? DAYS : null));
      }
    }
    return days;
  }

  /** The values of a field of plain items ({@code *}, {@code a}, {@code a-b}, with {@code /step}). */
  private static BitSet values(String field, int min, int max, String[] names) {
    BitSet set = new BitSet();
    for (String item : field.split(",", -1)) {
      int step = 1;
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        step = Integer.parseInt(item.substring(slash + 1));
        range = item.substring(0, slash);
        if (step < 1) {
          throw new IllegalArgumentException("a step must be at least 1: " + item);
        }
      }
      int from;
      int to;
      if (range.equals("*")) {
        from = min;
        to = max;
      } else if (range.indexOf('-') > 0) {
        from = value(range.substring(0, range.indexOf('-')), min, max, names);
        to = value(range.substring(range.indexOf('-') + 1), min, max, names);
      } else {
        from = value(range, min, max, names);
        to = slash >= 0 ? max : from;
      }
      // A range that wraps (FRI-MON, 22-2) runs to the end of the field and on from its start.
      int span = to >= from ? to - from : max - from + 1 + to - min;
      for (int offset = 0; offset <= span; offset += step) {
        int value = from + offset;
        set.set(value > max ? value - max - 1 + min : value);
      }
    }
    return set;
  }

  private static int value(String text, int min, int max, String[] names) {
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(text)) {
          return i + 1;
        }
      }
    }
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a value of the field: " + text);
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(value + " is outside " + min + "-" + max);
    }
    return value;
  }
}
