package dev.deployless.processor.codegen;

import dev.deployless.processor.model.TypeRef;
import dev.deployless.processor.model.ValueType;

/** The names of generated helper methods, after the type they handle: {@code readUserDto}, {@code respondListOfRole}. */
final class HelperNames {
  private HelperNames() {}

  /** {@code UserDto}, {@code ListOfString}, {@code MapOfStringToRole}, {@code IntArray}. */
  static String of(ValueType type) {
    TypeRef ref = type.type();
    if (type instanceof ValueType.CollectionOf collection) {
      return collection.kind() == ValueType.CollectionKind.ARRAY
          ? of(collection.element()) + "Array"
          : simple(ref) + "Of" + of(collection.element());
    }
    if (type instanceof ValueType.MapOf map) {
      return simple(ref) + "Of" + of(map.key()) + "To" + of(map.value());
    }
    if (type instanceof ValueType.OptionalOf optional) {
      return "OptionalOf" + of(optional.element());
    }
    if (type instanceof ValueType.Bytes) {
      return "Bytes";
    }
    if (ref.isPrimitive()) {
      return Character.toUpperCase(ref.primitive().charAt(0)) + ref.primitive().substring(1);
    }
    StringBuilder name = new StringBuilder(simple(ref));
    for (int i = 0; i < ref.arguments().size(); i++) {
      name.append(i == 0 ? "Of" : "And").append(argumentName(ref.arguments().get(i)));
    }
    return name.toString();
  }

  private static String argumentName(TypeRef ref) {
    if (ref.isArray()) {
      return argumentName(ref.component()) + "Array";
    }
    StringBuilder name = new StringBuilder(ref.isPrimitive() ? ref.primitive() : simple(ref));
    for (int i = 0; i < ref.arguments().size(); i++) {
      name.append(i == 0 ? "Of" : "And").append(argumentName(ref.arguments().get(i)));
    }
    return name.toString();
  }

  private static String simple(TypeRef ref) {
    return ref.simpleNames().get(ref.simpleNames().size() - 1);
  }
}
