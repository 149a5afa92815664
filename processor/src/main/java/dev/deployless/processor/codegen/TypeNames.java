package dev.deployless.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.deployless.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** JavaPoet names for the model's {@link TypeRef}s. */
final class TypeNames {
  private TypeNames() {}

  static TypeName of(TypeRef type) {
    if (type.isPrimitive()) {
      switch (type.primitive()) {
        case "boolean":
          return TypeName.BOOLEAN;
        case "byte":
          return TypeName.BYTE;
        case "short":
          return TypeName.SHORT;
        case "int":
          return TypeName.INT;
        case "long":
          return TypeName.LONG;
        case "char":
          return TypeName.CHAR;
        case "float":
          return TypeName.FLOAT;
        case "double":
          return TypeName.DOUBLE;
        default:
          throw new IllegalArgumentException(type.primitive());
      }
    }
    if (type.isArray()) {
      return ArrayTypeName.of(of(type.component()));
    }
    ClassName raw = raw(type);
    if (type.arguments().isEmpty()) {
      return raw;
    }
    List<TypeName> arguments = new ArrayList<>();
    for (TypeRef argument : type.arguments()) {
      arguments.add(of(argument).box());
    }
    return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
  }

  /** The class of a declared type, without type arguments. */
  static ClassName raw(TypeRef type) {
    List<String> names = type.simpleNames();
    return ClassName.get(type.packageName(), names.get(0),
        names.subList(1, names.size()).toArray(new String[0]));
  }
}
