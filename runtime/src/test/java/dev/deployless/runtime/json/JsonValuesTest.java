package dev.deployless.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Free-form values written without reflection. */
class JsonValuesTest {
  enum Size { BIG }

  @Test
  void writesJsonLikeValues() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("list", List.of(1, 2.5, "s"));
    map.put("array", new Object[] {true, null});
    map.put("optional", Optional.of("x"));
    map.put("empty", Optional.empty());
    map.put("enum", Size.BIG);
    map.put("date", LocalDate.of(2026, 1, 2));
    map.put("duration", Duration.ofMinutes(5));
    assertEquals("{\"list\":[1,2.5,\"s\"],\"array\":[true,null],\"optional\":\"x\",\"empty\":null,"
        + "\"enum\":\"BIG\",\"date\":\"2026-01-02\",\"duration\":\"PT5M\"}", JsonValues.toJson(map));
  }

  @Test
  void rejectsTypesWithoutAKnownForm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JsonValues.toJson(new Thread()));
    assertEquals(true, e.getMessage().startsWith("cannot write java.lang.Thread as JSON"), e.getMessage());
  }
}
