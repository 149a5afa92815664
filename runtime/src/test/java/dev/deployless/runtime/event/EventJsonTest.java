package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The instants AWS writes, read without a date-time formatter. */
class EventJsonTest {

  @Test
  void readsUtcInstantsAsInstantParseDoes() {
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      long seconds = (long) (random.nextDouble() * 8_000_000_000L) - 2_000_000_000L;
      int nanos = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000);
      Instant expected = Instant.ofEpochSecond(seconds, nanos);
      String text = expected.toString();
      assertEquals(expected, EventJson.utcInstant(text), text);
    }
    assertEquals(Instant.parse("2024-02-29T23:59:59.5Z"), EventJson.utcInstant("2024-02-29T23:59:59.5Z"));
    assertEquals(Instant.parse("2000-01-01T00:00:00.000000001Z"),
        EventJson.utcInstant("2000-01-01T00:00:00.000000001Z"));
  }

  @Test
  void othersFormsAreLeftToInstantParse() {
    for (String text : new String[] {"2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z", "2023-01-01T24:00:00Z",
        "2023-01-01T00:60:00Z", "2023-01-01 00:00:00Z", "2023-01-01T00:00:00", "2023-01-01T00:00:00+01:00",
        "2023-01-01T00:00:00.Z", "2023-01-01T00:00:00.1234567890Z", "+2023-01-01T00:00:00Z", "x"}) {
      assertNull(EventJson.utcInstant(text), text);
    }
  }
}
