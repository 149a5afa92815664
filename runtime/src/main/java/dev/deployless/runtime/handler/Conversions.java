package dev.deployless.runtime.handler;

import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.TextValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * Converts path, query and header values to the types of route parameters. A value that does not
 * convert is the caller's mistake: each method throws {@link BadRequestException} saying which
 * parameter ({@code what}, e.g. {@code "query parameter 'limit'"}), what it was and what was expected.
 * A null value is a required parameter the request does not carry: each method throws
 * {@link #missing}, so one call binds a required parameter.
 */
public final class Conversions {
  /** What a valid boolean looks like, for messages. */
  public static final String BOOLEAN_FORM = "true or false";
  /** What a valid byte looks like. */
  public static final String BYTE_FORM = "an integer from -128 to 127";
  /** What a valid short looks like. */
  public static final String SHORT_FORM = "an integer from -32768 to 32767";
  /** What a valid int, long or BigInteger looks like. */
  public static final String INTEGER_FORM = "an integer";
  /** What a valid double or BigDecimal looks like. */
  public static final String NUMBER_FORM = "a number";
  /** What a valid float looks like once it is a number. */
  public static final String FLOAT_FORM = "a number within the range of float";
  /** What a valid char looks like. */
  public static final String CHARACTER_FORM = "a single character";

  private Conversions() {}

  /** The error for a required parameter that the request does not carry. */
  public static BadRequestException missing(String what) {
    return new BadRequestException("missing required " + what);
  }

  /** {@code value}, a required text parameter. */
  public static String required(String value, String what) {
    if (value == null) {
      throw missing(what);
    }
    return value;
  }

  /** The error for a value that does not convert. */
  public static BadRequestException invalid(String what, String value, String expected) {
    String shown = value.length() <= 64 ? value : value.substring(0, 61) + "...";
    return new BadRequestException(what + ": expected " + expected + " but got '" + shown + "'");
  }

  public static boolean toBoolean(String value, String what) {
    required(value, what);
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    if ("false".equalsIgnoreCase(value)) {
      return false;
    }
    throw invalid(what, value, BOOLEAN_FORM);
  }

  public static byte toByte(String value, String what) {
    required(value, what);
    try {
      return Byte.parseByte(value);
    } catch (NumberFormatException e) {
      throw invalid(what, value, BYTE_FORM);
    }
  }

  public static short toShort(String value, String what) {
    required(value, what);
    try {
      return Short.parseShort(value);
    } catch (NumberFormatException e) {
      throw invalid(what, value, SHORT_FORM);
    }
  }

  public static int toInt(String value, String what) {
    required(value, what);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(what, value, INTEGER_FORM);
    }
  }

  public static long toLong(String value, String what) {
    required(value, what);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw invalid(what, value, INTEGER_FORM);
    }
  }

  public static float toFloat(String value, String what) {
    float result = (float) toDouble(value, what);
    if (Float.isInfinite(result)) {
      throw invalid(what, value, FLOAT_FORM);
    }
    return result;
  }

  public static double toDouble(String value, String what) {
    required(value, what);
    checkLength(value, what);
    try {
      double result = Double.parseDouble(value);
      if (Double.isNaN(result) || Double.isInfinite(result) || !isDecimal(value)) {
        throw invalid(what, value, NUMBER_FORM);
      }
      return result;
    } catch (NumberFormatException e) {
      throw invalid(what, value, NUMBER_FORM);
    }
  }

  public static char toChar(String value, String what) {
    required(value, what);
    if (value.length() != 1) {
      throw invalid(what, value, CHARACTER_FORM);
    }
    return value.charAt(0);
  }

  public static BigDecimal toBigDecimal(String value, String what) {
    required(value, what);
    checkLength(value, what);
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw invalid(what, value, NUMBER_FORM);
    }
  }

  public static BigInteger toBigInteger(String value, String what) {
    required(value, what);
    checkLength(value, what);
    try {
      return new BigInteger(value);
    } catch (NumberFormatException e) {
      throw invalid(what, value, INTEGER_FORM);
    }
  }

  public static UUID toUuid(String value, String what) {
    required(value, what);
    return checked(TextValues.uuid(value), what, value, TextValues.UUID_FORM);
  }

  public static Instant toInstant(String value, String what) {
    required(value, what);
    return checked(TextValues.instant(value), what, value, TextValues.INSTANT_FORM);
  }

  public static LocalDate toLocalDate(String value, String what) {
    required(value, what);
    return checked(TextValues.localDate(value), what, value, TextValues.DATE_FORM);
  }

  public static LocalTime toLocalTime(String value, String what) {
    required(value, what);
    return checked(TextValues.localTime(value), what, value, TextValues.TIME_FORM);
  }

  public static LocalDateTime toLocalDateTime(String value, String what) {
    required(value, what);
    return checked(TextValues.localDateTime(value), what, value, TextValues.DATE_TIME_FORM);
  }

  public static OffsetDateTime toOffsetDateTime(String value, String what) {
    required(value, what);
    return checked(TextValues.offsetDateTime(value), what, value, TextValues.OFFSET_DATE_TIME_FORM);
  }

  public static ZonedDateTime toZonedDateTime(String value, String what) {
    required(value, what);
    return checked(TextValues.zonedDateTime(value), what, value, TextValues.OFFSET_DATE_TIME_FORM);
  }

  public static Duration toDuration(String value, String what) {
    required(value, what);
    return checked(TextValues.duration(value), what, value, TextValues.DURATION_FORM);
  }

  private static <T> T checked(T parsed, String what, String value, String expected) {
    if (parsed == null) {
      throw invalid(what, value, expected);
    }
    return parsed;
  }

  /**
   * Applies the JSON reader's number length limit to the numbers whose parsing reads every digit
   * (quadratic in their count for {@code BigInteger} and {@code BigDecimal}), as for a body.
   */
  private static void checkLength(String value, String what) {
    if (value.length() > JsonReader.MAX_NUMBER_LENGTH) {
      throw new BadRequestException(what + ": exceeds the number length limit of "
          + JsonReader.MAX_NUMBER_LENGTH + " characters (it has " + value.length() + ")");
    }
  }

  /** Whether {@code value} is a plain decimal number (no hex, no type suffix like {@code 1d}). */
  private static boolean isDecimal(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }
}
