package dev.deployless.runtime.auth;

import java.util.Map;

/**
 * What API Gateway sends a Lambda authorizer. A TOKEN authorizer gets {@code type} {@code TOKEN},
 * the identity header's value as {@code authorizationToken} and the {@code methodArn} of the method
 * called; a REQUEST authorizer gets {@code type} {@code REQUEST}, the {@code methodArn} and the
 * request's resource, path, method, headers, query string, path parameters and stage variables.
 * Absent parts are null.
 *
 * @param type {@code TOKEN} or {@code REQUEST}
 * @param authorizationToken the identity header's value (TOKEN), for example {@code Bearer eyJ...}
 * @param methodArn {@code arn:aws:execute-api:<region>:<account>:<api id>/<stage>/<METHOD>/<path>}
 */
public record AuthorizerEvent(String type, String authorizationToken, String methodArn,
    String resource, String path, String httpMethod, Map<String, String> headers,
    Map<String, String> queryStringParameters, Map<String, String> pathParameters,
    Map<String, String> stageVariables) {

  /** A TOKEN authorizer's event, as API Gateway sends it; for tests. */
  public static AuthorizerEvent token(String authorizationToken, String methodArn) {
    return new AuthorizerEvent("TOKEN", authorizationToken, methodArn, null, null, null, null, null,
        null, null);
  }

  /** The header {@code name} (any case) of a REQUEST authorizer's event, or null. */
  public String header(String name) {
    if (headers != null) {
      for (Map.Entry<String, String> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
    }
    return null;
  }

  /**
   * The caller's token: the TOKEN event's {@code authorizationToken}, else the REQUEST event's
   * {@code Authorization} header, without a leading {@code Bearer }; null when there is none.
   */
  public String bearerToken() {
    String value = authorizationToken != null ? authorizationToken : header("Authorization");
    if (value != null && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      value = value.substring(7).trim();
    }
    return value == null || value.isEmpty() ? null : value;
  }
}
