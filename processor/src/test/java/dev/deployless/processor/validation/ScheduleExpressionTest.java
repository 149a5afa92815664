package dev.deployless.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EventBridge's rules for rate and cron expressions, each invalid form with its E08 sentence. */
class ScheduleExpressionTest {

  @ParameterizedTest
  @ValueSource(strings = {"rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)",
      "rate(7 days)", " rate(5 minutes) ", "cron(0 9 * * ? *)", "cron(0/15 * ? * MON-FRI *)",
      "cron(0 9 ? * 6L *)", "cron(0 9 LW * ? *)", "cron(0 9 15W * ? *)", "cron(0 9 ? * MON#2 *)",
      "cron(0 0 1 JAN,JUL ? 2030-2040)", "cron(59 23 L * ? *)", "cron(0 9 ? * 1,3,5 *)"})
  void validExpressionsHaveNoProblem(String schedule) {
    assertNull(ScheduleExpression.problem(schedule), schedule);
  }

  @Test
  void neitherRateNorCron() {
    assertProblem("every 5 minutes", Message.E08_FORM, "invalid schedule 'every 5 minutes': expected"
        + " rate(value unit), such as rate(5 minutes), or cron(minutes hours day-of-month month day-of-week"
        + " year), such as cron(0 9 * * ? *)");
  }

  @Test
  void rates() {
    assertProblem("rate(5)", Message.E08_RATE_FORM,
        "invalid schedule 'rate(5)': a rate is a positive whole number and a unit, such as rate(5 minutes)");
    assertProblem("rate(-1 minutes)", Message.E08_RATE_FORM,
        "invalid schedule 'rate(-1 minutes)': a rate is a positive whole number and a unit, such as"
            + " rate(5 minutes)");
    assertProblem("rate(99999999999999999999 days)", Message.E08_RATE_TOO_LARGE,
        "invalid schedule 'rate(99999999999999999999 days)': the rate value 99999999999999999999 is too"
            + " large");
    assertProblem("rate(0 minutes)", Message.E08_RATE_ZERO,
        "invalid schedule 'rate(0 minutes)': the rate value must be at least 1");
    assertProblem("rate(1 minutes)", Message.E08_RATE_SINGULAR,
        "invalid schedule 'rate(1 minutes)': a rate of 1 takes a singular unit: rate(1 minute)");
    assertProblem("rate(1 week)", Message.E08_RATE_SINGULAR_UNIT,
        "invalid schedule 'rate(1 week)': the unit must be minute, hour or day");
    assertProblem("rate(5 hour)", Message.E08_RATE_PLURAL,
        "invalid schedule 'rate(5 hour)': a rate above 1 takes a plural unit: rate(5 hours)");
    assertProblem("rate(5 weeks)", Message.E08_RATE_PLURAL_UNIT,
        "invalid schedule 'rate(5 weeks)': the unit must be minutes, hours or days");
  }

  @Test
  void cronFieldCountAndDayFields() {
    assertProblem("cron(0 9 * *)", Message.E08_CRON_FIELDS, "invalid schedule 'cron(0 9 * *)': a cron"
        + " expression has 6 fields (minutes hours day-of-month month day-of-week year), found 4");
    assertProblem("cron(0 9 * * * *)", Message.E08_DAY_FIELDS, "invalid schedule 'cron(0 9 * * * *)':"
        + " exactly one of day-of-month and day-of-week must be '?', such as cron(0 9 * * ? *)");
    assertProblem("cron(0 9 ? * ? *)", Message.E08_DAY_FIELDS, "invalid schedule 'cron(0 9 ? * ? *)':"
        + " exactly one of day-of-month and day-of-week must be '?', such as cron(0 9 * * ? *)");
  }

  @Test
  void cronFieldValues() {
    assertProblem("cron(? 9 * * ? *)", Message.E08_FIELD_QUESTION, "invalid schedule 'cron(? 9 * * ? *)':"
        + " the minutes field '?' may not be '?' (only the day fields may)");
    assertProblem("cron(0 9 ? * MON#6 *)", Message.E08_FIELD_HASH, "invalid schedule"
        + " 'cron(0 9 ? * MON#6 *)': the day-of-week field 'MON#6' uses '#' as day#week, with the week 1-5");
    assertProblem("cron(0/0 9 * * ? *)", Message.E08_FIELD_STEP, "invalid schedule 'cron(0/0 9 * * ? *)':"
        + " the minutes field '0/0' uses '/' as start/increment, with a positive increment");
    assertProblem("cron(0/99999999999 9 * * ? *)", Message.E08_FIELD_STEP, "invalid schedule"
        + " 'cron(0/99999999999 9 * * ? *)': the minutes field '0/99999999999' uses '/' as start/increment,"
        + " with a positive increment");
    assertProblem("cron(0 1-2-3 * * ? *)", Message.E08_FIELD_RANGE, "invalid schedule"
        + " 'cron(0 1-2-3 * * ? *)': the hours field '1-2-3' has an invalid range");
    assertProblem("cron(0 x * * ? *)", Message.E08_FIELD_VALUE, "invalid schedule 'cron(0 x * * ? *)':"
        + " the hours field 'x' has the invalid value 'X'");
    assertProblem("cron(0 24 * * ? *)", Message.E08_FIELD_OUT_OF_RANGE, "invalid schedule"
        + " 'cron(0 24 * * ? *)': the hours field '24' has 24, outside 0-23");
    assertProblem("cron(0 9 * FOO ? *)", Message.E08_FIELD_VALUE, "invalid schedule 'cron(0 9 * FOO ? *)':"
        + " the month field 'FOO' has the invalid value 'FOO'");
    assertProblem("cron(0 9 * * ? 1969)", Message.E08_FIELD_OUT_OF_RANGE, "invalid schedule"
        + " 'cron(0 9 * * ? 1969)': the year field '1969' has 1969, outside 1970-2199");
    assertProblem("cron(0 9 32W * ? *)", Message.E08_FIELD_OUT_OF_RANGE, "invalid schedule"
        + " 'cron(0 9 32W * ? *)': the day-of-month field '32W' has 32, outside 1-31");
  }

  private static void assertProblem(String schedule, Message message, String text) {
    Finding problem = ScheduleExpression.problem(schedule);
    assertEquals(message, problem == null ? null : problem.message(), schedule);
    assertEquals(text, problem.text());
  }
}
