package dev.deployless.processor.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The expected shape of a value in {@code deployless.yaml}: the schema is a tree of shapes. */
sealed interface Shape {

  /** How the shape reads in an error message: "a string", "a list of strings". */
  String description();

  /** Text; any scalar (number, boolean) is taken by its text. */
  record Text() implements Shape {
    public String description() {
      return "a string";
    }
  }

  /** A whole number; an interpolated string that is a whole number is accepted. */
  record WholeNumber() implements Shape {
    public String description() {
      return "an integer";
    }
  }

  /** Any number. */
  record Decimal() implements Shape {
    public String description() {
      return "a number";
    }
  }

  /** {@code true} or {@code false}. */
  record Flag() implements Shape {
    public String description() {
      return "true or false";
    }
  }

  /** A mapping with the given keys, each optional. */
  record Fields(Map<String, Shape> fields) implements Shape {
    public String description() {
      return "a mapping";
    }
  }

  /** A mapping from any text key to values of one shape. */
  record MapOf(Shape values) implements Shape {
    public String description() {
      return "a mapping of " + values.description().replaceFirst("^an? ", "") + " values";
    }
  }

  /** A list of values of one shape. */
  record ListOf(Shape elements) implements Shape {
    public String description() {
      return "a list of " + plural(elements.description());
    }
  }

  /** The first of several shapes the value fits. */
  record AnyOf(List<Shape> alternatives) implements Shape {
    public String description() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < alternatives.size(); i++) {
        if (i > 0) {
          text.append(i == alternatives.size() - 1 ? " or " : ", ");
        }
        text.append(alternatives.get(i).description());
      }
      return text.toString();
    }
  }

  /** Anything; kept as read. */
  record Anything() implements Shape {
    public String description() {
      return "any value";
    }
  }

  static Shape text() {
    return new Text();
  }

  static Shape integer() {
    return new WholeNumber();
  }

  static Shape number() {
    return new Decimal();
  }

  static Shape flag() {
    return new Flag();
  }

  static Shape anything() {
    return new Anything();
  }

  static Shape mapOf(Shape values) {
    return new MapOf(values);
  }

  static Shape listOf(Shape elements) {
    return new ListOf(elements);
  }

  static Shape anyOf(Shape... alternatives) {
    return new AnyOf(List.of(alternatives));
  }

  /** A mapping of the given keys and shapes, in pairs: {@code fields("a", text(), "b", flag())}. */
  static Shape fields(Object... keysAndShapes) {
    Map<String, Shape> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndShapes.length; i += 2) {
      fields.put((String) keysAndShapes[i], (Shape) keysAndShapes[i + 1]);
    }
    return new Fields(fields);
  }

  private static String plural(String description) {
    String noun = description.replaceFirst("^an? ", "");
    if (noun.equals("true or false")) {
      return "booleans";
    }
    return noun.endsWith("s") ? noun : noun.replaceFirst("^(\\w+)", "$1s");
  }
}
