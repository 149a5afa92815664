package dev.deployless.processor.model;

import dev.deployless.processor.diagnostic.Location;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Where a model element was declared: the annotated element and its annotation. Diagnostics use it
 * to point at the narrowest place ({@link #at}); the code generator uses its
 * {@link #originatingType()} for the Filer. It is never used to read annotation values.
 */
public final class Source {
  private final Element element;
  private final AnnotationMirror annotation;

  public Source(Element element, AnnotationMirror annotation) {
    this.element = element;
    this.annotation = annotation;
  }

  /** The element. */
  public Location element() {
    return Location.of(element);
  }

  /** The annotation on the element, or the element without one. */
  public Location annotation() {
    return annotation == null ? element() : Location.of(element, annotation);
  }

  /**
   * The value of {@code attribute} if the annotation sets it explicitly, else the annotation.
   */
  public Location at(String attribute) {
    if (annotation != null) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(attribute)) {
          return Location.of(element, annotation, entry.getValue());
        }
      }
    }
    return annotation();
  }

  /** The top-level or nested class the element belongs to, the origin of generated files. */
  public TypeElement originatingType() {
    Element current = element;
    while (current != null && !(current instanceof TypeElement)) {
      current = current.getEnclosingElement();
    }
    return (TypeElement) current;
  }
}
