package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import org.junit.jupiter.api.Test;

/** A body that does not bind is reported by where it is wrong, never by what it holds. */
class MessageBodyExceptionTest {

  private static JsonException error(String json, java.util.function.Consumer<JsonReader> read) {
    try {
      JsonReader reader = JsonReader.of(json);
      read.accept(reader);
      reader.endDocument();
    } catch (JsonException e) {
      return e;
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void valuesQuotedByTheReaderAreLeftOut() {
    JsonException uuid = error("{\"id\":\"card-4111-1111\"}", r -> {
      r.beginObject();
      r.nextName();
      r.nextUuid();
    });
    assertTrue(uuid.getMessage().contains("card-4111-1111"), uuid.getMessage());
    MessageBodyException e = MessageBodyException.of("SQS message", "m-1", uuid);
    assertEquals("SQS message m-1 does not bind: expected a UUID at $.id but found \"...\"", e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void numbersAndCharactersQuotedByTheReaderAreLeftOut() {
    assertEquals("number at $.price is out of range for double",
        MessageBodyException.redact(error("{\"price\":1e400}", r -> {
          r.beginObject();
          r.nextName();
          r.nextDouble();
        }).getMessage()));
    assertEquals("expected an integer at $.n but found the number",
        MessageBodyException.redact(error("{\"n\":41.5}", r -> {
          r.beginObject();
          r.nextName();
          r.nextInt();
        }).getMessage()));
    String syntax = MessageBodyException.redact(error("{\"a\":secret}", JsonReader::readAny).getMessage());
    assertEquals("malformed JSON at line 1, column 6 ($.a): unexpected character '...'", syntax);
    String escape = MessageBodyException.redact(error("\"ab\\qcd\"", JsonReader::readAny).getMessage());
    assertFalse(escape.contains("q"), escape);
  }

  @Test
  void messagesWithoutValuesAreKept() {
    assertEquals("expected an integer at $.quantity but found a string",
        MessageBodyException.redact("expected an integer at $.quantity but found a string"));
    assertEquals("number at $.n exceeds the number length limit of 1000 characters (it has 5000)",
        MessageBodyException.redact(
            "number at $.n exceeds the number length limit of 1000 characters (it has 5000)"));
    assertEquals("", MessageBodyException.redact(null));
  }
}
