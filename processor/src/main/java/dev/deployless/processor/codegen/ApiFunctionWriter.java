package dev.deployless.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.TypeRef;
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
 * {@code dispatch} switches on the route index (the route table resolves path and method), one
 * method per route that binds the parameters, calls the controller and returns the proxy response,
 * and helpers shared by the routes reading the same body type or answering the same result type.
 */
final class ApiFunctionWriter {
  private static final ClassName API_RESPONSE = ClassName.get(ApiResponse.class);
  private static final ClassName REQUEST = ClassName.get(Request.class);
  /** Names {@link ApiFunction} uses, which route methods must not take. */
  private static final Set<String> RESERVED = Set.of("handleRequest", "handle", "dispatch",
      "methodNotAllowed", "jsonBody", "invalidBody", "nullBody", "notFound", "route");

  private final Function function;
  private final Project project;
  private final HandlerClass handler;
  private final JsonCodecs codecs;
  private final Map<Endpoint, String> methodNames = new LinkedHashMap<>();
  /** The routes in route-table order: by template priority, then as declared. */
  private final List<Endpoint> ordered = new ArrayList<>();
  /** Body readers and responders, by the type they handle, in order of first use. */
  private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();
  private final ResponseWriter responses;

  ApiFunctionWriter(Function function, Project project, List<InitHook> hooks) {
    this.function = function;
    this.project = project;
    this.handler = new HandlerClass(function, hooks);
    NameAllocator names = new NameAllocator();
    for (String reserved : RESERVED) {
      names.newName(reserved);
    }
    for (Endpoint route : function.routes()) {
      methodNames.put(route, names.newName(route.javaMethod(), route));
    }
    this.codecs = new JsonCodecs(function.feature().objects(), Set.copyOf(methodNames.values()));
    this.responses = new ResponseWriter(codecs, helpers);
    for (String path : function.paths()) {
      for (Endpoint route : function.routes()) {
        if (route.path().equals(path)) {
          ordered.add(route);
        }
      }
    }
  }

  TypeSpec write() {
    TypeSpec.Builder type = handler.classBuilder(ClassName.get(ApiFunction.class), describeRoutes());
    type.addField(handler.controllerField());
    type.addMethod(constructor());
    type.addMethod(dispatch());
    for (Endpoint route : function.routes()) {
      type.addMethod(routeMethod(route));
    }
    type.addMethods(helpers.values());
    type.addMethods(codecs.methods());
    return type.build();
  }

  private CodeBlock describeRoutes() {
    List<String> routes = new ArrayList<>();
    for (Endpoint route : function.routes()) {
      routes.add(route.describe());
    }
    return CodeBlock.of("serves $L.", String.join(", ", routes));
  }

  private MethodSpec constructor() {
    CodeBlock.Builder routes = CodeBlock.builder();
    for (int i = 0; i < ordered.size(); i++) {
      Endpoint route = ordered.get(i);
      routes.add(i == 0 ? "$S" : ",$W$S", route.method() + " " + route.path());
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addStatement("super($T.ofRoutes($L),$W$L)", RouteTable.class, routes.build(), cors());
    handler.initialize(constructor);
    return constructor.build();
  }

  private CodeBlock cors() {
    Project.Cors cors = project.api().cors();
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
    for (int i = 0; i < ordered.size(); i++) {
      dispatch.addCode("case $L:\n$>return $N(request, context);\n$<", i, methodNames.get(ordered.get(i)));
    }
    dispatch.addCode("default:\n$>throw new $T($S + route);\n$<", IllegalStateException.class,
        "no route ");
    dispatch.endControlFlow();
    return dispatch.build();
  }

  private MethodSpec routeMethod(Endpoint route) {
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
    responses.respond(method, route.result(), call);
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
    if (parameter instanceof Parameter.CallerParameter) {
      return "request.caller()";
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
      if (list.element().isString()) {
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
      if (optional.element().isString()) {
        method.addStatement("$T $N = $T.ofNullable(request.$L($S))", TypeNames.of(type.type()), name,
            Optional.class, accessor, key);
        return;
      }
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
    boolean text = type.isString();
    if (defaultValue == null) {
      // Conversions (and enum parsers) answer 400 "missing required ..." for null.
      CodeBlock value = text ? CodeBlock.of("$T.required($L, $S)", JsonCodecs.CONVERSIONS, source, what)
          : codecs.parse(type, source, what);
      method.addStatement("$T $N = $L", javaType, name, value);
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
    boolean text = type.isString();
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
    if (!body.optional()) {
      method.addStatement("$T $N = $N(request)", javaType, name, bodyMethod(type));
      return;
    }
    String reader = locals.newName("bodyReader");
    String value = locals.newName(name + "Value");
    method.addStatement("$T $N", javaType, value);
    method.addStatement("$T $N = $T.empty()", TypeNames.of(optionalOf(type)), name, Optional.class);
    method.beginControlFlow("if (request.hasBody())");
    method.addStatement("$T $N = jsonBody(request)", JsonCodecs.READER, reader);
    method.beginControlFlow("try");
    method.addStatement("$N = $L", value, codecs.read(type, reader));
    method.addStatement("$N.endDocument()", reader);
    method.nextControlFlow("catch ($T e)", JsonException.class);
    method.addStatement("throw invalidBody(e)");
    method.endControlFlow();
    method.addStatement("$N = $T.ofNullable($N)", name, Optional.class, value);
    method.endControlFlow();
  }

  /**
   * {@code bodyUserDto(Request)}: the required JSON body as {@code type}; 400 when it is missing,
   * not JSON of that shape, or null.
   */
  private String bodyMethod(ValueType type) {
    String key = "body " + type.type().canonical();
    MethodSpec existing = helpers.get(key);
    if (existing != null) {
      return existing.name();
    }
    String name = codecs.reserve("body" + HelperNames.of(type));
    TypeName javaType = TypeNames.of(type.type());
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(javaType)
        .addParameter(REQUEST, "request")
        .addStatement("$T reader = jsonBody(request)", JsonCodecs.READER)
        .addStatement("$T value", javaType)
        .beginControlFlow("try")
        .addStatement("value = $L", codecs.read(type, "reader"))
        .addStatement("reader.endDocument()")
        .nextControlFlow("catch ($T e)", JsonException.class)
        .addStatement("throw invalidBody(e)")
        .endControlFlow();
    if (!javaType.isPrimitive()) {
      method.addStatement("if (value == null) throw nullBody()");
    }
    helpers.put(key, method.addStatement("return value").build());
    return name;
  }

  private static TypeRef optionalOf(ValueType type) {
    return TypeRef.declared("java.util", List.of("Optional"),
        List.of(type.type()));
  }
}
