package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import dev.deployless.runtime.json.JsonWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A hand-written HTTP handler as the processor writes one: {@code POST /echo} reads a JSON body of
 * every kind of value a generated handler reads (each scalar type, {@code Object}, a list, a map,
 * an enum, a nested record) with the same {@link JsonReader} calls, and writes it back with the same
 * {@link JsonWriter} calls, so a test sees the whole body path: event, body, response.
 */
final class EchoFunction extends ApiFunction {
  enum Role { ADMIN, MEMBER }

  /** The body: one property per kind of value. */
  static final class Thing {
    int i;
    long l;
    short sh;
    byte by;
    double d;
    float f;
    BigDecimal bd;
    BigInteger bi;
    String s;
    char c;
    boolean b;
    Object o;
    List<Integer> ints;
    Map<String, Double> doubles;
    UUID id;
    Instant at;
    LocalDate day;
    LocalTime time;
    LocalDateTime local;
    OffsetDateTime offset;
    ZonedDateTime zoned;
    Duration dur;
    byte[] bytes;
    Role role;
    Thing child;
  }

  EchoFunction() {
    super(RouteTable.ofRoutes("POST /echo"), null);
  }

  @Override
  protected ApiResponse dispatch(int route, Request request, Context context) {
    Thing body = bodyThing(request);
    JsonWriter json = ApiResponse.jsonWriter();
    writeThing(json, body);
    return ApiResponse.json(200, json);
  }

  private static Thing bodyThing(Request request) {
    JsonReader reader = jsonBody(request);
    Thing value;
    try {
      value = readThing(reader);
      reader.endDocument();
    } catch (JsonException e) {
      throw invalidBody(e);
    }
    if (value == null) throw nullBody();
    return value;
  }

  private static Thing readThing(JsonReader reader) {
    if (reader.nextNull()) return null;
    Thing value = new Thing();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "i": value.i = reader.nextInt(); break;
        case "l": value.l = reader.nextLong(); break;
        case "sh": value.sh = reader.nextShort(); break;
        case "by": value.by = reader.nextByte(); break;
        case "d": value.d = reader.nextDouble(); break;
        case "f": value.f = reader.nextFloat(); break;
        case "bd": value.bd = reader.nextNull() ? null : reader.nextBigDecimal(); break;
        case "bi": value.bi = reader.nextNull() ? null : reader.nextBigInteger(); break;
        case "s": value.s = reader.nextNull() ? null : reader.nextString(); break;
        case "c": value.c = reader.nextChar(); break;
        case "b": value.b = reader.nextBoolean(); break;
        case "o": value.o = reader.readAny(); break;
        case "ints": value.ints = readListOfInteger(reader); break;
        case "doubles": value.doubles = readMapOfDouble(reader); break;
        case "id": value.id = reader.nextNull() ? null : reader.nextUuid(); break;
        case "at": value.at = reader.nextNull() ? null : reader.nextInstant(); break;
        case "day": value.day = reader.nextNull() ? null : reader.nextLocalDate(); break;
        case "time": value.time = reader.nextNull() ? null : reader.nextLocalTime(); break;
        case "local": value.local = reader.nextNull() ? null : reader.nextLocalDateTime(); break;
        case "offset": value.offset = reader.nextNull() ? null : reader.nextOffsetDateTime(); break;
        case "zoned": value.zoned = reader.nextNull() ? null : reader.nextZonedDateTime(); break;
        case "dur": value.dur = reader.nextNull() ? null : reader.nextDuration(); break;
        case "bytes": value.bytes = reader.nextNull() ? null : reader.nextBase64(); break;
        case "role": value.role = readRole(reader); break;
        case "child": value.child = readThing(reader); break;
        default: reader.skipValue();
      }
    }
    reader.endObject();
    return value;
  }

  private static List<Integer> readListOfInteger(JsonReader reader) {
    if (reader.nextNull()) return null;
    ArrayList<Integer> values = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      values.add(reader.nextNull() ? null : reader.nextInt());
    }
    reader.endArray();
    return values;
  }

  private static Map<String, Double> readMapOfDouble(JsonReader reader) {
    if (reader.nextNull()) return null;
    LinkedHashMap<String, Double> values = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      values.put(reader.nextName(), reader.nextNull() ? null : reader.nextDouble());
    }
    reader.endObject();
    return values;
  }

  private static Role readRole(JsonReader reader) {
    if (reader.nextNull()) return null;
    String text = reader.nextString();
    switch (text) {
      case "ADMIN": return Role.ADMIN;
      case "MEMBER": return Role.MEMBER;
      default: throw reader.unexpectedValue(text, "one of ADMIN, MEMBER");
    }
  }

  private static void writeThing(JsonWriter writer, Thing value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("i").value(value.i);
    writer.name("l").value(value.l);
    writer.name("sh").value(value.sh);
    writer.name("by").value(value.by);
    writer.name("d").value(value.d);
    writer.name("f").value(value.f);
    writer.name("bd").value(value.bd);
    writer.name("bi").value(value.bi);
    writer.name("s").value(value.s);
    writer.name("c").value(String.valueOf(value.c));
    writer.name("b").value(value.b);
    JsonValues.write(writer.name("o"), value.o);
    writer.name("ints");
    if (value.ints == null) {
      writer.nullValue();
    } else {
      writer.beginArray();
      for (Integer element : value.ints) {
        writer.value(element);
      }
      writer.endArray();
    }
    writer.name("doubles");
    if (value.doubles == null) {
      writer.nullValue();
    } else {
      writer.beginObject();
      for (Map.Entry<String, Double> entry : value.doubles.entrySet()) {
        writer.name(entry.getKey()).value(entry.getValue());
      }
      writer.endObject();
    }
    writer.name("id").text(value.id);
    writer.name("at").text(value.at);
    writer.name("day").text(value.day);
    writer.name("time").text(value.time);
    writer.name("local").text(value.local);
    writer.name("offset").text(value.offset);
    writer.name("zoned").value(value.zoned);
    writer.name("dur").text(value.dur);
    writer.name("bytes");
    if (value.bytes == null) {
      writer.nullValue();
    } else {
      writer.base64(value.bytes);
    }
    writer.name("role").value(value.role);
    writeThing(writer.name("child"), value.child);
    writer.endObject();
  }
}
