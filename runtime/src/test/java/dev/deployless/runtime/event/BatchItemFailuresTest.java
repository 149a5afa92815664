package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partial batch failure response Lambda reads. */
class BatchItemFailuresTest {

  @Test
  void writesTheDocumentedShape() {
    assertEquals("{\"batchItemFailures\":[]}", BatchItemFailures.none().toJson());
    assertTrue(BatchItemFailures.none().isEmpty());
    assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"a\"},{\"itemIdentifier\":\"b\\\"c\"}]}",
        new BatchItemFailures(List.of("a", "b\"c")).toJson());
  }

  @Test
  void isImmutableAndRejectsNulls() {
    List<String> ids = new ArrayList<>(List.of("a"));
    BatchItemFailures failures = new BatchItemFailures(ids);
    ids.add("b");
    assertEquals(List.of("a"), failures.itemIdentifiers());
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> new BatchItemFailures(withNull));
  }
}
