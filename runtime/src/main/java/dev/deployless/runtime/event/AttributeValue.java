package dev.deployless.runtime.event;

import dev.deployless.runtime.json.JsonWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value of a stream record's keys and images: one of the ten DynamoDB types,
 * with the accessors of the AWS SDK v2's {@code AttributeValue} ({@code s()}, {@code n()},
 * {@code m()}, ...), so converting to it is one line per type. Numbers stay the exact text
 * DynamoDB holds (up to 38 digits); {@link #toJava()} gives plain Java values.
 *
 * <p>Each accessor returns null unless the value is of its type.
 */
public final class AttributeValue {

  /** The DynamoDB types, by their tags in DynamoDB JSON. */
  public enum Type {
    /** String. */
    S,
    /** Number, as text. */
    N,
    /** Binary. */
    B,
    /** String set. */
    SS,
    /** Number set. */
    NS,
    /** Binary set. */
    BS,
    /** Map. */
    M,
    /** List. */
    L,
    /** Boolean. */
    BOOL,
    /** Null (tagged {@code NULL}). */
    NUL
  }

  private final Type type;
  /** String (S, N, B as base64), List of String (SS, NS, BS as base64), Map, List, Boolean. */
  private final Object value;

  private AttributeValue(Type type, Object value) {
    this.type = type;
    this.value = value;
  }

  public static AttributeValue fromS(String value) {
    return new AttributeValue(Type.S, requireValue(value));
  }

  /** A number, written as DynamoDB holds it ({@code "42"}, {@code "-1.5E3"}). */
  public static AttributeValue fromN(String value) {
    return new AttributeValue(Type.N, requireValue(value));
  }

  public static AttributeValue fromB(byte[] value) {
    return new AttributeValue(Type.B, Base64.getEncoder().encodeToString(value));
  }

  public static AttributeValue fromSs(List<String> values) {
    return new AttributeValue(Type.SS, List.copyOf(values));
  }

  public static AttributeValue fromNs(List<String> values) {
    return new AttributeValue(Type.NS, List.copyOf(values));
  }

  public static AttributeValue fromBs(List<byte[]> values) {
    List<String> encoded = new ArrayList<>(values.size());
    for (byte[] bytes : values) {
      encoded.add(Base64.getEncoder().encodeToString(bytes));
    }
    return new AttributeValue(Type.BS, Collections.unmodifiableList(encoded));
  }

  public static AttributeValue fromM(Map<String, AttributeValue> values) {
    return new AttributeValue(Type.M, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
  }

  public static AttributeValue fromL(List<AttributeValue> values) {
    return new AttributeValue(Type.L, List.copyOf(values));
  }

  public static AttributeValue fromBool(boolean value) {
    return new AttributeValue(Type.BOOL, value);
  }

  /** The DynamoDB null ({@code {"NULL": true}}). */
  public static AttributeValue fromNul() {
    return new AttributeValue(Type.NUL, Boolean.TRUE);
  }

  /** A binary value or set from its base64 text, as stream records carry it. */
  static AttributeValue ofBase64(Type type, Object base64) {
    return new AttributeValue(type, base64);
  }

  static AttributeValue ofStrings(Type type, List<String> values) {
    return new AttributeValue(type, Collections.unmodifiableList(values));
  }

  static AttributeValue ofMap(Map<String, AttributeValue> values) {
    return new AttributeValue(Type.M, Collections.unmodifiableMap(values));
  }

  static AttributeValue ofList(List<AttributeValue> values) {
    return new AttributeValue(Type.L, Collections.unmodifiableList(values));
  }

  private static String requireValue(String value) {
    if (value == null) {
      throw new NullPointerException("value");
    }
    return value;
  }

  public Type type() {
    return type;
  }

  /** The string of an {@code S} value. */
  public String s() {
    return type == Type.S ? (String) value : null;
  }

  /** The number of an {@code N} value, as DynamoDB holds it. */
  public String n() {
    return type == Type.N ? (String) value : null;
  }

  /** The bytes of a {@code B} value (a new array each call). */
  public byte[] b() {
    return type == Type.B ? Base64.getDecoder().decode((String) value) : null;
  }

  /** The strings of an {@code SS} value. */
  @SuppressWarnings("unchecked")
  public List<String> ss() {
    return type == Type.SS ? (List<String>) value : null;
  }

  /** The numbers of an {@code NS} value, as DynamoDB holds them. */
  @SuppressWarnings("unchecked")
  public List<String> ns() {
    return type == Type.NS ? (List<String>) value : null;
  }

  /** The byte arrays of a {@code BS} value (new arrays each call). */
  @SuppressWarnings("unchecked")
  public List<byte[]> bs() {
    if (type != Type.BS) {
      return null;
    }
    List<byte[]> bytes = new ArrayList<>();
    for (String base64 : (List<String>) value) {
      bytes.add(Base64.getDecoder().decode(base64));
    }
    return bytes;
  }

  /** The attributes of an {@code M} value, in the record's order. */
  @SuppressWarnings("unchecked")
  public Map<String, AttributeValue> m() {
    return type == Type.M ? (Map<String, AttributeValue>) value : null;
  }

  /** The elements of an {@code L} value. */
  @SuppressWarnings("unchecked")
  public List<AttributeValue> l() {
    return type == Type.L ? (List<AttributeValue>) value : null;
  }

  /** The boolean of a {@code BOOL} value. */
  public Boolean bool() {
    return type == Type.BOOL ? (Boolean) value : null;
  }

  /** {@code true} for the DynamoDB null, else null. */
  public Boolean nul() {
    return type == Type.NUL ? Boolean.TRUE : null;
  }

  /**
   * This value as plain Java: {@code String} (S), {@code BigDecimal} (N), {@code byte[]} (B),
   * {@code Set<String>} (SS), {@code Set<BigDecimal>} (NS), {@code List<byte[]>} (BS),
   * {@code Map<String, Object>} (M), {@code List<Object>} (L), {@code Boolean} (BOOL), {@code null}
   * (NULL). Sets keep the record's order.
   */
  @SuppressWarnings("unchecked")
  public Object toJava() {
    switch (type) {
      case S:
        return value;
      case N:
        return new BigDecimal((String) value);
      case B:
        return b();
      case SS:
        return Collections.unmodifiableSet(new LinkedHashSet<>((List<String>) value));
      case NS: {
        Set<BigDecimal> numbers = new LinkedHashSet<>();
        for (String number : (List<String>) value) {
          numbers.add(new BigDecimal(number));
        }
        return Collections.unmodifiableSet(numbers);
      }
      case BS:
        return bs();
      case M:
        return toJava((Map<String, AttributeValue>) value);
      case L: {
        List<Object> list = new ArrayList<>();
        for (AttributeValue element : (List<AttributeValue>) value) {
          list.add(element.toJava());
        }
        return list;
      }
      case BOOL:
        return value;
      default:
        return null;
    }
  }

  /** An item (keys or image) as plain Java values (see {@link #toJava()}), in its order. */
  public static Map<String, Object> toJava(Map<String, AttributeValue> item) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      map.put(entry.getKey(), entry.getValue().toJava());
    }
    return map;
  }

  /** Writes this value as DynamoDB JSON, such as {@code {"N":"42"}}. */
  @SuppressWarnings("unchecked")
  public void write(JsonWriter writer) {
    writer.beginObject().name(type == Type.NUL ? "NULL" : type.name());
    switch (type) {
      case SS:
      case NS:
      case BS:
        writer.beginArray();
        for (String element : (List<String>) value) {
          writer.value(element);
        }
        writer.endArray();
        break;
      case M:
        writer.beginObject();
        for (Map.Entry<String, AttributeValue> entry : ((Map<String, AttributeValue>) value).entrySet()) {
          writer.name(entry.getKey());
          entry.getValue().write(writer);
        }
        writer.endObject();
        break;
      case L:
        writer.beginArray();
        for (AttributeValue element : (List<AttributeValue>) value) {
          element.write(writer);
        }
        writer.endArray();
        break;
      case BOOL:
      case NUL:
        writer.value(((Boolean) value).booleanValue());
        break;
      default:
        writer.value((String) value);
    }
    writer.endObject();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AttributeValue && ((AttributeValue) other).type == type
        && ((AttributeValue) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + value.hashCode();
  }

  /** DynamoDB JSON, such as {@code {"S":"Alice"}}. */
  @Override
  public String toString() {
    JsonWriter writer = new JsonWriter();
    write(writer);
    return writer.toString();
  }
}
