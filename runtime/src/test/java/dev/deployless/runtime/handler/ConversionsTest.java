package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deployless.runtime.BadRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Converting path, query and header text, with 400 messages naming the parameter. */
class ConversionsTest {
  private static final String WHAT = "query parameter 'limit'";

  private static String message(Runnable conversion) {
    return assertThrows(BadRequestException.class, conversion::run).getMessage();
  }

  @Test
  void convertsValidText() {
    assertEquals(42, Conversions.toInt("42", WHAT));
    assertEquals(-7L, Conversions.toLong("-7", WHAT));
    assertEquals(true, Conversions.toBoolean("TRUE", WHAT));
    assertEquals(1.5, Conversions.toDouble("1.5", WHAT));
    assertEquals('x', Conversions.toChar("x", WHAT));
    assertEquals(new BigDecimal("1.10"), Conversions.toBigDecimal("1.10", WHAT));
    assertEquals(LocalDate.of(2026, 1, 31), Conversions.toLocalDate("2026-01-31", WHAT));
    assertEquals(Duration.ofMinutes(15), Conversions.toDuration("PT15M", WHAT));
    UUID id = UUID.randomUUID();
    assertEquals(id, Conversions.toUuid(id.toString(), WHAT));
  }

  @Test
  void nullIsAMissingRequiredParameter() {
    String missing = "missing required query parameter 'limit'";
    assertEquals(missing, message(() -> Conversions.required(null, WHAT)));
    assertEquals(missing, message(() -> Conversions.toInt(null, WHAT)));
    assertEquals(missing, message(() -> Conversions.toFloat(null, WHAT)));
    assertEquals(missing, message(() -> Conversions.toUuid(null, WHAT)));
    assertEquals(missing, message(() -> Conversions.toChar(null, WHAT)));
    assertEquals("x", Conversions.required("x", WHAT));
  }

  @Test
  void rejectionsNameTheParameter() {
    assertEquals("query parameter 'limit': expected an integer but got 'ten'",
        message(() -> Conversions.toInt("ten", WHAT)));
    assertEquals("query parameter 'limit': expected true or false but got 'yes'",
        message(() -> Conversions.toBoolean("yes", WHAT)));
    assertEquals("query parameter 'limit': expected an integer from -128 to 127 but got '300'",
        message(() -> Conversions.toByte("300", WHAT)));
    assertEquals("missing required query parameter 'q'", Conversions.missing("query parameter 'q'").getMessage());
  }

  @Test
  void doublesMustBePlainDecimals() {
    for (String text : new String[] {"NaN", "Infinity", "1d", "0x10", "1f"}) {
      assertEquals("query parameter 'limit': expected a number but got '" + text + "'",
          message(() -> Conversions.toDouble(text, WHAT)));
    }
  }

  @Test
  void numbersBeyondTheirRangeAreBadRequests() {
    assertEquals("query parameter 'limit': expected a number but got '1e400'",
        message(() -> Conversions.toDouble("1e400", WHAT)));
    assertEquals("query parameter 'limit': expected a number within the range of float but got '1e39'",
        message(() -> Conversions.toFloat("1e39", WHAT)));
    assertEquals("query parameter 'limit': expected a number but got '1e2147483648'",
        message(() -> Conversions.toBigDecimal("1e2147483648", WHAT)));
  }

  @Test
  void numbersOverTheLengthLimitAreRejectedAsInBodies() {
    String digits = "1".repeat(1_000_000);
    String expected = WHAT + ": exceeds the number length limit of 1000 characters (it has 1000000)";
    assertEquals(expected, message(() -> Conversions.toBigInteger(digits, WHAT)));
    assertEquals(expected, message(() -> Conversions.toBigDecimal(digits, WHAT)));
    assertEquals(expected, message(() -> Conversions.toDouble(digits, WHAT)));
    assertEquals(expected, message(() -> Conversions.toFloat(digits, WHAT)));
    String longest = "1".repeat(1000);
    assertEquals(new BigInteger(longest), Conversions.toBigInteger(longest, WHAT));
  }

  @Test
  void uuidsMustBeCanonical() {
    assertEquals("query parameter 'limit': expected a UUID but got '1-2-3-4-5'",
        message(() -> Conversions.toUuid("1-2-3-4-5", WHAT)));
  }

  @Test
  void longValuesAreShortenedInMessages() {
    String message = message(() -> Conversions.toInt("9".repeat(100), WHAT));
    assertEquals(WHAT + ": expected an integer but got '" + "9".repeat(61) + "...'", message);
  }
}
