package dev.deployless.runtime.handler;

import dev.deployless.runtime.json.JsonReader;

/**
 * A message body of the handler tests, with its reader written as the processor generates readers
 * of records.
 */
record Order(String orderId, int quantity, String note) {

  static Order read(JsonReader reader) {
    if (reader.nextNull()) {
      return null;
    }
    String orderId = null;
    int quantity = 0;
    String note = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.nextName()) {
        case "orderId":
          orderId = reader.nextNull() ? null : reader.nextString();
          break;
        case "quantity":
          quantity = reader.nextInt();
          break;
        case "note":
          note = reader.nextNull() ? null : reader.nextString();
          break;
        default:
          reader.skipValue();
      }
    }
    reader.endObject();
    return new Order(orderId, quantity, note);
  }
}
