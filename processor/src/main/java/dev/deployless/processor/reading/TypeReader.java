package dev.deployless.processor.reading;

import dev.deployless.processor.diagnostic.Message.Detail;
import dev.deployless.processor.model.ObjectType;
import dev.deployless.processor.model.ObjectType.Property;
import dev.deployless.processor.model.ScalarKind;
import dev.deployless.processor.model.TypeRef;
import dev.deployless.processor.model.ValueType;
import dev.deployless.processor.model.ValueType.CollectionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Classifies Java types for handlers: which are scalars converted from text, and how records and
 * classes map to JSON objects (their properties found by {@link PropertyReader}). Classification is cached and
 * independent of where the type is used; {@link #checkReadable} and {@link #checkWritable} then
 * verify that generated code in a given package can create, read or write it.
 */
final class TypeReader {
  /** The Lambda {@code Context}, which handlers pass to methods that take it. */
  static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

  /** Why a type cannot be used: a {@link Detail} completing E44, E45, E49 or E50 (its message). */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(Detail detail, Object... values) {
      super(detail.text(values), null, false, false);
    }
  }

  private final Elements elements;
  private final Types types;
  private final Map<String, ObjectType> objects = new HashMap<>();
  private final Map<String, TypeElement> declarations = new HashMap<>();
  private final Map<String, Map<String, String>> problems = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final PropertyReader propertyReader;

  TypeReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.propertyReader = new PropertyReader(types);
  }

  // ------------------------------------------------------------ naming types

  /** The type as written, for generated declarations. */
  TypeRef ref(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        return TypeRef.primitive(type.toString());
      case ARRAY:
        return TypeRef.array(ref(((ArrayType) type).getComponentType()));
      case WILDCARD: {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? TypeRef.of(Object.class) : ref(bound);
      }
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        List<TypeRef> arguments = new ArrayList<>();
        for (TypeMirror argument : declared.getTypeArguments()) {
          arguments.add(ref(argument));
        }
        return TypeRef.declared(packageOf(element), simpleNames(element), arguments);
      }
      default:
        return TypeRef.declared("", List.of(type.toString()), List.of());
    }
  }

  /** Whether {@code type} is the class {@code qualifiedName} (type arguments aside). */
  static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(qualifiedName);
  }

  /** The first type argument of {@code type}, {@code Object} for a raw type. */
  TypeMirror argument(TypeMirror type, int index) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() <= index) {
      return elements.getTypeElement("java.lang.Object").asType();
    }
    return arguments.get(index);
  }

  // ------------------------------------------------------------ classification

  /** A scalar or enum converted from text (path, query, header), if {@code type} is one. */
  Optional<ValueType> textValue(TypeMirror type) {
    try {
      ValueType value = classify(type);
      return value instanceof ValueType.Scalar || value instanceof ValueType.EnumValue
          ? Optional.of(value) : Optional.empty();
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** The classification of {@code type} for JSON. */
  ValueType classify(TypeMirror type) throws Unsupported {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        return new ValueType.Scalar(ref(type), ScalarKind.ofPrimitive(type.toString()));
      case ARRAY: {
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return new ValueType.Bytes(ref(type));
        }
        if (component.getKind() == TypeKind.DECLARED
            && !((DeclaredType) component).getTypeArguments().isEmpty()) {
          throw new Unsupported(Detail.GENERIC_ARRAY);
        }
        return new ValueType.CollectionOf(ref(type), classify(component), CollectionKind.ARRAY);
      }
      case DECLARED:
        return declared((DeclaredType) type);
      case WILDCARD:
        throw new Unsupported(Detail.WILDCARD);
      case TYPEVAR:
        throw new Unsupported(Detail.TYPE_VARIABLE, type);
      default:
        throw new Unsupported(Detail.NO_JSON_FORM, type);
    }
  }

  private ValueType declared(DeclaredType type) throws Unsupported {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Optional<ScalarKind> scalar = ScalarKind.ofClass(name);
    if (scalar.isPresent()) {
      return new ValueType.Scalar(ref(type), scalar.get());
    }
    if (element.getKind() == ElementKind.ENUM) {
      declarations.put(ref(type).canonical(), element);
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return new ValueType.EnumValue(ref(type), constants);
    }
    switch (name) {
      case "java.util.Optional":
        return new ValueType.OptionalOf(ref(type), classify(argument(type, 0)));
      case "java.util.List":
      case "java.util.Collection":
      case "java.lang.Iterable":
      case "java.util.ArrayList":
        return new ValueType.CollectionOf(ref(type), classify(argument(type, 0)), CollectionKind.LIST);
      case "java.util.Set":
      case "java.util.HashSet":
      case "java.util.LinkedHashSet":
        return new ValueType.CollectionOf(ref(type), classify(argument(type, 0)), CollectionKind.SET);
      case "java.util.Map":
      case "java.util.HashMap":
      case "java.util.LinkedHashMap": {
        ValueType key = classify(argument(type, 0));
        if (!key.isString() && !(key instanceof ValueType.EnumValue)) {
          throw new Unsupported(Detail.MAP_KEY, key.type().simple());
        }
        return new ValueType.MapOf(ref(type), key, classify(argument(type, 1)));
      }
      case "java.lang.Object":
        return new ValueType.Dynamic(ref(type));
      default:
        break;
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      throw new Unsupported(Detail.UNKNOWN_LIBRARY_TYPE, element.getSimpleName());
    }
    return object(type, element);
  }

  private ValueType object(DeclaredType type, TypeElement element) throws Unsupported {
    TypeRef ref = ref(type);
    String key = ref.canonical();
    if (objects.containsKey(key) || inProgress.contains(key)) {
      return new ValueType.ObjectRef(ref, key);
    }
    if (element.getKind() == ElementKind.INTERFACE || element.getKind() == ElementKind.ANNOTATION_TYPE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      throw new Unsupported(Detail.ABSTRACT, element.getSimpleName());
    }
    if (element.getNestingKind().isNested() && !element.getModifiers().contains(Modifier.STATIC)
        && element.getKind() == ElementKind.CLASS) {
      throw new Unsupported(Detail.INNER_CLASS, element.getSimpleName());
    }
    inProgress.add(key);
    declarations.put(key, element);
    try {
      boolean isRecord = element.getKind() == ElementKind.RECORD;
      PropertyReader.Classifier classifier = (propertyType, name) -> classifyProperty(propertyType, key, name);
      List<Property> properties = isRecord ? propertyReader.ofRecord(type, element, classifier)
          : propertyReader.ofClass(type, element, classifier);
      objects.put(key, new ObjectType(key, ref, isRecord,
          isRecord || PropertyReader.hasPublicNoArgConstructor(element), properties));
    } finally {
      inProgress.remove(key);
    }
    return new ValueType.ObjectRef(ref, key);
  }

  private ValueType classifyProperty(TypeMirror type, String key, String property) {
    try {
      return classify(type);
    } catch (Unsupported e) {
      problems.computeIfAbsent(key, k -> new TreeMap<>()).put(property, e.getMessage());
      return new ValueType.Dynamic(ref(type));
    }
  }

  // ------------------------------------------------------------ checks per use

  /** Fails unless generated code in {@code pkg} can create {@code type} from JSON. */
  void checkReadable(ValueType type, String pkg) throws Unsupported {
    check(type, true, pkg, new HashSet<>());
  }

  /** Fails unless generated code in {@code pkg} can write {@code type} as JSON. */
  void checkWritable(ValueType type, String pkg) throws Unsupported {
    check(type, false, pkg, new HashSet<>());
  }

  private void check(ValueType type, boolean read, String pkg, Set<String> visited)
      throws Unsupported {
    if (type instanceof ValueType.EnumValue) {
      accessible(type.type(), pkg);
    } else if (type instanceof ValueType.OptionalOf optional) {
      check(optional.element(), read, pkg, visited);
    } else if (type instanceof ValueType.CollectionOf collection) {
      check(collection.element(), read, pkg, visited);
    } else if (type instanceof ValueType.MapOf map) {
      check(map.key(), read, pkg, visited);
      check(map.value(), read, pkg, visited);
    } else if (type instanceof ValueType.ObjectRef ref && visited.add(ref.key())) {
      checkObject(objects.get(ref.key()), read, pkg, visited);
    }
  }

  private void checkObject(ObjectType object, boolean read, String pkg, Set<String> visited)
      throws Unsupported {
    String name = object.type().simple();
    accessible(object.type(), pkg);
    if (read && !object.readable()) {
      throw new Unsupported(Detail.NOT_CREATABLE, name);
    }
    boolean any = false;
    Set<String> names = new HashSet<>();
    Map<String, String> failures = problems.getOrDefault(object.key(), Map.of());
    for (Property property : object.properties()) {
      // A record component without a getter is @JsonIgnore'd: neither read nor written.
      boolean used = read && !object.isRecord() ? property.set() != null : property.get() != null;
      if (!used) {
        continue;
      }
      any = true;
      if (!names.add(property.jsonName())) {
        throw new Unsupported(Detail.DUPLICATE_PROPERTY, name, property.jsonName());
      }
      String failure = failures.get(property.javaName());
      if (failure != null) {
        throw new Unsupported(Detail.PROPERTY, name, property.javaName(), failure);
      }
      try {
        check(property.type(), read, pkg, visited);
      } catch (Unsupported e) {
        throw new Unsupported(Detail.PROPERTY, name, property.javaName(), e.getMessage());
      }
    }
    if (!any && !object.isRecord()) {
      throw new Unsupported(read ? Detail.NO_SETTERS : Detail.NO_GETTERS, name);
    }
  }

  private void accessible(TypeRef type, String pkg) throws Unsupported {
    TypeElement element = declarations.get(type.canonical());
    for (Element current = element; current instanceof TypeElement; current = current.getEnclosingElement()) {
      Set<Modifier> modifiers = current.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        throw new Unsupported(Detail.PRIVATE_TYPE, type.simple());
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !packageOf(element).equals(pkg)) {
        throw pkg.isEmpty() ? new Unsupported(Detail.UNNAMED_PACKAGE, type.simple())
            : new Unsupported(Detail.OTHER_PACKAGE, type.simple(), pkg);
      }
    }
  }

  // ------------------------------------------------------------ results

  /** Every object type reachable from {@code roots}, by key, sorted. */
  Map<String, ObjectType> reachable(Collection<ValueType> roots) {
    Map<String, ObjectType> found = new TreeMap<>();
    Deque<ValueType> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      ValueType type = pending.pop();
      if (type instanceof ValueType.OptionalOf optional) {
        pending.push(optional.element());
      } else if (type instanceof ValueType.CollectionOf collection) {
        pending.push(collection.element());
      } else if (type instanceof ValueType.MapOf map) {
        pending.push(map.key());
        pending.push(map.value());
      } else if (type instanceof ValueType.ObjectRef ref && !found.containsKey(ref.key())) {
        ObjectType object = objects.get(ref.key());
        found.put(ref.key(), object);
        for (Property property : object.properties()) {
          pending.push(property.type());
        }
      }
    }
    return found;
  }

  /** The package of {@code element}, {@code ""} for the unnamed package. */
  String packageOf(Element element) {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  private static List<String> simpleNames(TypeElement element) {
    Deque<String> names = new ArrayDeque<>();
    for (Element current = element; current instanceof TypeElement; current = current.getEnclosingElement()) {
      names.addFirst(current.getSimpleName().toString());
    }
    return new ArrayList<>(names);
  }
}
