package dev.deployless.processor.reading;

import dev.deployless.processor.model.ObjectType.Member;
import dev.deployless.processor.model.ObjectType.Property;
import dev.deployless.processor.model.ValueType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the JSON properties of a record or class as Jackson would: record components, public
 * fields, getters ({@code getX}, {@code isX} for booleans) and setters, honouring
 * {@code @JsonProperty} and {@code @JsonIgnore} by name (the annotations need not be on the class
 * path).
 */
final class PropertyReader {
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

  /** Classifies the type of the property {@code name}. */
  interface Classifier {
    ValueType classify(TypeMirror type, String name);
  }

  private final Types types;

  PropertyReader(Types types) {
    this.types = types;
  }

  /** The properties of the record {@code element}: its components, by their accessors. */
  List<Property> ofRecord(DeclaredType type, TypeElement element, Classifier classifier) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      String name = component.getSimpleName().toString();
      List<Element> annotated = new ArrayList<>(List.of(component, accessor));
      for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(name)) {
          annotated.add(field);
        }
      }
      TypeMirror propertyType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
      boolean ignored = hasAnnotation(annotated, JSON_IGNORE);
      properties.add(new Property(jsonName(annotated, name), name,
          classifier.classify(propertyType, name),
          ignored ? null : new Member(accessor.getSimpleName().toString(), true), null));
    }
    return properties;
  }

  /**
   * The properties of the class {@code element}: public fields, getters and setters of it and its
   * superclasses, in the declaration order of their fields.
   */
  List<Property> ofClass(DeclaredType type, TypeElement element, Classifier classifier) {
    Map<String, List<Element>> members = new LinkedHashMap<>();
    Map<String, Member> getters = new HashMap<>();
    Map<String, Member> setters = new HashMap<>();
    Map<String, TypeMirror> propertyTypes = new HashMap<>();
    for (TypeElement declaring : hierarchy(element)) {
      for (Element member : declaring.getEnclosedElements()) {
        Set<Modifier> modifiers = member.getModifiers();
        if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)) {
          continue;
        }
        if (member.getKind() == ElementKind.FIELD && !modifiers.contains(Modifier.TRANSIENT)) {
          String name = member.getSimpleName().toString();
          members.computeIfAbsent(name, n -> new ArrayList<>()).add(member);
          TypeMirror fieldType = types.asMemberOf(type, member);
          propertyTypes.putIfAbsent(name, fieldType);
          getters.putIfAbsent(name, new Member(name, false));
          if (!modifiers.contains(Modifier.FINAL)) {
            setters.putIfAbsent(name, new Member(name, false));
          }
        } else if (member.getKind() == ElementKind.METHOD) {
          ExecutableElement method = (ExecutableElement) member;
          ExecutableType signature = (ExecutableType) types.asMemberOf(type, method);
          String methodName = method.getSimpleName().toString();
          String getter = getterProperty(methodName, signature);
          String setter = setterProperty(methodName, signature);
          if (getter != null) {
            members.computeIfAbsent(getter, n -> new ArrayList<>()).add(method);
            getters.put(getter, new Member(methodName, true));
            propertyTypes.put(getter, signature.getReturnType());
          } else if (setter != null) {
            members.computeIfAbsent(setter, n -> new ArrayList<>()).add(method);
            setters.put(setter, new Member(methodName, true));
            propertyTypes.putIfAbsent(setter, signature.getParameterTypes().get(0));
          }
        }
      }
    }
    // Properties follow the declaration order of their fields (private ones too), as in Jackson.
    List<String> order = new ArrayList<>();
    for (TypeElement declaring : hierarchy(element)) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (members.containsKey(field.getSimpleName().toString())) {
          order.add(field.getSimpleName().toString());
        }
      }
    }
    for (String name : members.keySet()) {
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    List<Property> properties = new ArrayList<>();
    for (String name : order) {
      Map.Entry<String, List<Element>> entry = Map.entry(name, members.get(name));
      if (hasAnnotation(entry.getValue(), JSON_IGNORE)) {
        continue;
      }
      properties.add(new Property(jsonName(entry.getValue(), name), name,
          classifier.classify(propertyTypes.get(name), name), getters.get(name), setters.get(name)));
    }
    return properties;
  }

  /** The classes from the top of {@code element}'s hierarchy down to it, {@code Object} excluded. */
  private List<TypeElement> hierarchy(TypeElement element) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement current = element; current != null; ) {
      if (current.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      chain.addFirst(current);
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }
    return new ArrayList<>(chain);
  }

  private static String getterProperty(String name, ExecutableType signature) {
    if (!signature.getParameterTypes().isEmpty() || signature.getReturnType().getKind() == TypeKind.VOID
        || name.equals("getClass")) {
      return null;
    }
    if (name.startsWith("get") && name.length() > 3) {
      return decapitalize(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2
        && signature.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return decapitalize(name.substring(2));
    }
    return null;
  }

  private static String setterProperty(String name, ExecutableType signature) {
    if (name.startsWith("set") && name.length() > 3 && signature.getParameterTypes().size() == 1) {
      return decapitalize(name.substring(3));
    }
    return null;
  }

  /** The java.beans rule: {@code Name} is {@code name}, {@code URL} stays {@code URL}. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether generated code can create {@code element} with {@code new}: a public no-argument constructor. */
  static boolean hasPublicNoArgConstructor(TypeElement element) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        return constructor.getModifiers().contains(Modifier.PUBLIC);
      }
    }
    return false;
  }

  private static boolean hasAnnotation(Collection<Element> elements, String annotation) {
    for (Element element : elements) {
      if (Attributes.find(element, annotation).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static String jsonName(Collection<Element> elements, String fallback) {
    for (Element element : elements) {
      Optional<AnnotationMirror> property = Attributes.find(element, JSON_PROPERTY);
      if (property.isPresent()) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
            : property.get().getElementValues().entrySet()) {
          if (value.getKey().getSimpleName().contentEquals("value")
              && !value.getValue().getValue().toString().isEmpty()) {
            return value.getValue().getValue().toString();
          }
        }
      }
    }
    return fallback;
  }
}
