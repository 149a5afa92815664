package dev.deployless.local.aws;

import dev.deployless.runtime.json.JsonWriter;
import java.util.List;
import java.util.Map;

/** Writes a tree of maps, lists, strings, numbers and booleans as JSON (the bodies of AWS calls, events). */
public final class Json {
  private Json() {}

  /** {@code value} as JSON text. */
  public static String write(Object value) {
    JsonWriter json = new JsonWriter();
    write(json, value);
    return json.toString();
  }

  private static void write(JsonWriter json, Object value) {
    if (value == null) {
      json.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      json.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.name(entry.getKey().toString());
        write(json, entry.getValue());
      }
      json.endObject();
    } else if (value instanceof List<?> list) {
      json.beginArray();
      for (Object item : list) {
        write(json, item);
      }
      json.endArray();
    } else if (value instanceof Boolean bool) {
      json.value(bool.booleanValue());
    } else if (value instanceof Number number) {
      json.value(number);
    } else {
      json.value(value.toString());
    }
  }
}
