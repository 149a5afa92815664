package dev.deployless.processor.codegen;

import com.amazonaws.services.lambda.runtime.Context;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.InitHook;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;

/** What every generated handler class has: its declaration, javadoc, controller and constructor body. */
final class HandlerClass {
  static final ClassName CONTEXT = ClassName.get(Context.class);
  static final String GENERATOR = "dev.deployless.processor.DeploylessProcessor";

  private final Function function;
  private final List<InitHook> hooks;

  HandlerClass(Function function, List<InitHook> hooks) {
    this.function = function;
    this.hooks = hooks;
  }

  /** A public final class named after the function, with javadoc and {@code @Generated}. */
  TypeSpec.Builder classBuilder(TypeName superclass, CodeBlock summary) {
    TypeSpec.Builder type = TypeSpec.classBuilder(function.logicalId())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(Generated.class).addMember("value", "$S", GENERATOR).build())
        .addJavadoc("Lambda handler of {@code $L}, a function of feature {@code $L} ({@link $T}):\n$L\n",
            function.logicalId(), function.feature().name(), TypeNames.raw(function.feature().controller()),
            summary)
        .addJavadoc("\n<p>Handler: {@code $L}\n", function.handler());
    if (superclass != null) {
      type.superclass(superclass);
    }
    return type;
  }

  /** {@code private final UserController controller;} */
  FieldSpec controllerField() {
    return FieldSpec.builder(TypeNames.of(function.feature().controller()), "controller",
        Modifier.PRIVATE, Modifier.FINAL).build();
  }

  /** Runs the init hooks and creates the controller, once per container. */
  void initialize(MethodSpec.Builder constructor) {
    for (InitHook hook : hooks) {
      constructor.addStatement("$T.$N()", TypeNames.raw(hook.type()), hook.method());
    }
    if (function.feature().injectsResources()) {
      constructor.addStatement("this.controller = new $T(new $T())", TypeNames.of(function.feature().controller()),
          ClassName.bestGuess(function.feature().resourcesClass()));
    } else {
      constructor.addStatement("this.controller = new $T()", TypeNames.of(function.feature().controller()));
    }
    if (function.feature().constructorThrows()) {
      constructor.addException(Exception.class);
    }
  }
}
