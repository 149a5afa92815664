package dev.deployless.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Numbers beyond the range of their type, and the read limits (document size, nesting depth, number
 * length): each is a {@link JsonException} naming the path, or the limit and its value.
 */
class JsonReaderLimitsTest {

  /** Reads the value of the only property of {@code json} with {@code read}. */
  private static Object property(String json, Function<JsonReader, Object> read) {
    JsonReader reader = JsonReader.of(json);
    reader.beginObject();
    reader.nextName();
    Object value = read.apply(reader);
    reader.endObject();
    reader.endDocument();
    return value;
  }

  private static String failure(String json, Function<JsonReader, Object> read) {
    return assertThrows(JsonException.class, () -> property(json, read)).getMessage();
  }

  @Test
  void doublesBeyondTheirRangeAreRejectedNotInfinite() {
    assertEquals("number 1e400 at $.d is out of range for double",
        failure("{\"d\": 1e400}", JsonReader::nextDouble));
    assertEquals("number -1E+309 at $.d is out of range for double",
        failure("{\"d\": -1E+309}", JsonReader::nextDouble));
    assertEquals(Double.MAX_VALUE, property("{\"d\": 1.7976931348623157e308}", JsonReader::nextDouble));
    // Too small to tell from zero rounds to zero, as in Java source and in Jackson.
    assertEquals(0.0, property("{\"d\": 1e-400}", JsonReader::nextDouble));
  }

  @Test
  void floatsBeyondTheirRangeAreRejected() {
    assertEquals("number 1e39 at $.f is out of range for float",
        failure("{\"f\": 1e39}", JsonReader::nextFloat));
    assertEquals("number 1e400 at $.f is out of range for float",
        failure("{\"f\": 1e400}", JsonReader::nextFloat));
    assertEquals(Float.MAX_VALUE, property("{\"f\": 3.4028235e38}", JsonReader::nextFloat));
    assertEquals(0.1f, property("{\"f\": 0.1}", JsonReader::nextFloat));
  }

  @Test
  void freeFormNumbersBeyondDoubleAreRejected() {
    assertEquals("number 1e400 at $.o[1] is out of range for double",
        failure("{\"o\": [1, 1e400]}", JsonReader::readAny));
    assertEquals(List.of(1, 1.0E300), property("{\"o\": [1, 1e300]}", JsonReader::readAny));
  }

  @Test
  void bigDecimalExponentsBeyondAnIntAreRejected() {
    assertEquals("number 1e2147483648 at $.x is out of range for BigDecimal",
        failure("{\"x\": 1e2147483648}", JsonReader::nextBigDecimal));
    assertEquals("number 1e-2147483649 at $.x is out of range for BigDecimal",
        failure("{\"x\": 1e-2147483649}", JsonReader::nextBigDecimal));
    assertEquals(new BigDecimal("1e2147483647"),
        property("{\"x\": 1e2147483647}", JsonReader::nextBigDecimal));
  }

  @Test
  void numbersUpToTheLengthLimitAreRead() {
    String longest = "9".repeat(JsonReader.MAX_NUMBER_LENGTH);
    assertEquals(new BigInteger(longest), property("{\"n\": " + longest + "}", JsonReader::nextBigInteger));
    assertEquals(new BigInteger(longest), property("{\"n\": " + longest + "}", JsonReader::readAny));
    String decimal = "-0." + "1".repeat(JsonReader.MAX_NUMBER_LENGTH - 3);
    assertEquals(new BigDecimal(decimal), property("{\"n\": " + decimal + "}", JsonReader::nextBigDecimal));
  }

  @Test
  void numbersOverTheLengthLimitAreRejectedWhateverTheTarget() {
    String number = "1".repeat(1_000_000);
    String expected = "number at $.n exceeds the number length limit of 1000 characters (it has 1000000)";
    List<Function<JsonReader, Object>> reads = List.of(JsonReader::nextBigInteger,
        JsonReader::nextBigDecimal, JsonReader::readAny, JsonReader::nextDouble, JsonReader::nextLong,
        r -> {
          r.skipValue();
          return null;
        });
    for (Function<JsonReader, Object> read : reads) {
      assertEquals(expected, failure("{\"n\": " + number + "}", read));
    }
    assertEquals("number at $.n exceeds the number length limit of 1000 characters (it has 1001)",
        failure("{\"n\": -0." + "5".repeat(998) + "}", JsonReader::nextBigDecimal));
  }

  @Test
  void nestingUpToTheDepthLimitIsRead() {
    int depth = JsonReader.MAX_DEPTH;
    Object value = JsonReader.of("[".repeat(depth) + "]".repeat(depth)).readAny();
    for (int level = 1; level < depth; level++) {
      value = ((List<?>) value).get(0);
    }
    assertEquals(List.of(), value);
  }

  @Test
  void nestingOverTheDepthLimitIsRejected() {
    int depth = JsonReader.MAX_DEPTH + 1;
    String message = assertThrows(JsonException.class,
        () -> JsonReader.of("{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}").readAny())
        .getMessage();
    assertEquals("JSON at $.a" + "[0]".repeat(depth - 2) + " exceeds the nesting depth limit of 256 levels",
        message);
  }

  @Test
  void documentsUpToTheSizeLimitAreRead() {
    byte[] json = stringDocument(JsonReader.MAX_DOCUMENT_LENGTH);
    assertEquals(JsonReader.MAX_DOCUMENT_LENGTH - 2, new JsonReader(json).nextString().length());
  }

  @Test
  void documentsOverTheSizeLimitAreRejectedBeforeTheyAreRead() {
    byte[] json = stringDocument(JsonReader.MAX_DOCUMENT_LENGTH + 1);
    String expected = "JSON document exceeds the document size limit of 6291456 bytes (it has 6291457)";
    assertEquals(expected, assertThrows(JsonException.class, () -> new JsonReader(json).nextString())
        .getMessage());
    assertEquals(expected, assertThrows(JsonException.class, () -> new JsonReader(json).skipValue())
        .getMessage());
    // A reader of part of a larger input counts only its part.
    json[2] = '"';
    assertEquals("a", new JsonReader(json, 0, 3).nextString());
  }

  /** A JSON document of exactly {@code size} bytes: one string of {@code size - 2} letters. */
  private static byte[] stringDocument(int size) {
    byte[] json = new byte[size];
    Arrays.fill(json, (byte) 'a');
    json[0] = '"';
    json[size - 1] = '"';
    return json;
  }
}
