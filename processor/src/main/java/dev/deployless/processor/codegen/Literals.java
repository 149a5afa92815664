package dev.deployless.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.deployless.processor.model.ScalarKind;
import dev.deployless.processor.model.ValueType;
import java.util.Locale;
import java.util.Optional;

/** Java literals in generated code: the initial value of a local, and constants for default values. */
final class Literals {
  private Literals() {}

  /** The value a local of {@code type} starts with before JSON sets it: zero, false, empty or null. */
  static CodeBlock initialValue(ValueType type) {
    if (type instanceof ValueType.Scalar scalar && scalar.primitive()) {
      switch (scalar.kind()) {
        case BOOLEAN:
          return CodeBlock.of("false");
        case CHAR:
          return CodeBlock.of("'\\0'");
        case LONG:
          return CodeBlock.of("0L");
        case FLOAT:
          return CodeBlock.of("0f");
        case DOUBLE:
          return CodeBlock.of("0d");
        default:
          return CodeBlock.of("0");
      }
    }
    if (type instanceof ValueType.OptionalOf) {
      return CodeBlock.of("$T.empty()", Optional.class);
    }
    return CodeBlock.of("null");
  }

  /**
   * {@code text} as a Java constant of {@code kind} ({@code 42L}, {@code (byte) 1}, {@code 'x'}), or
   * null for the kinds that are created by converting the text at run time.
   */
  static CodeBlock constant(ScalarKind kind, String text) {
    switch (kind) {
      case STRING:
        return CodeBlock.of("$S", text);
      case BOOLEAN:
        return CodeBlock.of("$L", Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
      case BYTE:
        return CodeBlock.of("(byte) $L", Byte.parseByte(text));
      case SHORT:
        return CodeBlock.of("(short) $L", Short.parseShort(text));
      case INT:
        return CodeBlock.of("$L", Integer.parseInt(text));
      case LONG:
        return CodeBlock.of("$LL", Long.parseLong(text));
      case FLOAT:
        return CodeBlock.of("$Lf", Float.parseFloat(text));
      case DOUBLE:
        return CodeBlock.of("$Ld", Double.parseDouble(text));
      case CHAR:
        return CodeBlock.of("'$L'", text.equals("'") ? "\\'" : text.equals("\\") ? "\\\\" : text);
      default:
        return null;
    }
  }
}
