package dev.deployless.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pull reader of one JSON document held in memory as UTF-8 bytes (RFC 8259, strict: no comments,
 * no trailing commas, no single quotes, no coercion of strings to numbers).
 *
 * <p>Objects are read with {@code beginObject(); while (hasNext()) { nextName(); ... } endObject();}
 * and arrays the same way. Every error is a {@link JsonException} whose message names the JSON path
 * of the offending value and, for syntax errors, its line and column.
 *
 * <p>Hostile input costs time and memory linear in its size, within fixed read limits in the manner
 * of Jackson's {@code StreamReadConstraints}: a document of at most {@value #MAX_DOCUMENT_LENGTH}
 * bytes, nested at most {@value #MAX_DEPTH} levels (so it cannot exhaust the stack), and numbers of
 * at most {@value #MAX_NUMBER_LENGTH} characters (parsing a {@code BigInteger} or {@code BigDecimal}
 * takes time quadratic in its digits). Each limit is checked in constant time where its token
 * starts or ends, and a document over one is a {@link JsonException} naming the limit and its value.
 */
public final class JsonReader {
  /**
   * The largest document read, in bytes: AWS Lambda's cap on a synchronous invocation's payload
   * (6 MiB), so every event Lambda can deliver is read, and nothing larger.
   */
  public static final int MAX_DOCUMENT_LENGTH = 6 * 1024 * 1024;

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_DEPTH = 256;

  /**
   * The longest number accepted, in characters (sign, digits, point and exponent), as Jackson's
   * default: a {@code double} has 17 significant digits, a 2048-bit integer 617.
   */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private static final int EMPTY = 0;
  private static final int NONEMPTY = 1;
  private static final int DANGLING = 2;
  private static final int AFTER_NAME = 3;

  private final byte[] buf;
  private final int start;
  private final int limit;
  private int pos;

  private int depth;
  private int[] state = new int[8];
  private boolean[] inArray = new boolean[8];
  private String[] names = new String[8];
  private int[] indices = new int[8];
  private boolean rootRead;
  private boolean integral;
  /** The input as Latin-1 text, made on first {@link #skipTrustedValue()} to search it fast. */
  private String latin1;

  /** A reader of {@code json}, which must be UTF-8. */
  public JsonReader(byte[] json) {
    this(json, 0, json.length);
  }

  /** A reader of {@code length} bytes of UTF-8 JSON starting at {@code offset}. */
  public JsonReader(byte[] json, int offset, int length) {
    this.buf = json;
    this.start = offset;
    this.pos = offset;
    this.limit = offset + length;
  }

  /** A reader of a JSON text. */
  public static JsonReader of(String json) {
    return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- structure

  /** The kind of the next value, consuming a separating comma if there is one. */
  public JsonToken peek() {
    skipWhitespace();
    if (depth > 0 && state[depth] == NONEMPTY) {
      byte closer = inArray[depth] ? (byte) ']' : (byte) '}';
      if (pos < limit && buf[pos] == ',') {
        pos++;
        state[depth] = DANGLING;
        skipWhitespace();
      } else if (pos < limit && buf[pos] == closer) {
        return inArray[depth] ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
      } else {
        throw syntax(inArray[depth] ? "expected ',' or ']'" : "expected ',' or '}'");
      }
    }
    if (pos >= limit) {
      return JsonToken.END_DOCUMENT;
    }
    switch (buf[pos]) {
      case '{':
        return JsonToken.BEGIN_OBJECT;
      case '}':
        return JsonToken.END_OBJECT;
      case '[':
        return JsonToken.BEGIN_ARRAY;
      case ']':
        return JsonToken.END_ARRAY;
      case '"':
        return JsonToken.STRING;
      case 't':
      case 'f':
        return JsonToken.BOOLEAN;
      case 'n':
        return JsonToken.NULL;
      case '-':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return JsonToken.NUMBER;
      default:
        throw syntax("unexpected character '" + printable(buf[pos]) + "'");
    }
  }

  /** Whether the current object or array has another member. */
  public boolean hasNext() {
    JsonToken token = peek();
    return token != JsonToken.END_OBJECT
        && token != JsonToken.END_ARRAY
        && token != JsonToken.END_DOCUMENT;
  }

  /** Consumes the start of an object; fails unless the next value is one. */
  public void beginObject() {
    expect(beginValue(), JsonToken.BEGIN_OBJECT, "an object");
    pos++;
    push(false);
  }

  /** Consumes the end of the current object. */
  public void endObject() {
    close(false);
  }

  /** Consumes the start of an array; fails unless the next value is one. */
  public void beginArray() {
    expect(beginValue(), JsonToken.BEGIN_ARRAY, "an array");
    pos++;
    push(true);
  }

  /** Consumes the end of the current array. */
  public void endArray() {
    close(true);
  }

  /** The next property name of the current object. */
  public String nextName() {
    beginName();
    String name = readString();
    names[depth] = name;
    endName();
    return name;
  }

  /**
   * The index in {@code candidates} of the next property name of the current object, or -1 when it
   * is none of them: {@link #nextName()} for a reader that only looks for known names (ASCII), without
   * building a String for each.
   */
  public int nextName(String[] candidates) {
    beginName();
    int begin = pos + 1;
    int p = begin;
    while (p < limit && buf[p] != '"' && buf[p] != '\\' && (buf[p] < 0 || buf[p] >= 0x20)) {
      p++;
    }
    int index = -1;
    if (p < limit && buf[p] == '"') {
      for (int i = 0; i < candidates.length && index < 0; i++) {
        if (isName(candidates[i], begin, p - begin)) {
          index = i;
        }
      }
      pos = p + 1;
      names[depth] = index < 0 ? null : candidates[index];
    } else {
      String name = readString();
      index = Arrays.asList(candidates).indexOf(name);
      names[depth] = name;
    }
    endName();
    return index;
  }

  private boolean isName(String candidate, int begin, int length) {
    if (candidate.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (buf[begin + i] != candidate.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Checks that a property name comes next. */
  private void beginName() {
    JsonToken token = peek();
    if (depth == 0 || inArray[depth]) {
      throw new IllegalStateException("nextName() outside an object");
    }
    if (state[depth] == AFTER_NAME) {
      throw syntax("expected a value");
    }
    if (token != JsonToken.STRING) {
      throw syntax("expected a property name");
    }
  }

  /** Consumes the colon after a property name. */
  private void endName() {
    skipWhitespace();
    if (pos >= limit || buf[pos] != ':') {
      throw syntax("expected ':'");
    }
    pos++;
    state[depth] = AFTER_NAME;
  }

  /** Consumes the next property name without keeping it (for skipped values). */
  private String skipName() {
    beginName();
    names[depth] = null;
    skipString();
    endName();
    return null;
  }

  /**
   * The offset in the input where the next value starts (separators and whitespace consumed). With
   * {@link #skipValue()} and {@link #position()} it delimits a value to read later with
   * {@code new JsonReader(bytes, start, end - start)}.
   */
  public int valueStart() {
    peek();
    return pos;
  }

  /** The offset in the input just after what has been read. */
  public int position() {
    return pos;
  }

  /** Fails unless the whole input has been read (whitespace aside). */
  public void endDocument() {
    skipWhitespace();
    if (depth != 0 || pos < limit) {
      throw syntax("unexpected data after the JSON value");
    }
  }

  // ---------------------------------------------------------------- values

  /** Consumes a {@code null} and returns true if the next value is null; otherwise consumes nothing. */
  public boolean nextNull() {
    if (peek() != JsonToken.NULL) {
      return false;
    }
    beginValue();
    literal("null");
    return true;
  }

  /** The next value, which must be a string. */
  public String nextString() {
    expect(beginValue(), JsonToken.STRING, "a string");
    return readString();
  }

  /** The next value, which must be {@code true} or {@code false}. */
  public boolean nextBoolean() {
    expect(beginValue(), JsonToken.BOOLEAN, "a boolean");
    if (buf[pos] == 't') {
      literal("true");
      return true;
    }
    literal("false");
    return false;
  }

  /** The next value, which must be an integer within the range of {@code long}. */
  public long nextLong() {
    expect(beginValue(), JsonToken.NUMBER, "an integer");
    int end = scanNumber();
    if (!integral) {
      throw typeError("an integer", "the number " + text(pos, end));
    }
    boolean negative = buf[pos] == '-';
    int p = negative ? pos + 1 : pos;
    long value = 0;
    for (; p < end; p++) {
      int digit = buf[p] - '0';
      if (value < (Long.MIN_VALUE + digit) / 10) {
        throw outOfRange(end, "long");
      }
      value = value * 10 - digit;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        throw outOfRange(end, "long");
      }
      value = -value;
    }
    pos = end;
    return value;
  }

  /** The next value, which must be an integer within the range of {@code int}. */
  public int nextInt() {
    int at = skipToValue();
    long value = nextLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw rangeError(at, "int");
    }
    return (int) value;
  }

  /** The next value, which must be an integer within the range of {@code short}. */
  public short nextShort() {
    int at = skipToValue();
    long value = nextLong();
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw rangeError(at, "short");
    }
    return (short) value;
  }

  /** The next value, which must be an integer within the range of {@code byte}. */
  public byte nextByte() {
    int at = skipToValue();
    long value = nextLong();
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw rangeError(at, "byte");
    }
    return (byte) value;
  }

  /** The next value, which must be a number within the range of {@code double}. */
  public double nextDouble() {
    expect(beginValue(), JsonToken.NUMBER, "a number");
    int end = scanNumber();
    double value = Double.parseDouble(text(pos, end));
    if (Double.isInfinite(value)) {
      throw outOfRange(end, "double");
    }
    pos = end;
    return value;
  }

  /** The next value, which must be a number within the range of {@code float}. */
  public float nextFloat() {
    expect(beginValue(), JsonToken.NUMBER, "a number");
    int end = scanNumber();
    float value = Float.parseFloat(text(pos, end));
    if (Float.isInfinite(value)) {
      throw outOfRange(end, "float");
    }
    pos = end;
    return value;
  }

  /**
   * The next value, which must be a number, exactly, whose exponent is within the range of
   * {@code BigDecimal} (its scale is an {@code int}).
   */
  public BigDecimal nextBigDecimal() {
    expect(beginValue(), JsonToken.NUMBER, "a number");
    int end = scanNumber();
    BigDecimal value;
    try {
      value = new BigDecimal(text(pos, end));
    } catch (NumberFormatException e) {
      throw outOfRange(end, "BigDecimal");
    }
    pos = end;
    return value;
  }

  /** The next value, which must be an integer of any size. */
  public BigInteger nextBigInteger() {
    expect(beginValue(), JsonToken.NUMBER, "an integer");
    int end = scanNumber();
    if (!integral) {
      throw typeError("an integer", "the number " + text(pos, end));
    }
    BigInteger value = new BigInteger(text(pos, end));
    pos = end;
    return value;
  }

  /** The next value, which must be a string of exactly one character. */
  public char nextChar() {
    String value = nextString();
    if (value.length() != 1) {
      throw error("expected a single character at " + path() + " but found a string of length "
          + value.length());
    }
    return value.charAt(0);
  }

  /** The next value, which must be a UUID in its canonical 36-character form. */
  public UUID nextUuid() {
    String value = nextString();
    return checked(TextValues.uuid(value), value, TextValues.UUID_FORM);
  }

  /** The next value, an ISO-8601 instant such as {@code 2026-01-31T10:15:30Z}. */
  public Instant nextInstant() {
    String value = nextString();
    return checked(TextValues.instant(value), value, TextValues.INSTANT_FORM);
  }

  /** The next value, an ISO-8601 date such as {@code 2026-01-31}. */
  public LocalDate nextLocalDate() {
    String value = nextString();
    return checked(TextValues.localDate(value), value, TextValues.DATE_FORM);
  }

  /** The next value, an ISO-8601 local time such as {@code 10:15:30}. */
  public LocalTime nextLocalTime() {
    String value = nextString();
    return checked(TextValues.localTime(value), value, TextValues.TIME_FORM);
  }

  /** The next value, an ISO-8601 local date-time such as {@code 2026-01-31T10:15:30}. */
  public LocalDateTime nextLocalDateTime() {
    String value = nextString();
    return checked(TextValues.localDateTime(value), value, TextValues.DATE_TIME_FORM);
  }

  /** The next value, an ISO-8601 date-time with offset such as {@code 2026-01-31T10:15:30+01:00}. */
  public OffsetDateTime nextOffsetDateTime() {
    String value = nextString();
    return checked(TextValues.offsetDateTime(value), value, TextValues.OFFSET_DATE_TIME_FORM);
  }

  /** The next value, an ISO-8601 date-time with offset and optional zone. */
  public ZonedDateTime nextZonedDateTime() {
    String value = nextString();
    return checked(TextValues.zonedDateTime(value), value, TextValues.OFFSET_DATE_TIME_FORM);
  }

  /** The next value, an ISO-8601 duration such as {@code PT15M}. */
  public Duration nextDuration() {
    String value = nextString();
    return checked(TextValues.duration(value), value, TextValues.DURATION_FORM);
  }

  /** The next value as a base64 string decoded to bytes. */
  public byte[] nextBase64() {
    String value = nextString();
    try {
      return java.util.Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw invalid(value, "base64 data");
    }
  }

  /** Skips the next value, whatever it is, checking that it is well-formed JSON. */
  public void skipValue() {
    readOrSkip(false);
  }

  /**
   * Skips the next value checking only that its strings end and its brackets balance, several
   * times faster than {@link #skipValue()}. For parts of a document from a trusted producer
   * (API Gateway's events) that may never be read; what is read later is checked then.
   */
  public void skipTrustedValue() {
    JsonToken token = beginValue();
    switch (token) {
      case STRING:
        skipString();
        return;
      case NUMBER:
        pos = scanNumber();
        return;
      case BOOLEAN:
        literal(buf[pos] == 't' ? "true" : "false");
        return;
      case NULL:
        literal("null");
        return;
      case BEGIN_OBJECT:
      case BEGIN_ARRAY:
        break;
      default:
        throw syntax("expected a value");
    }
    final byte[] bytes = buf;
    final int end = limit;
    int nesting = 0;
    int p = pos;
    while (p < end) {
      byte b = bytes[p];
      if (b == '"') {
        p = stringEnd(p + 1);
      } else if (b == '{' || b == '[') {
        nesting++;
        p++;
      } else if ((b == '}' || b == ']') && --nesting == 0) {
        pos = p + 1;
        return;
      } else {
        p++;
      }
    }
    pos = end;
    throw syntax("unterminated " + (token == JsonToken.BEGIN_OBJECT ? "object" : "array"));
  }

  /**
   * The next value as plain Java objects: {@code Map<String, Object>} (insertion-ordered),
   * {@code List<Object>}, {@code String}, {@code Integer}/{@code Long}/{@code BigInteger} for
   * integers, {@code Double} for other numbers (an error beyond the range of {@code double}),
   * {@code Boolean}, or {@code null}.
   */
  public Object readAny() {
    return readOrSkip(true);
  }

  /** The next value, which must be an object, as a map of plain Java objects (see {@link #readAny()}). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> readObject() {
    JsonToken token = peek();
    if (token != JsonToken.BEGIN_OBJECT) {
      beginValue();
      throw typeError("an object", token.description());
    }
    return (Map<String, Object>) readAny();
  }

  private <T> T checked(T parsed, String text, String expected) {
    if (parsed == null) {
      throw invalid(text, expected);
    }
    return parsed;
  }

  /** An error about the value just read, for example an enum constant that does not exist. */
  public JsonException unexpectedValue(String found, String expected) {
    return invalid(found, expected);
  }

  /**
   * The JSON path of the current position, such as {@code $.items[2].quantity}, for messages: names
   * over 64 characters are shortened.
   */
  public String path() {
    StringBuilder path = new StringBuilder("$");
    for (int d = 1; d <= depth; d++) {
      if (inArray[d]) {
        path.append('[').append(Math.max(indices[d], 0)).append(']');
      } else if (names[d] != null) {
        path.append('.').append(abbreviate(names[d]));
      }
    }
    return path.toString();
  }

  // ---------------------------------------------------------------- internals

  private Object readOrSkip(boolean keep) {
    JsonToken token = peek();
    switch (token) {
      case BEGIN_OBJECT: {
        beginObject();
        Map<String, Object> map = keep ? new LinkedHashMap<>() : null;
        while (hasNext()) {
          String name = keep ? nextName() : skipName();
          Object value = readOrSkip(keep);
          if (keep) {
            map.put(name, value);
          }
        }
        endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        beginArray();
        List<Object> list = keep ? new ArrayList<>() : null;
        while (hasNext()) {
          Object value = readOrSkip(keep);
          if (keep) {
            list.add(value);
          }
        }
        endArray();
        return list;
      }
      case STRING:
        if (keep) {
          return nextString();
        }
        beginValue();
        skipString();
        return null;
      case BOOLEAN:
        return nextBoolean();
      case NULL:
        nextNull();
        return null;
      case NUMBER:
        return keep ? readNumber() : skipNumber();
      default:
        beginValue();
        throw syntax("expected a value");
    }
  }

  private Object skipNumber() {
    beginValue();
    pos = scanNumber();
    return null;
  }

  private Object readNumber() {
    beginValue();
    int end = scanNumber();
    String text = text(pos, end);
    if (!integral) {
      double value = Double.parseDouble(text);
      if (Double.isInfinite(value)) {
        throw outOfRange(end, "double");
      }
      pos = end;
      return value;
    }
    pos = end;
    if (text.length() <= 18) {
      long value = Long.parseLong(text);
      return value == (int) value ? (Object) (int) value : (Object) value;
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  /** Positions at the next value and records that a value is being read there. */
  private JsonToken beginValue() {
    JsonToken token = peek();
    if (depth == 0) {
      if (limit - start > MAX_DOCUMENT_LENGTH) {
        throw error("JSON document exceeds the document size limit of " + MAX_DOCUMENT_LENGTH
            + " bytes (it has " + (limit - start) + ")");
      }
      if (rootRead) {
        throw syntax("unexpected data after the JSON value");
      }
      if (token == JsonToken.END_DOCUMENT) {
        throw syntax("empty JSON document");
      }
      rootRead = true;
    } else if (inArray[depth]) {
      if (token == JsonToken.END_ARRAY) {
        return token;
      }
      indices[depth]++;
      state[depth] = NONEMPTY;
    } else {
      if (state[depth] != AFTER_NAME) {
        throw syntax("expected a property name");
      }
      state[depth] = NONEMPTY;
    }
    return token;
  }

  /** Skips whitespace and returns the position of the next value, for range errors. */
  private int skipToValue() {
    peek();
    return pos;
  }

  private void expect(JsonToken actual, JsonToken expected, String description) {
    if (actual != expected) {
      throw typeError(description, actual.description());
    }
  }

  private void push(boolean array) {
    if (depth >= MAX_DEPTH) {
      throw error("JSON at " + path() + " exceeds the nesting depth limit of " + MAX_DEPTH
          + " levels");
    }
    if (++depth == state.length) {
      int size = depth * 2;
      state = java.util.Arrays.copyOf(state, size);
      inArray = java.util.Arrays.copyOf(inArray, size);
      names = java.util.Arrays.copyOf(names, size);
      indices = java.util.Arrays.copyOf(indices, size);
    }
    state[depth] = EMPTY;
    inArray[depth] = array;
    names[depth] = null;
    indices[depth] = -1;
  }

  private void close(boolean array) {
    JsonToken token = peek();
    if (depth == 0 || inArray[depth] != array) {
      throw new IllegalStateException(array ? "endArray() outside an array" : "endObject() outside an object");
    }
    if (state[depth] == DANGLING) {
      throw syntax("trailing comma");
    }
    if (state[depth] == AFTER_NAME) {
      throw syntax("expected a value");
    }
    if (token != (array ? JsonToken.END_ARRAY : JsonToken.END_OBJECT)) {
      throw syntax(array ? "expected ',' or ']'" : "expected ',' or '}'");
    }
    pos++;
    depth--;
  }

  private void skipWhitespace() {
    while (pos < limit) {
      byte b = buf[pos];
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        pos++;
      } else {
        return;
      }
    }
  }

  private void literal(String word) {
    int end = pos + word.length();
    if (end > limit) {
      throw syntax("invalid literal");
    }
    for (int i = 0; i < word.length(); i++) {
      if (buf[pos + i] != word.charAt(i)) {
        throw syntax("invalid literal");
      }
    }
    if (end < limit && !isDelimiter(buf[end])) {
      throw syntax("invalid literal");
    }
    pos = end;
  }

  /** Validates the number at {@code pos} and returns its end; sets {@link #integral}. */
  private int scanNumber() {
    int p = pos;
    boolean whole = true;
    if (buf[p] == '-') {
      p++;
    }
    if (p >= limit) {
      throw syntax("invalid number");
    }
    if (buf[p] == '0') {
      p++;
    } else if (isDigit(buf[p])) {
      while (p < limit && isDigit(buf[p])) {
        p++;
      }
    } else {
      throw syntax("invalid number");
    }
    if (p < limit && buf[p] == '.') {
      whole = false;
      p++;
      if (p >= limit || !isDigit(buf[p])) {
        throw syntax("invalid number");
      }
      while (p < limit && isDigit(buf[p])) {
        p++;
      }
    }
    if (p < limit && (buf[p] == 'e' || buf[p] == 'E')) {
      whole = false;
      p++;
      if (p < limit && (buf[p] == '+' || buf[p] == '-')) {
        p++;
      }
      if (p >= limit || !isDigit(buf[p])) {
        throw syntax("invalid number");
      }
      while (p < limit && isDigit(buf[p])) {
        p++;
      }
    }
    if (p < limit && !isDelimiter(buf[p])) {
      throw syntax("invalid number");
    }
    if (p - pos > MAX_NUMBER_LENGTH) {
      throw error("number at " + path() + " exceeds the number length limit of "
          + MAX_NUMBER_LENGTH + " characters (it has " + (p - pos) + ")");
    }
    integral = whole;
    return p;
  }

  /**
   * The offset after the quote closing the string whose content starts at {@code p}: the next
   * quote not escaped by an odd number of backslashes, found with {@code String.indexOf} (which the
   * JIT vectorizes) on a Latin-1 view of the input.
   */
  private int stringEnd(int p) {
    if (latin1 == null) {
      latin1 = new String(buf, 0, limit, StandardCharsets.ISO_8859_1);
    }
    int quote = latin1.indexOf('"', p);
    while (quote >= 0) {
      int backslashes = 0;
      while (quote - 1 - backslashes >= p && buf[quote - 1 - backslashes] == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        return quote + 1;
      }
      quote = latin1.indexOf('"', quote + 1);
    }
    return limit;
  }

  /** Consumes a string (validating escapes and control characters) without building it. */
  private void skipString() {
    final byte[] bytes = buf;
    final int end = limit;
    int p = pos + 1;
    while (p < end) {
      byte b = bytes[p];
      if (b == '"') {
        pos = p + 1;
        return;
      }
      if (b == '\\') {
        p = skipEscape(p);
      } else if (b >= 0 && b < 0x20) {
        pos = p;
        throw syntax("unescaped control character in string");
      } else {
        p++;
      }
    }
    pos = p;
    throw syntax("unterminated string");
  }

  /** Validates the escape at {@code p} (a backslash) and returns the offset after it. */
  private int skipEscape(int p) {
    if (p + 1 >= limit) {
      pos = p;
      throw syntax("unterminated string");
    }
    byte escape = buf[p + 1];
    if (escape == 'u') {
      for (int i = 2; i < 6; i++) {
        if (p + i >= limit || Character.digit(buf[p + i], 16) < 0) {
          pos = p + 2;
          throw syntax("invalid \\u escape");
        }
      }
      return p + 6;
    }
    if ("\"\\/bfnrt".indexOf(escape) < 0) {
      pos = p + 1;
      throw syntax("invalid escape '\\" + printable(escape) + "'");
    }
    return p + 2;
  }

  private String readString() {
    int begin = ++pos;
    int p = begin;
    boolean ascii = true;
    while (true) {
      if (p >= limit) {
        throw syntax("unterminated string");
      }
      byte b = buf[p];
      if (b == '"') {
        pos = p + 1;
        return new String(buf, begin, p - begin,
            ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      }
      if (b == '\\') {
        break;
      }
      if (b < 0x20) {
        if (b >= 0) {
          pos = p;
          throw syntax("unescaped control character in string");
        }
        ascii = false;
      }
      p++;
    }
    StringBuilder out = new StringBuilder(p - begin + 16);
    out.append(new String(buf, begin, p - begin, StandardCharsets.UTF_8));
    int segment = p;
    while (true) {
      if (p >= limit) {
        pos = p;
        throw syntax("unterminated string");
      }
      byte b = buf[p];
      if (b == '"') {
        out.append(new String(buf, segment, p - segment, StandardCharsets.UTF_8));
        pos = p + 1;
        return out.toString();
      }
      if (b >= 0 && b < 0x20) {
        pos = p;
        throw syntax("unescaped control character in string");
      }
      if (b != '\\') {
        p++;
        continue;
      }
      out.append(new String(buf, segment, p - segment, StandardCharsets.UTF_8));
      if (p + 1 >= limit) {
        pos = p;
        throw syntax("unterminated string");
      }
      byte escape = buf[p + 1];
      p += 2;
      switch (escape) {
        case '"':
          out.append('"');
          break;
        case '\\':
          out.append('\\');
          break;
        case '/':
          out.append('/');
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          if (p + 4 > limit) {
            pos = p;
            throw syntax("invalid \\u escape");
          }
          int c = 0;
          for (int i = 0; i < 4; i++) {
            int h = Character.digit(buf[p + i], 16);
            if (h < 0) {
              pos = p;
              throw syntax("invalid \\u escape");
            }
            c = (c << 4) | h;
          }
          out.append((char) c);
          p += 4;
          break;
        default:
          pos = p - 1;
          throw syntax("invalid escape '\\" + printable(escape) + "'");
      }
      segment = p;
    }
  }

  private String text(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isDelimiter(byte b) {
    return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static String printable(byte b) {
    return b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff);
  }

  private JsonException typeError(String expected, String found) {
    return error("expected " + expected + " at " + path() + " but found " + found);
  }

  private JsonException invalid(String value, String expected) {
    return error("expected " + expected + " at " + path() + " but found \"" + abbreviate(value) + "\"");
  }

  private JsonException outOfRange(int end, String type) {
    return error("number " + text(pos, end) + " at " + path() + " is out of range for " + type);
  }

  private JsonException rangeError(int from, String type) {
    int end = from;
    while (end < limit && !isDelimiter(buf[end])) {
      end++;
    }
    return error("number " + text(from, end) + " at " + path() + " is out of range for " + type);
  }

  private JsonException syntax(String problem) {
    int line = 1;
    int column = 1;
    for (int i = start; i < Math.min(pos, limit); i++) {
      if (buf[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return error("malformed JSON at line " + line + ", column " + column + " (" + path() + "): " + problem);
  }

  private static JsonException error(String message) {
    return new JsonException(message);
  }

  private static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
