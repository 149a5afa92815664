package dev.deployless.processor.model;

import java.util.List;

/**
 * A record or class read from and written to JSON object form by generated code, property by
 * property, without reflection.
 *
 * @param key the unique key of the type (its canonical name with type arguments)
 * @param type the Java type
 * @param isRecord records are built through their canonical constructor, classes through a no-arg
 *     constructor and setters or fields
 * @param readable whether JSON can be read into it (it has a way to be constructed)
 * @param properties the JSON properties in declaration order
 */
public record ObjectType(
    String key, TypeRef type, boolean isRecord, boolean readable, List<Property> properties) {

  /**
   * One JSON property.
   *
   * @param jsonName the name in JSON
   * @param javaName the Java name, for local variables
   * @param type the value type
   * @param get how generated code reads the value from an instance to write JSON, or null
   * @param set how generated code stores a value read from JSON into a class instance, or null
   *     (records take every component through their canonical constructor)
   */
  public record Property(String jsonName, String javaName, ValueType type, Member get, Member set) {}

  /** A method or field used to get or set a property. */
  public record Member(String name, boolean isMethod) {}
}
