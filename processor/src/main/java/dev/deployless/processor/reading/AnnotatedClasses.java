package dev.deployless.processor.reading;

import dev.deployless.annotations.Cron;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.LambdaFunction;
import dev.deployless.annotations.OnBucket;
import dev.deployless.annotations.OnEvent;
import dev.deployless.annotations.OnQueue;
import dev.deployless.annotations.OnTableChange;
import dev.deployless.annotations.OnTopic;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Resources;
import dev.deployless.annotations.Route;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the classes a round brings to the processing steps: {@code @Feature} classes, classes
 * declaring shared resources, and methods annotated outside a feature (E51). With the readers, the
 * only code that looks at annotation mirrors.
 */
public final class AnnotatedClasses {
  private static final List<Class<? extends Annotation>> METHOD_ANNOTATIONS =
      List.of(Route.class, Cron.class, LambdaFunction.class, OnQueue.class, OnBucket.class, OnTableChange.class,
          OnTopic.class, OnEvent.class);

  private final Elements elements;

  public AnnotatedClasses(Elements elements) {
    this.elements = elements;
  }

  /** The {@code @Feature} classes of {@code round}, by name. */
  public List<TypeElement> features(RoundEnvironment round) {
    Map<String, TypeElement> features = new TreeMap<>();
    for (Element element : round.getElementsAnnotatedWith(annotation(Feature.class))) {
      TypeElement type = (TypeElement) element;
      features.put(type.getQualifiedName().toString(), type);
    }
    return new ArrayList<>(features.values());
  }

  /** The classes of {@code round} that declare resources without being features, by name. */
  public List<TypeElement> resourceDeclarers(RoundEnvironment round) {
    Map<String, TypeElement> declarers = new TreeMap<>();
    for (Class<? extends Annotation> kind : List.of(Resource.class, Resources.class)) {
      for (Element element : round.getElementsAnnotatedWith(annotation(kind))) {
        if (element instanceof TypeElement type && !isFeature(type)) {
          declarers.put(type.getQualifiedName().toString(), type);
        }
      }
    }
    return new ArrayList<>(declarers.values());
  }

  /** Whether {@code type} is annotated {@code @Feature}. */
  public boolean isFeature(TypeElement type) {
    return has(type, annotation(Feature.class));
  }

  /** Whether {@code type} carries {@code @Resource}, directly or repeated. */
  public boolean declaresResources(TypeElement type) {
    return ResourceReader.annotated(type);
  }

  /** Reports E51 for each route, cron, lambda or trigger method of {@code round} in a class that is not a feature. */
  public void reportMethodsOutsideFeatures(RoundEnvironment round, Report report) {
    TypeElement feature = annotation(Feature.class);
    for (Class<? extends Annotation> kind : METHOD_ANNOTATIONS) {
      TypeElement annotation = annotation(kind);
      List<Element> methods = new ArrayList<>(round.getElementsAnnotatedWith(annotation));
      methods.sort(Comparator.comparing(Element::toString));
      for (Element method : methods) {
        Element owner = method.getEnclosingElement();
        if (!has(owner, feature)) {
          Location at = method.getAnnotationMirrors().stream()
              .filter(mirror -> mirror.getAnnotationType().asElement().equals(annotation))
              .findFirst().map(mirror -> Location.of(method, mirror)).orElse(Location.of(method));
          report.add(Message.E51, at, kind.getSimpleName(),
              owner.getSimpleName() + "." + method.getSimpleName() + "()", owner.getSimpleName());
        }
      }
    }
  }

  private TypeElement annotation(Class<? extends Annotation> kind) {
    return elements.getTypeElement(kind.getCanonicalName());
  }

  private static boolean has(Element element, TypeElement annotation) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(mirror -> mirror.getAnnotationType().asElement().equals(annotation));
  }
}
