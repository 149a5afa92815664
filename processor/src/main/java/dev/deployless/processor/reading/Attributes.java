package dev.deployless.processor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** The attribute values of one annotation mirror, with defaults, read by attribute name. */
final class Attributes {
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  Attributes(AnnotationMirror mirror, Elements elements) {
    this.mirror = mirror;
    this.values = elements.getElementValuesWithDefaults(mirror);
  }

  /** The annotation of type {@code annotationType} on {@code element}, if present. */
  static Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** Whether the annotation type has the attribute {@code name}. */
  boolean declares(String name) {
    for (ExecutableElement attribute : values.keySet()) {
      if (attribute.getSimpleName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the attribute is written in source (not its default). */
  boolean isSet(String name) {
    for (ExecutableElement attribute : mirror.getElementValues().keySet()) {
      if (attribute.getSimpleName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }

  String string(String name) {
    return (String) value(name);
  }

  /** The text if written in source and not blank. */
  Optional<String> optionalString(String name) {
    String value = string(name);
    return isSet(name) && !value.isBlank() ? Optional.of(value) : Optional.empty();
  }

  int integer(String name) {
    return (Integer) value(name);
  }

  /** The number if written in source, whatever it is (range checks come later). */
  OptionalInt optionalInteger(String name) {
    return isSet(name) ? OptionalInt.of(integer(name)) : OptionalInt.empty();
  }

  boolean flag(String name) {
    return (Boolean) value(name);
  }

  /** The name of an enum constant value. */
  String constant(String name) {
    return ((VariableElement) value(name)).getSimpleName().toString();
  }

  List<String> strings(String name) {
    List<String> result = new ArrayList<>();
    for (AnnotationValue element : list(name)) {
      result.add((String) element.getValue());
    }
    return result;
  }

  /** The names of the enum constants of an array attribute. */
  List<String> constants(String name) {
    List<String> result = new ArrayList<>();
    for (AnnotationValue element : list(name)) {
      result.add(((VariableElement) element.getValue()).getSimpleName().toString());
    }
    return result;
  }

  /** The annotation value of a (nested) annotation attribute. */
  AnnotationMirror annotation(String name) {
    return (AnnotationMirror) value(name);
  }

  List<AnnotationMirror> annotations(String name) {
    List<AnnotationMirror> result = new ArrayList<>();
    for (AnnotationValue element : list(name)) {
      result.add((AnnotationMirror) element.getValue());
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(String name) {
    Object value = value(name);
    return value instanceof List ? (List<? extends AnnotationValue>) value : List.of();
  }

  private Object value(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalArgumentException("@" + mirror.getAnnotationType() + " has no attribute " + name);
  }
}
