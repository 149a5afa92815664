package dev.deployless.processor.diagnostic;

import java.nio.file.Path;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Where a diagnostic points: a source element (narrowed to an annotation and value), a file line, or nowhere. */
public sealed interface Location {

  /** The narrowest place in source: the value if known, else the annotation, else the element. */
  record InSource(Element element, AnnotationMirror annotation, AnnotationValue value)
      implements Location {}

  /** A line and column (1-based) of a file such as {@code deployless.yaml}. */
  record InFile(Path file, int line, int column) implements Location {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column;
    }
  }

  /** No particular place. */
  record Nowhere() implements Location {}

  /** The location {@code nowhere}. */
  Location NOWHERE = new Nowhere();

  static Location of(Element element) {
    return new InSource(element, null, null);
  }

  static Location of(Element element, AnnotationMirror annotation) {
    return new InSource(element, annotation, null);
  }

  static Location of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new InSource(element, annotation, value);
  }
}
