package dev.deployless.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The compact writer: escaping, commas, numbers, boxed and text values. */
class JsonWriterTest {
  enum Color { RED }

  @Test
  void escapesWhatJsonRequiresAndLineSeparators() {
    String written = new JsonWriter().value("q\" b\\ n\n c\u0001 l\u2028 é").toString();
    assertEquals("\"q\\\" b\\\\ n\\n c\\u0001 l\\u2028 é\"", written);
  }

  @Test
  void placesCommasInNestedStructures() {
    JsonWriter w = new JsonWriter();
    w.beginObject().name("a").beginArray().value(1).value("x").beginObject().endObject().endArray()
        .name("b").nullValue().endObject();
    assertEquals("{\"a\":[1,\"x\",{}],\"b\":null}", w.toString());
  }

  @Test
  void nonFiniteNumbersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new JsonWriter().value(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new JsonWriter().value(Float.POSITIVE_INFINITY));
  }

  @Test
  void doublesAreWrittenAsDoubleToStringWritesThem() {
    double[] values = {0.0, -0.0, 1.0, -1.0, 39.0, 9.5, 0.1, 1e-3, 9_999_999.0, -9_999_999.0, 1e7,
        -1e7, 1.0e15, 9.223372036854776E18, 4.9e-324, Double.MAX_VALUE, -Double.MIN_NORMAL};
    for (double value : values) {
      assertEquals(Double.toString(value), new JsonWriter().value(value).toString());
    }
    for (long whole = -2_000; whole <= 2_000; whole += 7) {
      double value = whole * 4_999.0;
      assertEquals(Double.toString(value), new JsonWriter().value(value).toString());
    }
  }

  @Test
  void boxedAndTextValues() {
    JsonWriter w = new JsonWriter().beginArray();
    w.value((Integer) null).value(Long.valueOf(7)).value(Double.valueOf(0.5)).value(new BigDecimal("1.10"))
        .value(Boolean.TRUE).value((Character) 'c').value(Color.RED).text(UUID.fromString(
            "123e4567-e89b-12d3-a456-426614174000"))
        .value(ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1))).base64(new byte[] {1, 2, 3});
    w.endArray();
    assertEquals("[null,7,0.5,1.10,true,\"c\",\"RED\",\"123e4567-e89b-12d3-a456-426614174000\","
        + "\"2026-01-02T03:04:05+01:00\",\"AQID\"]", w.toString());
  }

  @Test
  void embeddedOutputIsTheEscapedDocument() {
    JsonWriter embedded = JsonWriter.embedded();
    embedded.beginObject().name("q\"").value("a\"b\\c\nd\u0001").name("n").value(1).endObject();
    JsonWriter plain = new JsonWriter();
    plain.beginObject().name("q\"").value("a\"b\\c\nd\u0001").name("n").value(1).endObject();
    StringBuilder quoted = new StringBuilder();
    JsonWriter.quote(quoted, plain.toString());
    assertEquals(quoted.toString(), "\"" + embedded + "\"");
    assertEquals(plain.toString(), JsonWriter.unembed(embedded.toString()));
  }

  @Test
  void roundTripsThroughTheReader() {
    Map<String, Object> value = Map.of("list", List.of(1, "two", true), "text", "é\n\"");
    Object back = JsonReader.of(JsonValues.toJson(value)).readAny();
    assertEquals(value, back);
  }
}
