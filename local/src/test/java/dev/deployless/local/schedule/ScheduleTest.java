package dev.deployless.local.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * EventBridge schedule expressions against next firing times worked out by hand from a calendar:
 * 2026-11-22 is a Sunday, 2026-08-01 a Saturday, 2026-05-31 and 2027-02-28 Sundays.
 */
class ScheduleTest {
  /** Sunday 2026-11-22, 10:17:30 UTC. */
  private static final Instant SUNDAY = Instant.parse("2026-11-22T10:17:30Z");

  private static Instant next(String expression, String after) {
    return Schedule.parse(expression).next(Instant.parse(after));
  }

  private static void assertNext(String expected, String expression, Instant after) {
    assertEquals(Instant.parse(expected), Schedule.parse(expression).next(after), expression);
  }

  @Test
  void rateCountsFromTheLastFiring() {
    assertEquals(SUNDAY.plusSeconds(300), Schedule.parse("rate(5 minutes)").next(SUNDAY));
    assertEquals(SUNDAY.plusSeconds(3600), Schedule.parse("rate(1 hour)").next(SUNDAY));
    assertEquals(SUNDAY.plusSeconds(2 * 86400), Schedule.parse("rate(2 days)").next(SUNDAY));
  }

  @Test
  void minutesAndHoursWithStepsAndRanges() {
    assertNext("2026-11-22T10:30:00Z", "cron(0/15 * * * ? *)", SUNDAY);
    assertNext("2026-11-22T12:00:00Z", "cron(0 12 * * ? *)", SUNDAY);
    assertNext("2026-11-23T01:05:00Z", "cron(5-10/2 1-3 * * ? *)", SUNDAY);
    assertEquals(Instant.parse("2026-11-23T01:07:00Z"),
        next("cron(5-10/2 1-3 * * ? *)", "2026-11-23T01:05:00Z"));
    assertEquals(Instant.parse("2026-11-23T03:09:00Z"),
        next("cron(5-10/2 1-3 * * ? *)", "2026-11-23T03:07:00Z"));
    // Never at the instant itself: strictly after.
    assertEquals(Instant.parse("2026-11-23T12:00:00Z"), next("cron(0 12 * * ? *)", "2026-11-22T12:00:00Z"));
  }

  @Test
  void daysOfWeekByNumberNameRangeAndWrappingRange() {
    assertNext("2026-11-23T08:00:00Z", "cron(0 8 ? * MON-FRI *)", SUNDAY);
    assertNext("2026-11-23T08:00:00Z", "cron(0 8 ? * 2-6 *)", SUNDAY);
    assertNext("2026-11-23T00:00:00Z", "cron(0 0 ? * FRI-MON *)", SUNDAY);
    assertEquals(Instant.parse("2026-11-27T00:00:00Z"),
        next("cron(0 0 ? * FRI-MON *)", "2026-11-23T00:00:00Z"));
    assertNext("2026-11-23T00:00:00Z", "cron(0 0 ? * * *)", SUNDAY);
    assertNext("2026-11-22T23:00:00Z", "cron(0 23 ? * SUN *)", SUNDAY);
  }

  @Test
  void lastDayOfMonthAndOfWeek() {
    assertNext("2026-11-30T10:00:00Z", "cron(0 10 L * ? *)", SUNDAY);
    // L alone in day-of-week is its last day, Saturday.
    assertNext("2026-11-28T00:00:00Z", "cron(0 0 ? * L *)", SUNDAY);
    // 6L: the month's last Friday.
    assertNext("2026-11-27T09:00:00Z", "cron(0 9 ? * 6L *)", SUNDAY);
    assertEquals(Instant.parse("2026-12-25T09:00:00Z"),
        next("cron(0 9 ? * FRIL *)", "2026-11-27T09:00:00Z"));
  }

  @Test
  void nthDayOfWeek() {
    // The second Tuesday: November's (the 10th) is past, December's is the 8th.
    assertNext("2026-12-08T09:00:00Z", "cron(0 9 ? * 3#2 *)", SUNDAY);
    assertNext("2026-11-26T00:00:00Z", "cron(0 0 ? * THU#4 *)", SUNDAY);
  }

  @Test
  void nearestWeekdayStaysInTheMonth() {
    // 2026-08-01 is a Saturday: the nearest weekday in August is Monday the 3rd, not Friday July 31.
    assertEquals(Instant.parse("2026-08-03T00:00:00Z"), next("cron(0 0 1W * ? *)", "2026-07-15T00:00:00Z"));
    // 2026-05-31 is a Sunday: Friday the 29th.
    assertEquals(Instant.parse("2026-05-29T00:00:00Z"), next("cron(0 0 31W * ? *)", "2026-05-01T00:00:00Z"));
    // 2026-12-15 is a Tuesday: itself.
    assertNext("2026-12-15T06:00:00Z", "cron(0 6 15W * ? *)", SUNDAY);
    // LW: the last weekday; 2027-02-28 is a Sunday, so Friday the 26th.
    assertNext("2027-02-26T18:30:00Z", "cron(30 18 LW 2 ? *)", SUNDAY);
  }

  @Test
  void monthsAndYears() {
    assertNext("2027-01-01T00:00:00Z", "cron(0 0 1 JAN,JUL ? *)", SUNDAY);
    assertNext("2028-02-29T00:00:00Z", "cron(0 0 29 2 ? 2027-2030)", SUNDAY);
    assertNext("2030-01-01T00:00:00Z", "cron(0 0 1 1 ? 2030/5)", SUNDAY);
    assertEquals(Instant.parse("2035-01-01T00:00:00Z"), next("cron(0 0 1 1 ? 2030/5)", "2030-01-01T00:00:00Z"));
    assertNull(next("cron(0 0 1 1 ? 2020)", "2026-11-22T00:00:00Z"));
    // 31 in a month of 30 days never fires that month.
    assertNext("2026-12-31T00:00:00Z", "cron(0 0 31 * ? *)", SUNDAY);
  }

  @Test
  void malformedExpressionsSayWhat() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("cron(0 0 * * * *)"))
        .getMessage().contains("exactly one of day-of-month and day-of-week must be ?"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("cron(0 0 * * ?)"))
        .getMessage().contains("6 fields"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("cron(60 0 * * ? *)"))
        .getMessage().contains("60 is outside 0-59"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("cron(0 0 ? * 3#6 *)"))
        .getMessage().contains("day#n"));
    assertThrows(IllegalArgumentException.class, () -> Schedule.parse("every day"));
    assertThrows(IllegalArgumentException.class, () -> Schedule.parse("rate(5 weeks)"));
  }
}
