package dev.deployless.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.deployless.processor.model.ObjectType;
import dev.deployless.processor.model.ObjectType.Property;
import dev.deployless.processor.model.ScalarKind;
import dev.deployless.processor.model.ValueType;
import dev.deployless.runtime.handler.Conversions;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import dev.deployless.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The JSON readers and writers of one generated class. Scalars are read and written inline; records,
 * classes, enums, collections, maps and optionals get a private static method each
 * ({@code readUserDto}, {@code writeListOfRole}), generated on first use and added to the class.
 */
final class JsonCodecs {
  static final ClassName READER = ClassName.get(JsonReader.class);
  static final ClassName WRITER = ClassName.get(JsonWriter.class);
  static final ClassName CONVERSIONS = ClassName.get(Conversions.class);

  private final Map<String, ObjectType> objects;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Set<String> taken;
  private final Map<String, MethodSpec> methods = new LinkedHashMap<>();

  /**
   * @param objects the record and class types the class reads or writes, by key
   * @param taken method names the class already uses
   */
  JsonCodecs(Map<String, ObjectType> objects, Set<String> taken) {
    this.objects = objects;
    this.taken = new LinkedHashSet<>(taken);
  }

  /** Every helper method generated so far, in order of first use. */
  List<MethodSpec> methods() {
    return new ArrayList<>(methods.values());
  }

  // ------------------------------------------------------------ reading

  /** An expression reading a {@code type} value (null for JSON null) from {@code reader}. */
  CodeBlock read(ValueType type, String reader) {
    if (type instanceof ValueType.Scalar scalar) {
      CodeBlock next = CodeBlock.of("$L.$L()", reader, scalar.kind().readMethod());
      return scalar.primitive() ? next : CodeBlock.of("$L.nextNull() ? null : $L", reader, next);
    }
    if (type instanceof ValueType.Bytes) {
      return CodeBlock.of("$L.nextNull() ? null : $L.nextBase64()", reader, reader);
    }
    if (type instanceof ValueType.Dynamic) {
      return CodeBlock.of("$L.readAny()", reader);
    }
    return CodeBlock.of("$N($L)", readMethod(type), reader);
  }

  private String readMethod(ValueType type) {
    String key = "read " + type.type().canonical();
    String name = names.get(key);
    if (name != null) {
      return name;
    }
    name = allocate("read" + HelperNames.of(type), key);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.of(type.type()))
        .addParameter(READER, "reader");
    methods.put(key, null);
    if (type instanceof ValueType.ObjectRef ref) {
      readObject(method, objects.get(ref.key()));
    } else if (type instanceof ValueType.EnumValue enumValue) {
      method.addStatement("if (reader.nextNull()) return null")
          .addStatement("$T text = reader.nextString()", String.class)
          .addStatement("$T value = $N(text)", TypeNames.of(type.type()), enumMethod(enumValue))
          .addStatement("if (value == null) throw reader.unexpectedValue(text, $S)",
              "one of " + String.join(", ", enumValue.constants()))
          .addStatement("return value");
    } else if (type instanceof ValueType.OptionalOf optional) {
      method.addStatement("return $T.ofNullable($L)", Optional.class, read(optional.element(), "reader"));
    } else if (type instanceof ValueType.CollectionOf collection) {
      readCollection(method, collection);
    } else if (type instanceof ValueType.MapOf map) {
      readMap(method, map);
    } else {
      throw new IllegalArgumentException("no reader for " + type);
    }
    methods.put(key, method.build());
    return name;
  }

  private void readObject(MethodSpec.Builder method, ObjectType object) {
    TypeName type = TypeNames.of(object.type());
    NameAllocator locals = new NameAllocator();
    locals.newName("reader");
    locals.newName("value");
    method.addStatement("if (reader.nextNull()) return null");
    List<String> variables = new ArrayList<>();
    if (object.isRecord()) {
      for (Property property : object.properties()) {
        String local = locals.newName(property.javaName(), property);
        variables.add(local);
        method.addStatement("$T $N = $L", TypeNames.of(property.type().type()), local,
            Literals.initialValue(property.type()));
      }
    } else {
      method.addStatement("$T value = new $T()", type, type);
    }
    method.addStatement("reader.beginObject()");
    method.beginControlFlow("while (reader.hasNext())");
    method.beginControlFlow("switch (reader.nextName())");
    for (int i = 0; i < object.properties().size(); i++) {
      Property property = object.properties().get(i);
      CodeBlock value = read(property.type(), "reader");
      if (object.isRecord()) {
        if (property.get() == null) {
          continue;
        }
        method.addCode("case $S:\n$>$N = $L;\nbreak;\n$<", property.jsonName(), variables.get(i), value);
      } else if (property.set() != null) {
        CodeBlock store = property.set().isMethod()
            ? CodeBlock.of("value.$N($L)", property.set().name(), value)
            : CodeBlock.of("value.$N = $L", property.set().name(), value);
        method.addCode("case $S:\n$>$L;\nbreak;\n$<", property.jsonName(), store);
      }
    }
    method.addCode("default:\n$>reader.skipValue();\n$<");
    method.endControlFlow();
    method.endControlFlow();
    method.addStatement("reader.endObject()");
    if (object.isRecord()) {
      method.addStatement("return new $T($L)", type, String.join(", ", variables));
    } else {
      method.addStatement("return value");
    }
  }

  private void readCollection(MethodSpec.Builder method, ValueType.CollectionOf collection) {
    TypeName element = TypeNames.of(collection.element().type());
    method.addStatement("if (reader.nextNull()) return null");
    boolean array = collection.kind() == ValueType.CollectionKind.ARRAY;
    ClassName implementation = array ? ClassName.get(ArrayList.class)
        : ClassName.bestGuess(collection.kind().implementation());
    TypeName listType = ParameterizedTypeName.get(array ? ClassName.get(List.class) : implementation,
        element.box());
    method.addStatement("$T values = new $T<>()", listType, implementation);
    method.addStatement("reader.beginArray()");
    method.beginControlFlow("while (reader.hasNext())");
    method.addStatement("values.add($L)", read(collection.element(), "reader"));
    method.endControlFlow();
    method.addStatement("reader.endArray()");
    if (!array) {
      method.addStatement("return values");
    } else if (element.isPrimitive()) {
      method.addStatement("$T array = new $T[values.size()]", TypeNames.of(collection.type()), element);
      method.beginControlFlow("for (int i = 0; i < array.length; i++)");
      method.addStatement("array[i] = values.get(i)");
      method.endControlFlow();
      method.addStatement("return array");
    } else {
      method.addStatement("return values.toArray(new $T[0])", element);
    }
  }

  private void readMap(MethodSpec.Builder method, ValueType.MapOf map) {
    TypeName key = TypeNames.of(map.key().type()).box();
    TypeName value = TypeNames.of(map.value().type()).box();
    method.addStatement("if (reader.nextNull()) return null");
    method.addStatement("$T values = new $T<>()",
        ParameterizedTypeName.get(ClassName.get(java.util.LinkedHashMap.class), key, value),
        java.util.LinkedHashMap.class);
    method.addStatement("reader.beginObject()");
    method.beginControlFlow("while (reader.hasNext())");
    if (map.key() instanceof ValueType.EnumValue enumKey) {
      method.addStatement("$T name = reader.nextName()", String.class);
      method.addStatement("$T key = $N(name)", key, enumMethod(enumKey));
      method.addStatement("if (key == null) throw reader.unexpectedValue(name, $S)",
          "a key that is one of " + String.join(", ", enumKey.constants()));
      method.addStatement("values.put(key, $L)", read(map.value(), "reader"));
    } else {
      method.addStatement("values.put(reader.nextName(), $L)", read(map.value(), "reader"));
    }
    method.endControlFlow();
    method.addStatement("reader.endObject()");
    method.addStatement("return values");
  }

  // ------------------------------------------------------------ writing

  /** A statement writing {@code value} (an expression of {@code type}) to {@code writer}. */
  CodeBlock write(ValueType type, CodeBlock writer, CodeBlock value) {
    if (type instanceof ValueType.Scalar scalar) {
      if (scalar.primitive() && scalar.kind() == ScalarKind.CHAR) {
        // JsonWriter has no value(char): a char would widen to value(long).
        return CodeBlock.of("$L.value($T.valueOf($L));\n", writer, String.class, value);
      }
      return CodeBlock.of("$L.$L($L);\n", writer, scalar.kind().writeMethod(), value);
    }
    if (type instanceof ValueType.EnumValue) {
      return CodeBlock.of("$L.value($L);\n", writer, value);
    }
    if (type instanceof ValueType.Bytes) {
      return CodeBlock.of("$L.base64($L);\n", writer, value);
    }
    if (type instanceof ValueType.Dynamic) {
      return CodeBlock.of("$T.write($L, $L);\n", JsonValues.class, writer, value);
    }
    return CodeBlock.of("$N($L, $L);\n", writeMethod(type), writer, value);
  }

  private String writeMethod(ValueType type) {
    String key = "write " + type.type().canonical();
    String name = names.get(key);
    if (name != null) {
      return name;
    }
    name = allocate("write" + HelperNames.of(type), key);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(WRITER, "writer")
        .addParameter(TypeNames.of(type.type()), "value");
    methods.put(key, null);
    CodeBlock writer = CodeBlock.of("writer");
    if (type instanceof ValueType.OptionalOf optional) {
      method.beginControlFlow("if (value == null || value.isEmpty())")
          .addStatement("writer.nullValue()")
          .addStatement("return")
          .endControlFlow()
          .addCode(write(optional.element(), writer, CodeBlock.of("value.get()")));
    } else {
      method.beginControlFlow("if (value == null)")
          .addStatement("writer.nullValue()")
          .addStatement("return")
          .endControlFlow();
      if (type instanceof ValueType.ObjectRef ref) {
        method.addStatement("writer.beginObject()");
        for (Property property : objects.get(ref.key()).properties()) {
          if (property.get() == null) {
            continue;
          }
          CodeBlock get = property.get().isMethod()
              ? CodeBlock.of("value.$N()", property.get().name())
              : CodeBlock.of("value.$N", property.get().name());
          method.addCode(write(property.type(), CodeBlock.of("writer.name($S)", property.jsonName()), get));
        }
        method.addStatement("writer.endObject()");
      } else if (type instanceof ValueType.CollectionOf collection) {
        method.addStatement("writer.beginArray()");
        method.beginControlFlow("for ($T element : value)", TypeNames.of(collection.element().type()));
        method.addCode(write(collection.element(), writer, CodeBlock.of("element")));
        method.endControlFlow();
        method.addStatement("writer.endArray()");
      } else if (type instanceof ValueType.MapOf map) {
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
            TypeNames.of(map.key().type()).box(), TypeNames.of(map.value().type()).box());
        method.addStatement("writer.beginObject()");
        method.beginControlFlow("for ($T entry : value.entrySet())", entry);
        CodeBlock entryName = map.key() instanceof ValueType.EnumValue
            ? CodeBlock.of("writer.name(entry.getKey().name())")
            : CodeBlock.of("writer.name($T.valueOf(entry.getKey()))", String.class);
        method.addCode(write(map.value(), entryName, CodeBlock.of("entry.getValue()")));
        method.endControlFlow();
        method.addStatement("writer.endObject()");
      } else {
        throw new IllegalArgumentException("no writer for " + type);
      }
    }
    methods.put(key, method.build());
    return name;
  }

  // ------------------------------------------------------------ text values

  /**
   * An expression converting {@code text} (a String expression) to {@code type}, a scalar or enum,
   * throwing a 400 error that names {@code what} when it is null or does not convert. For a String,
   * {@code text} itself.
   */
  CodeBlock parse(ValueType type, CodeBlock text, String what) {
    if (type instanceof ValueType.EnumValue enumValue) {
      return CodeBlock.of("$N($L, $S)", parseEnumMethod(enumValue), text, what);
    }
    ScalarKind kind = ((ValueType.Scalar) type).kind();
    if (kind == ScalarKind.STRING) {
      return text;
    }
    return CodeBlock.of("$T.$L($L, $S)", CONVERSIONS, kind.conversion(), text, what);
  }

  /** A Java expression for the default value {@code text} of a scalar or enum parameter. */
  CodeBlock literal(ValueType type, String text, String what) {
    if (type instanceof ValueType.EnumValue) {
      return CodeBlock.of("$T.$N", TypeNames.of(type.type()), text);
    }
    CodeBlock constant = Literals.constant(((ValueType.Scalar) type).kind(), text);
    return constant != null ? constant : parse(type, CodeBlock.of("$S", text), what);
  }

  private String parseEnumMethod(ValueType.EnumValue type) {
    String key = "parse " + type.type().canonical();
    String name = names.get(key);
    if (name != null) {
      return name;
    }
    name = allocate("parse" + HelperNames.of(type), key);
    TypeName enumType = TypeNames.of(type.type());
    methods.put(key, MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumType)
        .addParameter(String.class, "text")
        .addParameter(String.class, "what")
        .addStatement("$T value = $N($T.required(text, what))", enumType, enumMethod(type), CONVERSIONS)
        .addStatement("if (value == null) throw $T.invalid(what, text, $S)", CONVERSIONS,
            "one of " + String.join(", ", type.constants()))
        .addStatement("return value")
        .build());
    return name;
  }

  /** {@code toRole(String)}: the constant named {@code text}, or null. */
  private String enumMethod(ValueType.EnumValue type) {
    String key = "to " + type.type().canonical();
    String name = names.get(key);
    if (name != null) {
      return name;
    }
    name = allocate("to" + HelperNames.of(type), key);
    TypeName enumType = TypeNames.of(type.type());
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(enumType)
        .addParameter(String.class, "text");
    method.beginControlFlow("switch (text)");
    for (String constant : type.constants()) {
      method.addCode("case $S:\n$>return $T.$N;\n$<", constant, enumType, constant);
    }
    method.addCode("default:\n$>return null;\n$<");
    method.endControlFlow();
    methods.put(key, method.build());
    return name;
  }

  // ------------------------------------------------------------ names

  private String allocate(String wanted, String key) {
    String name = reserve(wanted);
    names.put(key, name);
    return name;
  }

  /** {@code wanted}, or {@code wanted2}, ...: a method name of the class no other method has. */
  String reserve(String wanted) {
    String name = wanted;
    for (int i = 2; taken.contains(name); i++) {
      name = wanted + i;
    }
    taken.add(name);
    return name;
  }
}
