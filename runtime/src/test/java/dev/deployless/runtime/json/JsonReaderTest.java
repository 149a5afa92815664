package dev.deployless.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The strict streaming reader: values, structure, and errors that name their place. */
class JsonReaderTest {

  private static JsonException failure(String json, java.util.function.Consumer<JsonReader> read) {
    return assertThrows(JsonException.class, () -> read.accept(JsonReader.of(json)));
  }

  @Test
  void readsEveryEscapeAndUnicode() {
    JsonReader reader = JsonReader.of("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00 é 😀\"");
    assertEquals("a\"b\\c/d\b\f\n\r\té😀 é 😀", reader.nextString());
    reader.endDocument();
  }

  @Test
  void rawUtf8MultibyteTextIsDecoded() {
    byte[] json = "\"żółw 日本\"".getBytes(StandardCharsets.UTF_8);
    assertEquals("żółw 日本", new JsonReader(json).nextString());
  }

  @Test
  void namesMatchCandidatesWithoutBuildingThem() {
    String[] candidates = {"path", "pathParameters", "body"};
    JsonReader reader = JsonReader.of(
        "{\"pathParameters\": 1, \"pat\": 2, \"b\\u006fdy\": 3, \"path\" : 4, \"pathx\": 5, \"ż\": 6}");
    reader.beginObject();
    List<Integer> found = new java.util.ArrayList<>();
    while (reader.hasNext()) {
      found.add(reader.nextName(candidates));
      reader.skipValue();
    }
    reader.endObject();
    reader.endDocument();
    // An escaped name is decoded before it is compared.
    assertEquals(List.of(1, -1, 2, 0, -1, -1), found);
    JsonException e = failure("{\"a\u0001\": 1}", r -> {
      r.beginObject();
      r.nextName(candidates);
    });
    assertTrue(e.getMessage().contains("unescaped control character"), e.getMessage());
  }

  @Test
  void unescapedControlCharacterIsRejected() {
    JsonException e = failure("\"a\u0001b\"", JsonReader::nextString);
    assertTrue(e.getMessage().contains("unescaped control character"), e.getMessage());
  }

  @Test
  void invalidEscapeIsRejected() {
    assertThrows(JsonException.class, () -> JsonReader.of("\"\\x\"").nextString());
    assertThrows(JsonException.class, () -> JsonReader.of("\"\\u12\"").nextString());
  }

  @Test
  void integersAtTheLimitsOfLong() {
    assertEquals(Long.MAX_VALUE, JsonReader.of("9223372036854775807").nextLong());
    assertEquals(Long.MIN_VALUE, JsonReader.of("-9223372036854775808").nextLong());
    assertThrows(JsonException.class, () -> JsonReader.of("9223372036854775808").nextLong());
  }

  @Test
  void intOverflowNamesThePath() {
    JsonException e = failure("{\"x\": 2147483648}", r -> {
      r.beginObject();
      r.nextName();
      r.nextInt();
    });
    assertEquals("number 2147483648 at $.x is out of range for int", e.getMessage());
  }

  @Test
  void invalidNumberFormsAreRejected() {
    for (String number : List.of("01", "1.", "-", ".5", "1e", "+1", "1.5.2", "--1")) {
      assertThrows(JsonException.class, () -> JsonReader.of(number).nextDouble(), number);
    }
  }

  @Test
  void decimalsAreExact() {
    assertEquals(new BigDecimal("12345678901234567890.123456789"),
        JsonReader.of("12345678901234567890.123456789").nextBigDecimal());
    assertEquals(new BigInteger("123456789012345678901234567890"),
        JsonReader.of("123456789012345678901234567890").nextBigInteger());
    assertEquals(0.0015, JsonReader.of("1.5e-3").nextDouble());
  }

  @Test
  void fractionWhereIntegerExpected() {
    assertEquals("expected an integer at $ but found the number 1.5",
        failure("1.5", JsonReader::nextLong).getMessage());
  }

  @Test
  void literalsAndInvalidLiterals() {
    assertTrue(JsonReader.of("true").nextBoolean());
    assertFalse(JsonReader.of("false").nextBoolean());
    assertTrue(JsonReader.of("null").nextNull());
    assertThrows(JsonException.class, () -> JsonReader.of("tru").nextBoolean());
    assertThrows(JsonException.class, () -> JsonReader.of("nulls").nextNull());
  }

  @Test
  void nestedStructuresWithHasNext() {
    JsonReader reader = JsonReader.of("{\"a\": [1, 2, {\"b\": []}], \"c\": {}}");
    reader.beginObject();
    assertEquals("a", reader.nextName());
    reader.beginArray();
    assertEquals(1, reader.nextInt());
    assertEquals(2, reader.nextInt());
    reader.beginObject();
    assertEquals("b", reader.nextName());
    reader.beginArray();
    assertFalse(reader.hasNext());
    reader.endArray();
    reader.endObject();
    assertFalse(reader.hasNext());
    reader.endArray();
    assertEquals("c", reader.nextName());
    reader.skipValue();
    assertFalse(reader.hasNext());
    reader.endObject();
    reader.endDocument();
  }

  @Test
  void trailingCommaIsRejected() {
    assertThrows(JsonException.class, () -> JsonReader.of("[1,]").readAny());
    assertThrows(JsonException.class, () -> JsonReader.of("{\"a\":1,}").readAny());
  }

  @Test
  void missingColonIsRejectedWithLineAndColumn() {
    JsonException e = failure("{\n  \"a\" 1}", JsonReader::readAny);
    assertEquals("malformed JSON at line 2, column 7 ($.a): expected ':'", e.getMessage());
  }

  @Test
  void dataAfterTheRootIsRejected() {
    JsonReader reader = JsonReader.of("{} {}");
    reader.readAny();
    assertThrows(JsonException.class, reader::endDocument);
  }

  @Test
  void emptyDocumentIsRejected() {
    assertEquals("malformed JSON at line 1, column 3 ($): empty JSON document",
        failure("  ", JsonReader::readAny).getMessage());
  }

  @Test
  void typeErrorsNameTheirPath() {
    JsonException e = failure("{\"items\": [{}, {}, {\"quantity\": \"3\"}]}", r -> {
      r.beginObject();
      r.nextName();
      r.beginArray();
      r.skipValue();
      r.skipValue();
      r.beginObject();
      r.nextName();
      r.nextInt();
    });
    assertEquals("expected an integer at $.items[2].quantity but found a string", e.getMessage());
  }

  @Test
  void trustedSkipHandlesBracketsAndEscapedQuotesInStrings() {
    JsonReader reader = JsonReader.of("{\"a\": {\"x\": \"]}\\\"[{\", \"y\": [1, {\"z\": \"\\\\\"}]}, \"b\": 7}");
    reader.beginObject();
    assertEquals("a", reader.nextName());
    int start = reader.valueStart();
    reader.skipTrustedValue();
    Object skipped = new JsonReader(("{\"a\": {\"x\": \"]}\\\"[{\", \"y\": [1, {\"z\": \"\\\\\"}]}, \"b\": 7}")
        .getBytes(StandardCharsets.UTF_8), start, reader.position() - start).readAny();
    assertEquals(Map.of("x", "]}\"[{", "y", List.of(1, Map.of("z", "\\"))), skipped);
    assertEquals("b", reader.nextName());
    assertEquals(7, reader.nextInt());
    reader.endObject();
    reader.endDocument();
  }

  @Test
  void trustedSkipFindsEveryQuoteAndEscapeInLongStrings() {
    // Escaped quotes and backslashes at every offset, among non-ASCII bytes whose low seven bits
    // are a quote (U+00A2) or a backslash (U+0710, 0xDC 0x90).
    String filler = "\u00a2\u0710\u00e9abcdefghijklmnopqrstuvwxyz";
    for (int offset = 0; offset < 24; offset++) {
      String text = filler.substring(0, offset % filler.length()) + "\\\"]}" + filler + "\\\\"
          + filler.substring(offset % 7) + "\\".repeat(offset % 3);
      StringBuilder json = new StringBuilder("{\"h\": {\"k\": ");
      JsonWriter.quote(json, text);
      json.append(", \"l\": [");
      JsonWriter.quote(json, filler.substring(offset % 5));
      json.append("]}, \"n\": 1}");
      String document = json.toString();
      JsonReader reader = JsonReader.of(document);
      reader.beginObject();
      reader.nextName();
      int start = reader.valueStart();
      reader.skipTrustedValue();
      JsonReader skipped = JsonReader.of(document);
      skipped.beginObject();
      skipped.nextName();
      skipped.skipValue();
      assertEquals(skipped.position(), reader.position(), document);
      assertEquals("n", reader.nextName());
      assertEquals(Map.of("k", text, "l", List.of(filler.substring(offset % 5))),
          new JsonReader(document.getBytes(StandardCharsets.UTF_8), start,
              reader.position() - start).readObject());
    }
  }

  @Test
  void trustedSkipStillFindsUnterminatedValues() {
    assertThrows(JsonException.class, () -> JsonReader.of("[1, [2, \"]\"]").skipTrustedValue());
  }

  @Test
  void readAnyGivesPlainJavaValues() {
    Object value = JsonReader.of("{\"i\":1,\"l\":4294967296,\"b\":123456789012345678901234,"
        + "\"d\":1.5,\"s\":\"x\",\"t\":true,\"n\":null,\"a\":[1]}").readAny();
    Map<?, ?> map = (Map<?, ?>) value;
    assertEquals(List.of("i", "l", "b", "d", "s", "t", "n", "a"), List.copyOf(map.keySet()));
    assertEquals(1, map.get("i"));
    assertEquals(4294967296L, map.get("l"));
    assertEquals(new BigInteger("123456789012345678901234"), map.get("b"));
    assertEquals(1.5, map.get("d"));
    assertEquals(List.of(1), map.get("a"));
    assertTrue(map.containsKey("n"));
  }

  @Test
  void deepNestingIsAJsonExceptionNotAStackOverflow() {
    String deep = "[".repeat(100_000);
    JsonException e = failure(deep, JsonReader::readAny);
    assertTrue(e.getMessage().contains("exceeds the nesting depth limit of " + JsonReader.MAX_DEPTH),
        e.getMessage());
  }

  @Test
  void textValuesParseOrNameThePath() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertEquals(id, JsonReader.of("\"" + id + "\"").nextUuid());
    assertEquals(Instant.parse("2026-01-31T10:15:30Z"), JsonReader.of("\"2026-01-31T10:15:30Z\"").nextInstant());
    assertEquals(LocalDate.of(2026, 2, 28), JsonReader.of("\"2026-02-28\"").nextLocalDate());
    assertEquals("expected an ISO-8601 date such as 2026-01-31 at $ but found \"2026-02-30\"",
        failure("\"2026-02-30\"", JsonReader::nextLocalDate).getMessage());
    assertEquals("expected a UUID at $ but found \"1-2-3-4-5\"",
        failure("\"1-2-3-4-5\"", JsonReader::nextUuid).getMessage());
  }

  @Test
  void base64() {
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), toList(JsonReader.of("\"AQID\"").nextBase64()));
    assertThrows(JsonException.class, () -> JsonReader.of("\"***\"").nextBase64());
  }

  private static List<Byte> toList(byte[] bytes) {
    return List.of(bytes[0], bytes[1], bytes[2]);
  }
}
