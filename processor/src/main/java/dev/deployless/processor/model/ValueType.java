package dev.deployless.processor.model;

import java.util.List;

/**
 * A Java type a handler reads or writes, classified for code generation: a scalar, an enum, an
 * {@code Optional}, a collection or array, a map, bytes, free-form JSON, or a record or class
 * (by reference to its {@link ObjectType}, so recursive types are finite).
 */
public sealed interface ValueType {

  /** The Java type. */
  TypeRef type();

  /** Whether it is {@code String}, which text parameters and bodies take as they are. */
  default boolean isString() {
    return this instanceof Scalar scalar && scalar.kind() == ScalarKind.STRING;
  }

  /** String, primitives and boxes, numbers, UUID and {@code java.time} values. */
  record Scalar(TypeRef type, ScalarKind kind) implements ValueType {
    /** Whether the Java type is a primitive (never null, default when absent). */
    public boolean primitive() {
      return type.isPrimitive();
    }
  }

  /** An enum, converted by constant name. */
  record EnumValue(TypeRef type, List<String> constants) implements ValueType {}

  /** {@code Optional<T>}: empty when absent or null. */
  record OptionalOf(TypeRef type, ValueType element) implements ValueType {}

  /** A list, set, collection or array of one element type. */
  record CollectionOf(TypeRef type, ValueType element, CollectionKind kind) implements ValueType {}

  /** A map from string or enum keys to one value type. */
  record MapOf(TypeRef type, ValueType key, ValueType value) implements ValueType {}

  /** {@code byte[]}: base64 in JSON, raw bytes as a body. */
  record Bytes(TypeRef type) implements ValueType {}

  /** {@code Object}: any JSON value as maps, lists, strings, numbers, booleans. */
  record Dynamic(TypeRef type) implements ValueType {}

  /** A record or class with properties, described by the {@link ObjectType} of the same key. */
  record ObjectRef(TypeRef type, String key) implements ValueType {}

  /** The collection kinds, with the class instantiated when reading. */
  enum CollectionKind {
    LIST("java.util.ArrayList"),
    SET("java.util.LinkedHashSet"),
    ARRAY(null);

    private final String implementation;

    CollectionKind(String implementation) {
      this.implementation = implementation;
    }

    /** The class created when reading, or null for arrays. */
    public String implementation() {
      return implementation;
    }
  }
}
