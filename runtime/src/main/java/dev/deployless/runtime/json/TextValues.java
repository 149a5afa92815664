package dev.deployless.runtime.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Parses the values that travel as text, in JSON strings as in paths, queries and headers: UUIDs
 * and the ISO-8601 {@code java.time} types. Each method returns {@code null} for text that does not
 * parse, so callers raise the error that fits their context; the {@code *_FORM} constants describe
 * the expected form for those messages.
 */
public final class TextValues {
  public static final String UUID_FORM = "a UUID";
  public static final String INSTANT_FORM = "an ISO-8601 instant such as 2026-01-31T10:15:30Z";
  public static final String DATE_FORM = "an ISO-8601 date such as 2026-01-31";
  public static final String TIME_FORM = "an ISO-8601 time such as 10:15:30";
  public static final String DATE_TIME_FORM = "an ISO-8601 date-time such as 2026-01-31T10:15:30";
  public static final String OFFSET_DATE_TIME_FORM =
      "an ISO-8601 date-time with offset such as 2026-01-31T10:15:30+01:00";
  public static final String DURATION_FORM = "an ISO-8601 duration such as PT15M";

  private TextValues() {}

  /** A UUID in its canonical 36-character form, or null. */
  public static UUID uuid(String text) {
    if (text.length() != 36) {
      return null;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return null;
      }
    }
    return UUID.fromString(text);
  }

  public static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static LocalDate localDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static LocalTime localTime(String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static LocalDateTime localDateTime(String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static OffsetDateTime offsetDateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An ISO-8601 date-time with offset and optional {@code [zone]}, or null. */
  public static ZonedDateTime zonedDateTime(String text) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
