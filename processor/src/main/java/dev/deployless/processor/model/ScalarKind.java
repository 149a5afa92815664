package dev.deployless.processor.model;

import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.handler.Conversions;
import dev.deployless.runtime.json.TextValues;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The single-value types a handler converts from text (path, query, header) or reads and writes as
 * one JSON value: the one table of what deployless knows about each. Reading classifies Java types
 * by its first two columns; generated code calls the runtime methods it names (a test checks they
 * exist); messages say what a valid value looks like with the runtime's own words.
 */
public enum ScalarKind {
  // Columns: the class, its primitive, the JsonReader, Conversions and JsonWriter methods, the valid value.
  STRING(String.class, null, "nextString", null, "value", "a string"),
  BOOLEAN(Boolean.class, "boolean", "nextBoolean", "toBoolean", "value", Conversions.BOOLEAN_FORM),
  BYTE(Byte.class, "byte", "nextByte", "toByte", "value", Conversions.BYTE_FORM),
  SHORT(Short.class, "short", "nextShort", "toShort", "value", Conversions.SHORT_FORM),
  INT(Integer.class, "int", "nextInt", "toInt", "value", Conversions.INTEGER_FORM),
  LONG(Long.class, "long", "nextLong", "toLong", "value", Conversions.INTEGER_FORM),
  FLOAT(Float.class, "float", "nextFloat", "toFloat", "value", Conversions.NUMBER_FORM),
  DOUBLE(Double.class, "double", "nextDouble", "toDouble", "value", Conversions.NUMBER_FORM),
  CHAR(Character.class, "char", "nextChar", "toChar", "value", Conversions.CHARACTER_FORM),
  BIG_DECIMAL(BigDecimal.class, null, "nextBigDecimal", "toBigDecimal", "value", Conversions.NUMBER_FORM),
  BIG_INTEGER(BigInteger.class, null, "nextBigInteger", "toBigInteger", "value", Conversions.INTEGER_FORM),
  UUID(java.util.UUID.class, null, "nextUuid", "toUuid", "text", TextValues.UUID_FORM),
  INSTANT(Instant.class, null, "nextInstant", "toInstant", "text", TextValues.INSTANT_FORM),
  LOCAL_DATE(LocalDate.class, null, "nextLocalDate", "toLocalDate", "text", TextValues.DATE_FORM),
  LOCAL_TIME(LocalTime.class, null, "nextLocalTime", "toLocalTime", "text", TextValues.TIME_FORM),
  LOCAL_DATE_TIME(LocalDateTime.class, null, "nextLocalDateTime", "toLocalDateTime", "text",
      TextValues.DATE_TIME_FORM),
  OFFSET_DATE_TIME(OffsetDateTime.class, null, "nextOffsetDateTime", "toOffsetDateTime", "text",
      TextValues.OFFSET_DATE_TIME_FORM),
  ZONED_DATE_TIME(ZonedDateTime.class, null, "nextZonedDateTime", "toZonedDateTime", "value",
      TextValues.OFFSET_DATE_TIME_FORM),
  DURATION(Duration.class, null, "nextDuration", "toDuration", "text", TextValues.DURATION_FORM);

  private static final Map<String, ScalarKind> BY_CLASS = new HashMap<>();
  private static final Map<String, ScalarKind> BY_PRIMITIVE = new HashMap<>();

  static {
    for (ScalarKind kind : values()) {
      BY_CLASS.put(kind.type.getName(), kind);
      if (kind.primitive != null) {
        BY_PRIMITIVE.put(kind.primitive, kind);
      }
    }
  }

  private final Class<?> type;
  private final String primitive;
  private final String readMethod;
  private final String conversion;
  private final String writeMethod;
  private final String expected;

  ScalarKind(Class<?> type, String primitive, String readMethod, String conversion, String writeMethod,
      String expected) {
    this.type = type;
    this.primitive = primitive;
    this.readMethod = readMethod;
    this.conversion = conversion;
    this.writeMethod = writeMethod;
    this.expected = expected;
  }

  /** The kind of the class {@code qualifiedName} (a box, String, BigDecimal, UUID, java.time), if any. */
  public static Optional<ScalarKind> ofClass(String qualifiedName) {
    return Optional.ofNullable(BY_CLASS.get(qualifiedName));
  }

  /** The kind of the primitive type {@code keyword} ({@code int}). */
  public static ScalarKind ofPrimitive(String keyword) {
    ScalarKind kind = BY_PRIMITIVE.get(keyword);
    if (kind == null) {
      throw new IllegalArgumentException("not a primitive: " + keyword);
    }
    return kind;
  }

  /** The class of the kind (the box of a primitive). */
  public Class<?> type() {
    return type;
  }

  /** The primitive type's keyword, or null when there is none. */
  public String primitive() {
    return primitive;
  }

  /** The {@code JsonReader} method reading a value of this kind: {@code nextInt}. */
  public String readMethod() {
    return readMethod;
  }

  /**
   * The {@code Conversions} method converting a path, query or header value: {@code toInt}; null
   * for a String, which needs none.
   */
  public String conversion() {
    return conversion;
  }

  /** The {@code JsonWriter} method writing a value of this kind: {@code value}, or {@code text}. */
  public String writeMethod() {
    return writeMethod;
  }

  /** What a valid value looks like, for messages: "an integer"; the runtime's words. */
  public String expected() {
    return expected;
  }

  /**
   * Whether {@code text} converts to this kind, by the very {@code Conversions} method the generated
   * handler calls (checks {@code @DefaultValue} at compile time).
   */
  public boolean converts(String text) {
    if (conversion == null) {
      return true;
    }
    try {
      Conversions.class.getMethod(conversion, String.class, String.class).invoke(null, text, "");
      return true;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof BadRequestException) {
        return false;
      }
      throw new IllegalStateException(conversion + " failed on '" + text + "'", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Conversions has no " + conversion + "(String, String)", e);
    }
  }
}
