package dev.deployless.processor.codegen;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.ValueType;
import dev.deployless.runtime.handler.EventFunction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the handler of a scheduled or standalone function: a subclass of {@link EventFunction}
 * reading the event with generated JSON code, or, for an {@code aws-lambda-java-events} event
 * type, a {@code RequestHandler} whose event the Lambda runtime deserializes.
 */
final class EventFunctionWriter {
  private final Function function;
  private final HandlerClass handler;
  private final JsonCodecs codecs;
  private final List<Parameter> parameters;
  private final Result result;
  private final String method;

  EventFunctionWriter(Function function, List<InitHook> hooks) {
    this.function = function;
    this.handler = new HandlerClass(function, hooks);
    this.codecs = new JsonCodecs(function.feature().objects(), Set.of("invoke", "handleRequest"));
    this.parameters = function.job() != null ? function.job().parameters()
        : function.standalone().parameters();
    this.result = function.job() != null ? function.job().result() : function.standalone().result();
    this.method = function.job() != null ? function.job().javaMethod()
        : function.standalone().javaMethod();
  }

  TypeSpec write() {
    Parameter.AwsEventParameter awsEvent = null;
    for (Parameter parameter : parameters) {
      if (parameter instanceof Parameter.AwsEventParameter aws) {
        awsEvent = aws;
      }
    }
    return awsEvent != null ? runtimeSerialized(awsEvent) : streamed();
  }

  private CodeBlock summary() {
    TypeName controller = TypeNames.raw(function.feature().controller());
    if (function.job() != null) {
      return CodeBlock.of("runs {@link $T#$L} on $L.", controller, method,
          String.join(", ", function.job().schedules()));
    }
    return CodeBlock.of("runs {@link $T#$L} when invoked.", controller, method);
  }

  private TypeSpec.Builder declaration(TypeName superclass) {
    TypeSpec.Builder type = handler.classBuilder(superclass, summary());
    type.addField(handler.controllerField());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    handler.initialize(constructor);
    type.addMethod(constructor.build());
    return type;
  }

  private TypeSpec streamed() {
    TypeSpec.Builder type = declaration(ClassName.get(EventFunction.class));
    MethodSpec.Builder invoke = MethodSpec.methodBuilder("invoke")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(String.class)
        .addParameter(byte[].class, "event")
        .addParameter(HandlerClass.CONTEXT, "context")
        .addException(Exception.class);
    List<String> arguments = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if (parameter instanceof Parameter.ContextParameter) {
        arguments.add("context");
        continue;
      }
      ValueType eventType = ((Parameter.EventParameter) parameter).type();
      TypeName javaType = TypeNames.of(eventType.type());
      if (eventType.isString()) {
        invoke.addStatement("$T input = new $T(event, $T.UTF_8)", String.class, String.class,
            StandardCharsets.class);
      } else {
        invoke.addStatement("$T reader = new $T(event)", JsonCodecs.READER, JsonCodecs.READER);
        invoke.addStatement("$T input = $L", javaType, codecs.read(eventType, "reader"));
        invoke.addStatement("reader.endDocument()");
      }
      arguments.add("input");
    }
    CodeBlock call = CodeBlock.of("controller.$N($L)", method, String.join(", ", arguments));
    if (result instanceof Result.Json json) {
      invoke.addStatement("$T result = $L", TypeNames.of(json.type().type()), call);
      invoke.addStatement("$T json = new $T()", JsonCodecs.WRITER, JsonCodecs.WRITER);
      invoke.addCode(codecs.write(json.type(), CodeBlock.of("json"), CodeBlock.of("result")));
      invoke.addStatement("return json.toString()");
    } else {
      invoke.addStatement("$L", call);
      invoke.addStatement("return null");
    }
    type.addMethod(invoke.build());
    type.addMethods(codecs.methods());
    return type.build();
  }

  private TypeSpec runtimeSerialized(Parameter.AwsEventParameter event) {
    TypeName output = result instanceof Result.RuntimeSerialized serialized
        ? TypeNames.of(serialized.type()) : ClassName.get(Void.class);
    TypeName input = TypeNames.of(event.type());
    TypeSpec.Builder type = declaration(null)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(RequestHandler.class), input, output));
    List<String> arguments = new ArrayList<>();
    for (Parameter parameter : parameters) {
      arguments.add(parameter instanceof Parameter.ContextParameter ? "context" : "event");
    }
    CodeBlock call = CodeBlock.of("controller.$N($L)", method, String.join(", ", arguments));
    MethodSpec.Builder handle = MethodSpec.methodBuilder("handleRequest")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(output)
        .addParameter(input, "event")
        .addParameter(HandlerClass.CONTEXT, "context")
        .beginControlFlow("try");
    if (result instanceof Result.RuntimeSerialized) {
      handle.addStatement("return $L", call);
    } else {
      handle.addStatement("$L", call);
      handle.addStatement("return null");
    }
    handle.nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("throw $T.rethrow(e)", EventFunction.class)
        .endControlFlow();
    type.addMethod(handle.build());
    return type.build();
  }
}
