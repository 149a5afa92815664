package dev.deployless.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes values whose type is only known at run time: the {@code Object}, {@code Map<String, Object>}
 * and {@code List<Object>} values a handler declares when it wants free-form JSON. Records and
 * classes are written by code generated at compile time instead; here only JSON-like values are
 * accepted, so nothing needs reflection.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Writes a map, iterable, array, string, number, boolean, enum (its name), {@code Optional},
   * {@code UUID}, {@code java.time} value (ISO-8601) or {@code null}.
   *
   * @throws IllegalArgumentException for any other type, which has no known JSON form
   */
  public static void write(JsonWriter writer, Object value) {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Boolean) {
      writer.value(((Boolean) value).booleanValue());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      writer.value(((Number) value).doubleValue());
    } else if (value instanceof BigDecimal) {
      writer.value((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      writer.value((BigInteger) value);
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable) {
      writer.beginArray();
      for (Object element : (Iterable<?>) value) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Object[]) {
      writer.beginArray();
      for (Object element : (Object[]) value) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Optional) {
      write(writer, ((Optional<?>) value).orElse(null));
    } else if (value instanceof Enum) {
      writer.value(((Enum<?>) value).name());
    } else if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
      writer.value(value.toString());
    } else if (value instanceof ZonedDateTime) {
      writer.value((ZonedDateTime) value);
    } else if (value instanceof TemporalAccessor || value instanceof java.time.Duration) {
      writer.value(value.toString());
    } else if (value instanceof byte[]) {
      writer.base64((byte[]) value);
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName()
          + " as JSON from a free-form value: declare the field, parameter or return type with"
          + " this type instead of Object so deployless generates its JSON code");
    }
  }

  /** {@code value} as a JSON text (see {@link #write}). */
  public static String toJson(Object value) {
    JsonWriter writer = new JsonWriter();
    write(writer, value);
    return writer.toString();
  }
}
