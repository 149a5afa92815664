package dev.deployless.runtime.handler;

import dev.deployless.runtime.json.JsonWriter;

/** JSON string literals for the events the tests build. */
final class JsonReaderQuotes {
  private JsonReaderQuotes() {}

  static String quote(String text) {
    return new JsonWriter().value(text).toString();
  }
}
