package dev.deployless.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HTTP request as API Gateway (REST API, Lambda proxy integration, payload format 1.0) delivers
 * it. Declare a parameter of this type on a route method to get the raw request; header names are
 * matched case-insensitively, query parameter names exactly.
 *
 * <p>In a unit test of a controller, build one with {@link #builder}:
 *
 * <pre>{@code
 * Request request = Request.builder("GET", "/users/42")
 *     .header("Authorization", "Bearer t0ken").queryParameter("limit", "10").build();
 * }</pre>
 */
public interface Request {

  /**
   * A builder of a request for {@code method} (any case) and {@code path}, for tests of code that
   * takes a {@code Request}.
   */
  static RequestBuilder builder(String method, String path) {
    return new RequestBuilder(method, path);
  }

  /** The HTTP method in upper case, for example {@code GET}. */
  String method();

  /** The matched resource path template, for example {@code /users/{userId}}; may be null locally. */
  String resource();

  /** The request path, for example {@code /users/42}. */
  String path();

  /** The first value of the header {@code name} (any case), or {@code null}. */
  default String header(String name) {
    List<String> values = headers(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the header {@code name} (any case); empty when absent. */
  List<String> headers(String name);

  /** The names of the request's headers, in lower case. */
  Set<String> headerNames();

  /** The first value of the query parameter {@code name}, or {@code null}. */
  default String queryParameter(String name) {
    List<String> values = queryParameters(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the query parameter {@code name}; empty when absent. */
  List<String> queryParameters(String name);

  /** The names of the query parameters present. */
  Set<String> queryParameterNames();

  /**
   * The value of the path parameter {@code name}, percent-decoded ({@code %40} is {@code @}, a
   * {@code +} stays a plus), or {@code null}. API Gateway REST APIs deliver path parameters still
   * encoded; this method decodes them.
   *
   * @throws BadRequestException if the value is not valid percent-encoding
   */
  default String pathParameter(String name) {
    String raw = pathParameters().get(name);
    return raw == null || raw.indexOf('%') < 0 ? raw : percentDecode(raw, name);
  }

  /** All path parameters by name, as API Gateway delivered them (not decoded). */
  Map<String, String> pathParameters();

  /** The stage variable {@code name}, or {@code null}. */
  String stageVariable(String name);

  /** Whether the request has a non-empty body. */
  boolean hasBody();

  /**
   * The body as text (base64 bodies decoded as UTF-8), or {@code null} when there is none.
   *
   * @throws BadRequestException if a base64 body is not valid base64
   */
  String body();

  /**
   * The body as bytes (base64 bodies decoded), or an empty array when there is none.
   *
   * @throws BadRequestException if a base64 body is not valid base64
   */
  byte[] bodyBytes();

  /** Whether API Gateway delivered the body base64-encoded (binary media types). */
  boolean isBase64Encoded();

  /** API Gateway's id of this request ({@code requestContext.requestId}). */
  String requestId();

  /** The API stage ({@code requestContext.stage}). */
  String stage();

  /** The caller's IP address ({@code requestContext.identity.sourceIp}). */
  String sourceIp();

  /** The caller's user agent ({@code requestContext.identity.userAgent}). */
  String userAgent();

  /** The host name the request was sent to ({@code requestContext.domainName}). */
  String domainName();

  /** What the API's authorizer attached ({@code requestContext.authorizer}, e.g. Cognito claims). */
  Map<String, Object> authorizer();

  /**
   * Who sent the request: the principal and claims the API's authorizer attached, the API key's id,
   * an IAM caller's account and ARN. Never null; {@link Caller#isAuthenticated()} is false on a
   * route no authorizer guards. A route method can also declare a {@code Caller} parameter.
   */
  default Caller caller() {
    return Caller.fromAuthorizer(authorizer());
  }

  private static String percentDecode(String raw, String name) {
    byte[] bytes = new byte[raw.length()];
    int length = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
        if (low < 0) {
          throw new BadRequestException("path parameter '" + name + "' is not valid percent-encoding");
        }
        bytes[length++] = (byte) (high << 4 | low);
        i += 2;
      } else if (c < 0x80) {
        bytes[length++] = (byte) c;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (length + encoded.length > bytes.length) {
          bytes = Arrays.copyOf(bytes, bytes.length + raw.length() * 3);
        }
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
      }
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}
