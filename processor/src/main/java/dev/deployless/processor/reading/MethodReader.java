package dev.deployless.processor.reading;

import dev.deployless.annotations.Body;
import dev.deployless.annotations.DefaultValue;
import dev.deployless.annotations.HeaderParam;
import dev.deployless.annotations.PathParam;
import dev.deployless.annotations.QueryParam;
import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message.Detail;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.AuthMode;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.ScalarKind;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Standalone;
import dev.deployless.processor.model.ValueType;
import dev.deployless.processor.reading.TypeReader.Unsupported;
import dev.deployless.runtime.Caller;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the signature of {@code @Route} methods: how each parameter is bound and what the return
 * value becomes, reporting parameters without a binding (E52), with two (E53), of unsupported types
 * (E44), defaults that do not convert (E65) and return types that cannot be answered (E45).
 */
final class MethodReader {
  private static final String RESPONSE = Response.class.getCanonicalName();
  /** A {@code {variable}} or greedy {@code {variable+}} segment of a path template. */
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^{}/+]+)\\+?}");
  /** The symbols of an HTTP token (RFC 9110, section 5.6.2), besides letters and digits. */
  private static final String HEADER_SYMBOLS = "!#$%&'*+-.^_`|~";
  private static final List<String> BINDINGS = List.of(PathParam.class.getCanonicalName(),
      QueryParam.class.getCanonicalName(), HeaderParam.class.getCanonicalName(),
      Body.class.getCanonicalName());

  private final Elements elements;
  private final Types types;
  private final TypeReader typeReader;

  MethodReader(Elements elements, Types types, TypeReader typeReader) {
    this.elements = elements;
    this.types = types;
    this.typeReader = typeReader;
  }

  Types types() {
    return types;
  }

  // ------------------------------------------------------------ routes

  Optional<Endpoint> route(ExecutableElement method, Attributes route, String basePath, Report report) {
    Source source = new Source(method, route.mirror());
    String pkg = packageOf(method);
    String path = joinPath(basePath, route.string("path"));
    List<String> unbound = unboundVariables(path, method);
    List<Parameter> parameters = new ArrayList<>();
    boolean valid = true;
    for (VariableElement parameter : method.getParameters()) {
      Optional<Parameter> binding = routeParameter(method, parameter, pkg, path, unbound, report);
      binding.ifPresent(parameters::add);
      valid &= binding.isPresent();
    }
    long bodies = parameters.stream().filter(p -> p instanceof Parameter.BodyParameter).count();
    if (bodies > 1) {
      report.add(Message.E46, Location.of(method), FeatureReader.describe(method));
      valid = false;
    }
    Result result = null;
    try {
      result = method.getReturnType().getKind() == TypeKind.VOID ? new Result.None()
          : routeResult(method.getReturnType(), pkg, true);
    } catch (Unsupported e) {
      report.add(Message.E45, Location.of(method), typeReader.ref(method.getReturnType()).simple(),
          FeatureReader.describe(method), e.getMessage());
    }
    if (!valid || result == null) {
      return Optional.empty();
    }
    boolean split = route.flag("split") || route.isSet("memory") || route.isSet("timeout");
    Settings own = Settings.builder()
        .memory(route.optionalInteger("memory"))
        .timeout(route.optionalInteger("timeout"))
        .description(route.optionalString("description"))
        .build();
    return Optional.of(new Endpoint(route.constant("method"), path,
        method.getSimpleName().toString(), split, own, parameters, result, source,
        AuthMode.of(route.constant("auth"))));
  }

  /** The {@code {variables}} of {@code path} no parameter of {@code method} binds with @PathParam. */
  private List<String> unboundVariables(String path, ExecutableElement method) {
    List<String> variables = new ArrayList<>();
    Matcher matcher = PATH_VARIABLE.matcher(path);
    while (matcher.find()) {
      variables.add(matcher.group(1));
    }
    for (VariableElement parameter : method.getParameters()) {
      Attributes.find(parameter, PathParam.class.getCanonicalName())
          .ifPresent(binding -> variables.remove(new Attributes(binding, elements).string("value")));
    }
    return variables;
  }

  /** {@code base} + {@code path} with one slash between, a leading slash, no trailing slash. */
  static String joinPath(String base, String path) {
    String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String right = path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    String joined = left + right;
    if (!joined.startsWith("/")) {
      joined = "/" + joined;
    }
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return joined;
  }

  private Optional<Parameter> routeParameter(ExecutableElement method, VariableElement parameter,
      String pkg, String path, List<String> unbound, Report report) {
    String name = parameter.getSimpleName().toString();
    String where = FeatureReader.describe(method);
    TypeMirror type = parameter.asType();
    List<AnnotationMirror> bindings = new ArrayList<>();
    for (String binding : BINDINGS) {
      Attributes.find(parameter, binding).ifPresent(bindings::add);
    }
    Optional<AnnotationMirror> defaultValue = Attributes.find(parameter, DefaultValue.class.getCanonicalName());
    if (bindings.size() > 1) {
      List<String> names = new ArrayList<>();
      for (AnnotationMirror binding : bindings) {
        names.add("@" + binding.getAnnotationType().asElement().getSimpleName());
      }
      report.add(Message.E53, Location.of(parameter), name, where, String.join(", ", names));
      return Optional.empty();
    }
    if (bindings.isEmpty()) {
      if (TypeReader.is(type, TypeReader.CONTEXT)) {
        return Optional.of(new Parameter.ContextParameter(name));
      }
      if (TypeReader.is(type, Request.class.getCanonicalName())) {
        return Optional.of(new Parameter.RequestParameter(name));
      }
      if (TypeReader.is(type, Caller.class.getCanonicalName())) {
        return Optional.of(new Parameter.CallerParameter(name));
      }
      if (unbound.isEmpty()) {
        report.add(Message.E52, Location.of(parameter), name, where);
      } else {
        String closest = Suggestions.closest(name, unbound);
        report.add(Message.E52_PATH_VARIABLE, Location.of(parameter), name, where, path,
            closest != null ? closest : unbound.get(0));
      }
      return Optional.empty();
    }
    AnnotationMirror binding = bindings.get(0);
    String kind = binding.getAnnotationType().asElement().getSimpleName().toString();
    Location at = Location.of(parameter, binding);
    if (defaultValue.isPresent() && !kind.equals("QueryParam") && !kind.equals("HeaderParam")) {
      report.add(Message.E65_NOT_HERE, Location.of(parameter, defaultValue.get()),
          new Attributes(defaultValue.get(), elements).string("value"), name);
      return Optional.empty();
    }
    if (kind.equals("Body")) {
      return body(parameter, name, where, type, pkg, report);
    }
    String bound = new Attributes(binding, elements).string("value");
    if (kind.equals("PathParam")) {
      Optional<ValueType> value = textValue(type, pkg);
      if (value.isEmpty()) {
        report.add(Message.E44_PATH, at, name, where);
        return Optional.empty();
      }
      return Optional.of(new Parameter.PathParameter(name, bound, value.get(),
          new Source(parameter, binding)));
    }
    Finding invalidName = nameProblem(kind, bound, name);
    if (invalidName != null) {
      report.add(invalidName, new Source(parameter, binding).at("value"));
      return Optional.empty();
    }
    Optional<ValueType> value = requestValue(type, pkg);
    if (value.isEmpty()) {
      report.add(kind.equals("QueryParam") ? Message.E44_QUERY : Message.E44_HEADER, at, name, where);
      return Optional.empty();
    }
    String fallback = null;
    if (defaultValue.isPresent()) {
      fallback = new Attributes(defaultValue.get(), elements).string("value");
      Finding problem = defaultProblem(value.get(), fallback, name);
      if (problem != null) {
        report.add(problem, Location.of(parameter, defaultValue.get()));
        return Optional.empty();
      }
    }
    return Optional.of(kind.equals("QueryParam")
        ? new Parameter.QueryParameter(name, bound, value.get(), fallback)
        : new Parameter.HeaderParameter(name, bound, value.get(), fallback));
  }

  /**
   * Why {@code bound} cannot name a query parameter or header (E110), or null: a header name is an
   * HTTP token (RFC 9110: letters, digits and {@code !#$%&'*+-.^_`|~}); a query name is anything but
   * empty or control characters, as API Gateway takes it.
   */
  private static Finding nameProblem(String kind, String bound, String parameter) {
    if (bound.isEmpty()) {
      return Finding.of(Message.E110_EMPTY, kind, parameter);
    }
    boolean header = kind.equals("HeaderParam");
    for (int i = 0; i < bound.length(); i++) {
      char c = bound.charAt(i);
      boolean allowed = header ? c < 128 && (Character.isLetterOrDigit(c) || HEADER_SYMBOLS.indexOf(c) >= 0)
          : !Character.isISOControl(c);
      if (!allowed) {
        return Finding.of(header ? Message.E110_HEADER : Message.E110_QUERY, escaped(bound), parameter,
            String.format("U+%04X", (int) c));
      }
    }
    return null;
  }

  /** {@code text} as a Java string literal, so that control characters show. */
  private static String escaped(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\r' -> literal.append("\\r");
        case '\n' -> literal.append("\\n");
        case '\t' -> literal.append("\\t");
        case '"', '\\' -> literal.append('\\').append(c);
        default -> literal.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return literal.append('"').toString();
  }

  private Optional<Parameter> body(VariableElement parameter, String name, String where,
      TypeMirror type, String pkg, Report report) {
    boolean optional = TypeReader.is(type, "java.util.Optional");
    TypeMirror content = optional ? typeReader.argument(type, 0) : type;
    try {
      ValueType value = typeReader.classify(content);
      if (!(value instanceof ValueType.Bytes)
          && !value.isString()) {
        typeReader.checkReadable(value, pkg);
      }
      return Optional.of(new Parameter.BodyParameter(name, value, optional));
    } catch (Unsupported e) {
      report.add(Message.E44_BODY, Location.of(parameter,
          Attributes.find(parameter, Body.class.getCanonicalName()).orElse(null)), name, where,
          typeReader.ref(type).simple(), e.getMessage());
      return Optional.empty();
    }
  }

  /** A scalar or enum, or an {@code Optional} or {@code List} of one, for query and header values. */
  private Optional<ValueType> requestValue(TypeMirror type, String pkg) {
    boolean optional = TypeReader.is(type, "java.util.Optional");
    boolean list = TypeReader.is(type, "java.util.List");
    if (!optional && !list) {
      return textValue(type, pkg);
    }
    Optional<ValueType> element = textValue(typeReader.argument(type, 0), pkg);
    if (element.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(optional
        ? new ValueType.OptionalOf(typeReader.ref(type), element.get())
        : new ValueType.CollectionOf(typeReader.ref(type), element.get(),
            ValueType.CollectionKind.LIST));
  }

  private Optional<ValueType> textValue(TypeMirror type, String pkg) {
    Optional<ValueType> value = typeReader.textValue(type);
    if (value.isPresent()) {
      try {
        typeReader.checkReadable(value.get(), pkg);
      } catch (Unsupported e) {
        return Optional.empty();
      }
    }
    return value;
  }

  /** Why {@code text} is not a valid default for {@code parameter} of {@code type} (E65), or null. */
  private static Finding defaultProblem(ValueType type, String text, String parameter) {
    if (!(type instanceof ValueType.Scalar) && !(type instanceof ValueType.EnumValue)) {
      return Finding.of(Message.E65_NOT_SINGLE, text, parameter, type.type().simple());
    }
    if (type instanceof ValueType.EnumValue enumValue) {
      return enumValue.constants().contains(text) ? null
          : Finding.of(Message.E65_NOT_CONSTANT, text, parameter, String.join(", ", enumValue.constants()));
    }
    ScalarKind kind = ((ValueType.Scalar) type).kind();
    return kind.converts(text) ? null : Finding.of(Message.E65_NOT_VALUE, text, parameter, kind.expected());
  }

  /** The result of a route returning {@code type}; {@code top} allows {@code Optional} and {@code Response}. */
  private Result routeResult(TypeMirror type, String pkg, boolean top) throws Unsupported {
    if (TypeReader.is(type, "java.lang.String")) {
      return new Result.Text();
    }
    if (type.getKind() == TypeKind.ARRAY && types.isSameType(type,
        types.getArrayType(types.getPrimitiveType(TypeKind.BYTE)))) {
      return new Result.Binary();
    }
    if (TypeReader.is(type, "java.util.Optional") || TypeReader.is(type, RESPONSE)) {
      if (!top) {
        throw new Unsupported(Detail.NESTED_OPTIONAL);
      }
      TypeMirror content = typeReader.argument(type, 0);
      if (TypeReader.is(type, "java.util.Optional")) {
        return new Result.Maybe(routeResult(content, pkg, false), typeReader.ref(type));
      }
      Result body = TypeReader.is(content, "java.lang.Void") ? new Result.None()
          : routeResult(content, pkg, false);
      return new Result.Full(body, typeReader.ref(type));
    }
    ValueType value = typeReader.classify(type);
    typeReader.checkWritable(value, pkg);
    return new Result.Json(value);
  }

  // ------------------------------------------------------------ helpers

  /** The value types of every parameter and result, the roots of the feature's JSON objects. */
  List<ValueType> valueTypes(List<Endpoint> routes, List<Job> jobs, List<Standalone> standalones) {
    List<ValueType> roots = new ArrayList<>();
    for (Endpoint route : routes) {
      collect(route.parameters(), route.result(), roots);
    }
    for (Job job : jobs) {
      collect(job.parameters(), job.result(), roots);
    }
    for (Standalone standalone : standalones) {
      collect(standalone.parameters(), standalone.result(), roots);
    }
    return roots;
  }

  private static void collect(List<Parameter> parameters, Result result, List<ValueType> roots) {
    for (Parameter parameter : parameters) {
      if (parameter instanceof Parameter.BodyParameter body) {
        roots.add(body.type());
      } else if (parameter instanceof Parameter.EventParameter event) {
        roots.add(event.type());
      }
    }
    collect(result, roots);
  }

  private static void collect(Result result, List<ValueType> roots) {
    if (result instanceof Result.Json json) {
      roots.add(json.type());
    } else if (result instanceof Result.Maybe maybe) {
      collect(maybe.present(), roots);
    } else if (result instanceof Result.Full full) {
      collect(full.body(), roots);
    }
  }

  private String packageOf(ExecutableElement method) {
    return typeReader.packageOf(method);
  }
}
