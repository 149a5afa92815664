package dev.deployless.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.config.ProjectConfig;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Route;
import dev.deployless.processor.model.ScalarKind;
import dev.deployless.processor.model.ValueType;
import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.handler.ApiFunction;
import dev.deployless.runtime.handler.ApiResponse;
import dev.deployless.runtime.handler.Cors;
import dev.deployless.runtime.handler.RouteTable;
import dev.deployless.runtime.json.JsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the handler of an HTTP function: a subclass of {@link ApiFunction} whose
 * {@code dispatch} switches on the route index and HTTP method, and one method per route that binds
 * the parameters, calls the controller and turns the result into the proxy response.
 */
final class ApiFunctionWriter {
  private static final ClassName API_RESPONSE = ClassName.get(ApiResponse.class);
  private static final ClassName REQUEST = ClassName.get(Request.class);
  /** Names {@link ApiFunction} uses, which route methods must not take. */
  private static final Set<String> RESERVED = Set.of("handleRequest", "handle", "dispatch",
      "methodNotAllowed", "jsonBody", "invalidBody", "nullBody", "notFound", "route");

  private final Function function;
  private final ProjectConfig config;
  private final HandlerClass handler;
  private final JsonCodecs codecs;
  private final Map<Route, String> methodNames = new LinkedHashMap<>();

  ApiFunctionWriter(Function function, ProjectConfig config, List<InitHook> hooks) {
    this.function = function;
    this.config = config;
    this.handler = new HandlerClass(function, hooks);
    NameAllocator names = new NameAllocator();
    for (String reserved : RESERVED) {
      names.newName(reserved);
    }
    for (Route route : function.routes()) {
      methodNames.put(route, names.newName(route.javaMethod(), route));
    }
    this.codecs = new JsonCodecs(function.feature().objects(), Set.copyOf(methodNames.values()));
  }

  TypeSpec write() {
    TypeSpec.Builder type = handler.classBuilder(ClassName.get(ApiFunction.class), describeRoutes());
    type.addField(handler.controllerField());
    type.addMethod(constructor());
    type.addMethod(dispatch());
    for (Route route : function.routes()) {
      type.addMethod(routeMethod(route));
    }
    type.addMethods(codecs.methods());
    return type.build();
  }

  private CodeBlock describeRoutes() {
    List<String> routes = new ArrayList<>();
    for (Route route : function.routes()) {
      routes.add(route.describe());
    }
    return CodeBlock.of("serves $L.", String.join(", ", routes));
  }

  private MethodSpec constructor() {
    CodeBlock.Builder templates = CodeBlock.builder();
    List<String> paths = function.paths();
    for (int i = 0; i < paths.size(); i++) {
      templates.add(i == 0 ? "$S" : ", $S", paths.get(i));
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addStatement("super(new $T($L),$W$L)", RouteTable.class, templates.build(), cors());
    handler.initialize(constructor);
    return constructor.build();
  }

  private CodeBlock cors() {
    ProjectConfig.Cors cors = config.api().cors();
    if (cors == null) {
      return CodeBlock.of("null");
    }
    CodeBlock.Builder origins = CodeBlock.builder();
    for (int i = 0; i < cors.allowOrigins().size(); i++) {
      origins.add(i == 0 ? "$S" : ", $S", cors.allowOrigins().get(i));
    }
    return CodeBlock.of("new $T(new $T[] {$L},$W$L,$W$L,$W$L,$W$L,$W$L)", Cors.class, String.class,
        origins.build(), text(cors.allowMethods()), text(cors.allowHeaders()),
        text(cors.exposeHeaders()), cors.maxAge() == null ? -1 : cors.maxAge(),
        cors.allowCredentials());
  }

  private static CodeBlock text(List<String> values) {
    return values.isEmpty() ? CodeBlock.of("null") : CodeBlock.of("$S", String.join(",", values));
  }

  private MethodSpec dispatch() {
    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(API_RESPONSE)
        .addParameter(int.class, "route")
        .addParameter(REQUEST, "request")
        .addParameter(HandlerClass.CONTEXT, "context")
        .addException(Exception.class);
    dispatch.beginControlFlow("switch (route)");
    List<String> paths = function.paths();
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      dispatch.addCode("case $L: // $L\n$>", i, path);
      dispatch.beginControlFlow("switch (request.method())");
      List<String> allowed = new ArrayList<>();
      Route any = null;
      for (Route route : function.routes()) {
        if (!route.path().equals(path)) {
          continue;
        }
        if (route.method().equals("ANY")) {
          any = route;
          continue;
        }
        allowed.add(route.method());
        dispatch.addCode("case $S:\n$>return $N(request, context);\n$<", route.method(),
            methodNames.get(route));
      }
      if (any != null) {
        dispatch.addCode("default:\n$>return $N(request, context);\n$<", methodNames.get(any));
      } else {
        dispatch.addCode("default:\n$>return methodNotAllowed(request, $S);\n$<", String.join(", ", allowed));
      }
      dispatch.endControlFlow();
      dispatch.addCode("$<");
    }
    dispatch.addCode("default:\n$>throw new $T($S + route);\n$<", IllegalStateException.class,
        "no route ");
    dispatch.endControlFlow();
    return dispatch.build();
  }

  private MethodSpec routeMethod(Route route) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodNames.get(route))
        .addJavadoc("$L: {@link $T#$L}.\n", route.describe(),
            TypeNames.raw(function.feature().controller()), route.javaMethod())
        .addModifiers(Modifier.PRIVATE)
        .returns(API_RESPONSE)
        .addParameter(REQUEST, "request")
        .addParameter(HandlerClass.CONTEXT, "context")
        .addException(Exception.class);
    NameAllocator locals = new NameAllocator();
    for (String name : List.of("request", "context", "result", "e", "json", "response", "text")) {
      locals.newName(name);
    }
    List<String> arguments = new ArrayList<>();
    for (Parameter parameter : route.parameters()) {
      arguments.add(bind(method, parameter, locals));
    }
    CodeBlock call = CodeBlock.of("controller.$N($L)", route.javaMethod(), String.join(", ", arguments));
    respond(method, route.result(), call);
    return method.build();
  }

  /** Adds the statements binding {@code parameter}; returns the local holding its value. */
  private String bind(MethodSpec.Builder method, Parameter parameter, NameAllocator locals) {
    if (parameter instanceof Parameter.ContextParameter) {
      return "context";
    }
    if (parameter instanceof Parameter.RequestParameter) {
      return "request";
    }
    String name = locals.newName(parameter.javaName(), parameter);
    if (parameter instanceof Parameter.PathParameter path) {
      bindText(method, locals, name, path.type(), CodeBlock.of("request.pathParameter($S)", path.name()),
          null, "path parameter '" + path.name() + "'");
    } else if (parameter instanceof Parameter.QueryParameter query) {
      bindRequestValue(method, locals, name, query.type(), query.defaultValue(),
          "queryParameter", query.name(), "query parameter '" + query.name() + "'");
    } else if (parameter instanceof Parameter.HeaderParameter header) {
      bindRequestValue(method, locals, name, header.type(), header.defaultValue(),
          "header", header.name(), "header '" + header.name() + "'");
    } else if (parameter instanceof Parameter.BodyParameter body) {
      bindBody(method, locals, name, body);
    } else {
      throw new IllegalArgumentException("not a route parameter: " + parameter);
    }
    return name;
  }

  private void bindRequestValue(MethodSpec.Builder method, NameAllocator locals, String name,
      ValueType type, String defaultValue, String accessor, String key, String what) {
    if (type instanceof ValueType.CollectionOf list) {
      TypeName listType = TypeNames.of(type.type());
      CodeBlock values = CodeBlock.of("request.$Ls($S)", accessor, key);
      if (list.element() instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
        method.addStatement("$T $N = $L", listType, name, values);
        return;
      }
      String text = locals.newName(name + "Text");
      method.addStatement("$T $N = new $T<>()", listType, name, ArrayList.class);
      method.beginControlFlow("for ($T $N : $L)", String.class, text, values);
      method.addStatement("$N.add($L)", name, codecs.parse(list.element(), CodeBlock.of("$N", text), what));
      method.endControlFlow();
      return;
    }
    if (type instanceof ValueType.OptionalOf optional) {
      String text = locals.newName(name + "Text");
      method.addStatement("$T $N = request.$L($S)", String.class, text, accessor, key);
      method.addStatement("$T $N = $N == null ? $T.empty() : $T.of($L)", TypeNames.of(type.type()), name,
          text, Optional.class, Optional.class,
          codecs.parse(optional.element(), CodeBlock.of("$N", text), what));
      return;
    }
    bindText(method, locals, name, type, CodeBlock.of("request.$L($S)", accessor, key), defaultValue, what);
  }

  /** Binds a required scalar, or one with a default. */
  private void bindText(MethodSpec.Builder method, NameAllocator locals, String name, ValueType type,
      CodeBlock source, String defaultValue, String what) {
    TypeName javaType = TypeNames.of(type.type());
    boolean text = type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING;
    if (defaultValue == null) {
      String raw = text ? name : locals.newName(name + "Text");
      method.addStatement("$T $N = $L", String.class, raw, source);
      method.addStatement("if ($N == null) throw $T.missing($S)", raw, JsonCodecs.CONVERSIONS, what);
      if (!text) {
        method.addStatement("$T $N = $L", javaType, name, codecs.parse(type, CodeBlock.of("$N", raw), what));
      }
      return;
    }
    String raw = locals.newName(name + "Text");
    method.addStatement("$T $N = $L", String.class, raw, source);
    method.addStatement("$T $N = $N == null ? $L : $L", javaType, name, raw,
        codecs.literal(type, defaultValue, what), codecs.parse(type, CodeBlock.of("$N", raw), what));
  }

  private void bindBody(MethodSpec.Builder method, NameAllocator locals, String name,
      Parameter.BodyParameter body) {
    ValueType type = body.type();
    TypeName javaType = TypeNames.of(type.type());
    boolean text = type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING;
    boolean bytes = type instanceof ValueType.Bytes;
    if (text || bytes) {
      CodeBlock content = CodeBlock.of(text ? "request.body()" : "request.bodyBytes()");
      if (body.optional()) {
        method.addStatement("$T $N = request.hasBody() ? $T.of($L) : $T.empty()",
            TypeNames.of(optionalOf(type)), name, Optional.class, content, Optional.class);
      } else {
        method.addStatement("if (!request.hasBody()) throw new $T($S)", BadRequestException.class,
            "missing required request body");
        method.addStatement("$T $N = $L", javaType, name, content);
      }
      return;
    }
    String reader = locals.newName("bodyReader");
    String value = body.optional() ? locals.newName(name + "Value") : name;
    method.addStatement("$T $N", javaType, value);
    if (body.optional()) {
      method.addStatement("$T $N = $T.empty()", TypeNames.of(optionalOf(type)), name, Optional.class);
      method.beginControlFlow("if (request.hasBody())");
    }
    method.addStatement("$T $N = jsonBody(request)", JsonCodecs.READER, reader);
    method.beginControlFlow("try");
    method.addStatement("$N = $L", value, codecs.read(type, reader));
    method.addStatement("$N.endDocument()", reader);
    method.nextControlFlow("catch ($T e)", JsonException.class);
    method.addStatement("throw invalidBody(e)");
    method.endControlFlow();
    if (body.optional()) {
      method.addStatement("$N = $T.ofNullable($N)", name, Optional.class, value);
      method.endControlFlow();
    } else if (!javaType.isPrimitive()) {
      method.addStatement("if ($N == null) throw nullBody()", value);
    }
  }

  private static dev.deployless.processor.model.TypeRef optionalOf(ValueType type) {
    return dev.deployless.processor.model.TypeRef.declared("java.util", List.of("Optional"),
        List.of(type.type()));
  }

  /** Adds the call and the statements turning its result into the response. */
  private void respond(MethodSpec.Builder method, Result result, CodeBlock call) {
    if (result instanceof Result.None) {
      method.addStatement("$L", call);
      method.addStatement("return $T.empty(204)", API_RESPONSE);
      return;
    }
    if (result instanceof Result.Maybe maybe) {
      method.addStatement("$T result = $L", TypeNames.of(maybe.type()), call);
      method.addStatement("if (result == null || result.isEmpty()) return notFound(request)");
      body(method, maybe.present(), CodeBlock.of("result.get()"), 200);
      return;
    }
    if (result instanceof Result.Full full) {
      method.addStatement("$T result = $L", TypeNames.of(full.type()), call);
      method.addStatement("if (result == null) return $T.empty(204)", API_RESPONSE);
      method.addStatement("$T response = $T.of(result)", API_RESPONSE, API_RESPONSE);
      if (full.body() instanceof Result.None) {
        method.addStatement("return response");
        return;
      }
      method.addStatement("if (result.body() == null) return response");
      if (full.body() instanceof Result.Text) {
        method.addStatement("return response.textBody(result.body())");
      } else if (full.body() instanceof Result.Binary) {
        method.addStatement("return response.binaryBody(result.body())");
      } else {
        ValueType type = ((Result.Json) full.body()).type();
        method.addStatement("$T json = $T.jsonWriter()", JsonCodecs.WRITER, API_RESPONSE);
        method.addCode(codecs.write(type, CodeBlock.of("json"), CodeBlock.of("result.body()")));
        method.addStatement("return response.jsonBody(json)");
      }
      return;
    }
    TypeName type = result instanceof Result.Json json ? TypeNames.of(json.type().type())
        : result instanceof Result.Binary ? TypeName.get(byte[].class) : TypeName.get(String.class);
    method.addStatement("$T result = $L", type, call);
    if (!type.isPrimitive()) {
      method.addStatement("if (result == null) return $T.empty(204)", API_RESPONSE);
    }
    body(method, result, CodeBlock.of("result"), 200);
  }

  /** Returns a 200 response whose body is {@code value} (not null) as {@code result} says. */
  private void body(MethodSpec.Builder method, Result result, CodeBlock value, int status) {
    if (result instanceof Result.Text) {
      method.addStatement("return $T.text($L, $L)", API_RESPONSE, status, value);
    } else if (result instanceof Result.Binary) {
      method.addStatement("return $T.binary($L, $L)", API_RESPONSE, status, value);
    } else {
      ValueType type = ((Result.Json) result).type();
      method.addStatement("$T json = $T.jsonWriter()", JsonCodecs.WRITER, API_RESPONSE);
      method.addCode(codecs.write(type, CodeBlock.of("json"), value));
      method.addStatement("return $T.json($L, json)", API_RESPONSE, status);
    }
  }
}
