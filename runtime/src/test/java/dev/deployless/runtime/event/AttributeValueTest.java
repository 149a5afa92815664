package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DynamoDB attribute values: accessors by type, plain Java values and DynamoDB JSON. */
class AttributeValueTest {

  @Test
  void accessorsAnswerOnlyForTheirType() {
    AttributeValue s = AttributeValue.fromS("x");
    assertEquals(AttributeValue.Type.S, s.type());
    assertEquals("x", s.s());
    assertNull(s.n());
    assertNull(s.b());
    assertNull(s.ss());
    assertNull(s.ns());
    assertNull(s.bs());
    assertNull(s.m());
    assertNull(s.l());
    assertNull(s.bool());
    assertNull(s.nul());
    assertArrayEquals(new byte[] {1, 2}, AttributeValue.fromB(new byte[] {1, 2}).b());
    assertArrayEquals(new byte[] {3}, AttributeValue.fromBs(List.of(new byte[] {3})).bs().get(0));
  }

  @Test
  void convertsToPlainJava() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("name", AttributeValue.fromS("Ada"));
    item.put("age", AttributeValue.fromN("36"));
    item.put("tags", AttributeValue.fromSs(List.of("b", "a")));
    item.put("scores", AttributeValue.fromNs(List.of("1.50", "2")));
    item.put("nested", AttributeValue.fromM(Map.of("ok", AttributeValue.fromBool(true))));
    item.put("list", AttributeValue.fromL(List.of(AttributeValue.fromNul(), AttributeValue.fromN("-1E3"))));
    Map<String, Object> plain = AttributeValue.toJava(item);
    assertEquals("Ada", plain.get("name"));
    assertEquals(new BigDecimal("36"), plain.get("age"));
    assertEquals(List.of("b", "a"), List.copyOf((Set<?>) plain.get("tags")));
    assertEquals(Set.of(new BigDecimal("1.50"), new BigDecimal("2")), plain.get("scores"));
    assertEquals(Map.of("ok", true), plain.get("nested"));
    assertEquals(java.util.Arrays.asList(null, new BigDecimal("-1E3")), plain.get("list"));
  }

  @Test
  void writesDynamoDbJson() {
    AttributeValue value = AttributeValue.fromM(Map.of("l", AttributeValue.fromL(List.of(
        AttributeValue.fromS("a\"b"), AttributeValue.fromNul(), AttributeValue.fromBool(false),
        AttributeValue.fromNs(List.of("1")), AttributeValue.fromB(new byte[] {0})))));
    assertEquals("{\"M\":{\"l\":{\"L\":[{\"S\":\"a\\\"b\"},{\"NULL\":true},{\"BOOL\":false},"
        + "{\"NS\":[\"1\"]},{\"B\":\"AA==\"}]}}}", value.toString());
  }

  @Test
  void equalsByTypeAndValue() {
    assertEquals(AttributeValue.fromN("1"), AttributeValue.fromN("1"));
    assertEquals(AttributeValue.fromN("1").hashCode(), AttributeValue.fromN("1").hashCode());
    assertNotEquals(AttributeValue.fromN("1"), AttributeValue.fromS("1"));
    assertEquals(AttributeValue.fromB(new byte[] {5}), AttributeValue.fromB(new byte[] {5}));
  }
}
