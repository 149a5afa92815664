package dev.deployless.processor.model;

import java.util.List;

/**
 * A Java type as written in source: a primitive, an array, or a class with its package, nesting and
 * type arguments. Enough to name the type in generated code without keeping compiler objects.
 *
 * @param primitive the keyword of a primitive type, else null
 * @param component the component of an array type, else null
 * @param packageName the package of a class type, else null
 * @param simpleNames the class and its enclosing classes, outermost first
 * @param arguments the type arguments of a class type
 */
public record TypeRef(
    String primitive,
    TypeRef component,
    String packageName,
    List<String> simpleNames,
    List<TypeRef> arguments) {

  public static TypeRef primitive(String keyword) {
    return new TypeRef(keyword, null, null, List.of(), List.of());
  }

  public static TypeRef array(TypeRef component) {
    return new TypeRef(null, component, null, List.of(), List.of());
  }

  public static TypeRef declared(String packageName, List<String> simpleNames, List<TypeRef> arguments) {
    return new TypeRef(null, null, packageName, List.copyOf(simpleNames), List.copyOf(arguments));
  }

  /** A top-level class without type arguments, such as {@code java.lang.String}. */
  public static TypeRef of(Class<?> type) {
    return declared(type.getPackageName(), List.of(type.getSimpleName()), List.of());
  }

  public boolean isPrimitive() {
    return primitive != null;
  }

  public boolean isArray() {
    return component != null;
  }

  /** The qualified name without type arguments, such as {@code java.util.Map.Entry}. */
  public String qualifiedName() {
    if (isPrimitive()) {
      return primitive;
    }
    if (isArray()) {
      return component.qualifiedName() + "[]";
    }
    String names = String.join(".", simpleNames);
    return packageName.isEmpty() ? names : packageName + "." + names;
  }

  /** The full type, such as {@code java.util.List<com.example.User>}. */
  public String canonical() {
    if (isArray()) {
      return component.canonical() + "[]";
    }
    return qualifiedName() + arguments(true);
  }

  /** The type as a reader would write it, such as {@code List<User>}. */
  public String simple() {
    if (isPrimitive()) {
      return primitive;
    }
    if (isArray()) {
      return component.simple() + "[]";
    }
    return simpleNames.get(simpleNames.size() - 1) + arguments(false);
  }

  private String arguments(boolean qualified) {
    if (arguments.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("<");
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(qualified ? arguments.get(i).canonical() : arguments.get(i).simple());
    }
    return text.append('>').toString();
  }

  @Override
  public String toString() {
    return canonical();
  }
}
