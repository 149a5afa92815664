package dev.deployless.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Writes one JSON document into a {@link StringBuilder}: compact, UTF-16 text with the characters
 * JSON requires escaped, plus U+2028 and U+2029 so the output is also safe inside JavaScript.
 *
 * <p>Objects are written with {@code beginObject(); name("a"); value(1); endObject();}; commas are
 * placed by the writer. Non-finite doubles have no JSON form and are rejected.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private final boolean embedded;
  private boolean[] needsComma = new boolean[8];
  private int depth;
  private boolean afterName;

  /** A writer into a new buffer. */
  public JsonWriter() {
    this(new StringBuilder(256));
  }

  /** A writer appending to {@code out}. */
  public JsonWriter(StringBuilder out) {
    this(out, false);
  }

  private JsonWriter(StringBuilder out, boolean embedded) {
    this.out = out;
    this.embedded = embedded;
  }

  /**
   * A writer whose output is already escaped as the content of a JSON string, so a document can be
   * embedded in another (an API Gateway proxy response's {@code body}) without a second escaping
   * pass. {@link #toString()} returns the escaped text; {@link #unembed} restores the document.
   */
  public static JsonWriter embedded() {
    return new JsonWriter(new StringBuilder(256), true);
  }

  /** Whether this writer escapes its output for embedding (see {@link #embedded()}). */
  public boolean isEmbedded() {
    return embedded;
  }

  /** The document written by an embedded writer, from its escaped text. */
  public static String unembed(CharSequence escaped) {
    StringBuilder document = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length()) {
        c = escaped.charAt(++i);
      }
      document.append(c);
    }
    return document.toString();
  }

  /** A string value whose content is already escaped, written between quotes as is. */
  public JsonWriter escapedValue(CharSequence content) {
    beforeValue();
    out.append('"').append(content).append('"');
    return this;
  }

  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    push();
    return this;
  }

  public JsonWriter endObject() {
    depth--;
    out.append('}');
    return this;
  }

  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    push();
    return this;
  }

  public JsonWriter endArray() {
    depth--;
    out.append(']');
    return this;
  }

  /** The name of the next property of the current object. */
  public JsonWriter name(String name) {
    if (needsComma[depth]) {
      out.append(',');
    }
    needsComma[depth] = true;
    quote(out, name, embedded);
    out.append(':');
    afterName = true;
    return this;
  }

  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** A string, or {@code null}. */
  public JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    quote(out, value, embedded);
    return this;
  }

  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * A finite double, as {@link Double#toString(double)} writes it; {@code NaN} and infinities have
   * no JSON form and are rejected.
   */
  public JsonWriter value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no representation for " + value);
    }
    beforeValue();
    long integral = (long) value;
    if (integral == value && integral > -10_000_000 && integral < 10_000_000 && integral != 0) {
      // What Double.toString writes for a whole number below 10^7, without its slower algorithm.
      out.append(integral).append(".0");
    } else {
      out.append(value);
    }
    return this;
  }

  /** A finite float, written with its shortest decimal form ({@code 0.1f} is {@code 0.1}). */
  public JsonWriter value(float value) {
    if (Float.isNaN(value) || Float.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no representation for " + value);
    }
    beforeValue();
    out.append(value);
    return this;
  }

  /** A boolean, or {@code null}. */
  public JsonWriter value(Boolean value) {
    return value == null ? nullValue() : value(value.booleanValue());
  }

  /**
   * A boxed number, or {@code null}: {@code Integer}, {@code Long}, {@code Short} and {@code Byte}
   * as integers, {@code Float} and {@code Double} as finite decimals.
   */
  public JsonWriter value(Number value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return value instanceof Float ? value(value.floatValue()) : value(value.doubleValue());
    }
    if (value instanceof BigDecimal || value instanceof BigInteger) {
      beforeValue();
      out.append(value.toString());
      return this;
    }
    return value(value.longValue());
  }

  /** A character as a one-character string, or {@code null}. */
  public JsonWriter value(Character value) {
    return value(value == null ? null : value.toString());
  }

  /** An enum constant by name, or {@code null}. */
  public JsonWriter value(Enum<?> value) {
    return value(value == null ? null : value.name());
  }

  /**
   * A value by its {@code toString()} as a string, or {@code null}: for UUIDs and the ISO-8601
   * {@code java.time} types.
   */
  public JsonWriter text(Object value) {
    return value(value == null ? null : value.toString());
  }

  /** A number, or {@code null}. */
  public JsonWriter value(BigDecimal value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    out.append(value.toString());
    return this;
  }

  /** A number, or {@code null}. */
  public JsonWriter value(BigInteger value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    out.append(value.toString());
    return this;
  }

  /** A date-time as ISO-8601 with offset (the zone id is not part of JSON's usual form), or null. */
  public JsonWriter value(ZonedDateTime value) {
    return value(value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** Bytes as a base64 string, or {@code null}. */
  public JsonWriter base64(byte[] value) {
    return value(value == null ? null : java.util.Base64.getEncoder().encodeToString(value));
  }

  /** An already serialized JSON value, written as is (escaped by an embedded writer). */
  public JsonWriter rawValue(String json) {
    beforeValue();
    if (!embedded) {
      out.append(json);
      return this;
    }
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return this;
  }

  /** The document written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** The buffer written into. */
  public StringBuilder buffer() {
    return out;
  }

  /** Appends {@code value} as a quoted, escaped JSON string. */
  public static void quote(StringBuilder out, CharSequence value) {
    quote(out, value.toString(), false);
  }

  /**
   * Appends {@code value} as a quoted, escaped JSON string; {@code embedded} escapes the result
   * again, as the content of an enclosing JSON string.
   */
  private static void quote(StringBuilder out, String value, boolean embedded) {
    String mark = embedded ? "\\\"" : "\"";
    String slash = embedded ? "\\\\" : "\\";
    int length = value.length();
    int first = 0;
    while (first < length && !needsEscape(value.charAt(first))) {
      first++;
    }
    out.append(mark);
    if (first == length) {
      out.append(value).append(mark);
      return;
    }
    out.append(value, 0, first);
    for (int i = first; i < length; i++) {
      char c = value.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
        continue;
      }
      out.append(slash);
      switch (c) {
        case '"':
          out.append(mark);
          break;
        case '\\':
          out.append(slash);
          break;
        case '\n':
          out.append('n');
          break;
        case '\r':
          out.append('r');
          break;
        case '\t':
          out.append('t');
          break;
        case '\b':
          out.append('b');
          break;
        case '\f':
          out.append('f');
          break;
        default:
          out.append('u').append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
              .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
      }
    }
    out.append(mark);
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (needsComma[depth]) {
        out.append(',');
      }
      needsComma[depth] = true;
    }
  }

  private void push() {
    if (++depth == needsComma.length) {
      needsComma = Arrays.copyOf(needsComma, depth * 2);
    }
    needsComma[depth] = false;
  }
}
