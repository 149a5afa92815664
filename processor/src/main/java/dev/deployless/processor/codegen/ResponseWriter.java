package dev.deployless.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.TypeRef;
import dev.deployless.processor.model.ValueType;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.handler.ApiResponse;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Turns what a route method returns into the proxy response in generated code: 204 for nothing or
 * null, 404 for an empty {@code Optional}, a {@code Response}'s own status and headers, a text,
 * binary or JSON body; JSON bodies through a {@code respond...} helper shared by the routes
 * returning the same type.
 */
final class ResponseWriter {
  private static final ClassName API_RESPONSE = ClassName.get(ApiResponse.class);
  private static final ClassName REQUEST = ClassName.get(Request.class);

  private final JsonCodecs codecs;
  private final Map<String, MethodSpec> helpers;

  /**
   * @param helpers the handler's helper methods by what they handle, in order of first use; the
   *     respond helpers are added to it
   */
  ResponseWriter(JsonCodecs codecs, Map<String, MethodSpec> helpers) {
    this.codecs = codecs;
    this.helpers = helpers;
  }

  /** Adds the call and the statements turning its result into the response. */
  void respond(MethodSpec.Builder method, Result result, CodeBlock call) {
    if (result instanceof Result.None) {
      method.addStatement("$L", call);
      method.addStatement("return $T.empty(204)", API_RESPONSE);
      return;
    }
    if (hasJsonBody(result)) {
      String responder = respondMethod(result);
      method.addStatement(result instanceof Result.Maybe ? "return $N(request, $L)" : "return $N($L)",
          responder, call);
      return;
    }
    if (result instanceof Result.Maybe maybe) {
      method.addStatement("$T result = $L", TypeNames.of(maybe.type()), call);
      method.addStatement("if (result == null || result.isEmpty()) return notFound(request)");
      method.addStatement("return $L", body(maybe.present(), CodeBlock.of("result.get()")));
      return;
    }
    if (result instanceof Result.Full full) {
      method.addStatement("$T result = $L", TypeNames.of(full.type()), call);
      method.addStatement("if (result == null) return $T.empty(204)", API_RESPONSE);
      if (full.body() instanceof Result.None) {
        method.addStatement("return $T.of(result)", API_RESPONSE);
        return;
      }
      method.addStatement("$T response = $T.of(result)", API_RESPONSE, API_RESPONSE);
      method.addStatement("if (result.body() == null) return response");
      method.addStatement(full.body() instanceof Result.Text ? "return response.textBody(result.body())"
          : "return response.binaryBody(result.body())");
      return;
    }
    TypeName type = result instanceof Result.Binary ? TypeName.get(byte[].class) : TypeName.get(String.class);
    method.addStatement("$T result = $L", type, call);
    method.addStatement("if (result == null) return $T.empty(204)", API_RESPONSE);
    method.addStatement("return $L", body(result, CodeBlock.of("result")));
  }

  /** Whether {@code result} answers with a JSON body (directly, in an Optional or in a Response). */
  private static boolean hasJsonBody(Result result) {
    return result instanceof Result.Json
        || result instanceof Result.Maybe maybe && maybe.present() instanceof Result.Json
        || result instanceof Result.Full full && full.body() instanceof Result.Json;
  }

  /** A 200 response whose text or binary body is {@code value} (not null). */
  private static CodeBlock body(Result result, CodeBlock value) {
    return CodeBlock.of(result instanceof Result.Text ? "$T.text(200, $L)" : "$T.binary(200, $L)",
        API_RESPONSE, value);
  }

  /**
   * {@code respondUserDto}, {@code respondOptionalOfUserDto(Request, ...)},
   * {@code respondResponseOfUserDto}: the response for a result with a JSON body, shared by the
   * routes returning that type: 204 for null, 404 for an empty {@code Optional}, otherwise the body
   * (with a {@code Response}'s status and headers, else 200).
   */
  private String respondMethod(Result result) {
    TypeRef resultType = result instanceof Result.Maybe maybe ? maybe.type()
        : result instanceof Result.Full full ? full.type() : ((Result.Json) result).type().type();
    String key = "respond " + resultType.canonical();
    MethodSpec existing = helpers.get(key);
    if (existing != null) {
      return existing.name();
    }
    ValueType bodyType;
    String prefix;
    if (result instanceof Result.Maybe maybe) {
      bodyType = ((Result.Json) maybe.present()).type();
      prefix = "respondOptionalOf";
    } else if (result instanceof Result.Full full) {
      bodyType = ((Result.Json) full.body()).type();
      prefix = "respondResponseOf";
    } else {
      bodyType = ((Result.Json) result).type();
      prefix = "respond";
    }
    String name = codecs.reserve(prefix + HelperNames.of(bodyType));
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(API_RESPONSE);
    if (result instanceof Result.Maybe) {
      method.addParameter(REQUEST, "request");
    }
    method.addParameter(TypeNames.of(resultType), "result");
    CodeBlock value;
    if (result instanceof Result.Maybe) {
      method.addStatement("if (result == null || result.isEmpty()) return notFound(request)");
      value = CodeBlock.of("result.get()");
    } else if (result instanceof Result.Full) {
      method.addStatement("if (result == null) return $T.empty(204)", API_RESPONSE);
      method.addStatement("$T response = $T.of(result)", API_RESPONSE, API_RESPONSE);
      method.addStatement("if (result.body() == null) return response");
      value = CodeBlock.of("result.body()");
    } else {
      if (!resultType.isPrimitive()) {
        method.addStatement("if (result == null) return $T.empty(204)", API_RESPONSE);
      }
      value = CodeBlock.of("result");
    }
    method.addStatement("$T json = $T.jsonWriter()", JsonCodecs.WRITER, API_RESPONSE);
    method.addCode(codecs.write(bodyType, CodeBlock.of("json"), value));
    if (result instanceof Result.Full) {
      method.addStatement("return response.jsonBody(json)");
    } else {
      method.addStatement("return $T.json(200, json)", API_RESPONSE);
    }
    helpers.put(key, method.build());
    return name;
  }
}
