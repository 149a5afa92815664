package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonToken;
import dev.deployless.runtime.json.TextValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small readings the event readers share: optional strings, string maps and lists, instants. */
final class EventJson {
  private EventJson() {}

  /** A string or {@code null}. */
  static String string(JsonReader reader) {
    return reader.nextNull() ? null : reader.nextString();
  }

  /** An object of string values (null values left out), or an empty map for {@code null}. */
  static Map<String, String> stringMap(JsonReader reader) {
    if (reader.nextNull()) {
      return Collections.emptyMap();
    }
    Map<String, String> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String value = string(reader);
      if (value != null) {
        map.put(name, value);
      }
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  /** An array of strings, or an empty list for {@code null}. */
  static List<String> stringList(JsonReader reader) {
    if (reader.nextNull()) {
      return Collections.emptyList();
    }
    List<String> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      list.add(reader.nextString());
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  /**
   * An ISO-8601 UTC instant as AWS writes them ({@code 2019-01-02T12:45:07.000Z},
   * {@code 2020-09-30T15:58:34Z}), or {@code null} for {@code null}. The usual form is read digit by
   * digit: {@code Instant.parse} builds a date-time formatter, milliseconds of a cold start.
   */
  static Instant instant(JsonReader reader) {
    String text = string(reader);
    if (text == null) {
      return null;
    }
    Instant instant = utcInstant(text);
    if (instant == null) {
      instant = TextValues.instant(text);
    }
    if (instant == null) {
      throw reader.unexpectedValue(text, TextValues.INSTANT_FORM);
    }
    return instant;
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null for any other form or an invalid value. */
  static Instant utcInstant(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos = 0;
    if (length > 20) {
      int fraction = length - 21;
      if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(text, 20, length - 1);
      for (int i = fraction; i < 9 && nanos >= 0; i++) {
        nanos *= 10;
      }
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour < 0
        || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
      return null;
    }
    long days = epochDay(year, month, day);
    return Instant.ofEpochSecond(days * 86400L + hour * 3600L + minute * 60L + second, nanos);
  }

  /** The number written in {@code text[from, to)}, or -1 unless it is all ASCII digits. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysIn(int month, int year) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yearOfEra = y - era * 400;
    long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  /** Whether the next value is an object (for fields that must be one). */
  static boolean isObject(JsonReader reader) {
    return reader.peek() == JsonToken.BEGIN_OBJECT;
  }
}
