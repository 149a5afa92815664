package dev.deployless.runtime.handler;

import dev.deployless.runtime.Request;

/**
 * The API's CORS policy ({@code api.cors} of {@code deployless.yaml}), applied by the handler to
 * every response: with the Lambda proxy integration, API Gateway adds no CORS headers to the
 * function's own responses. Preflight requests are answered here only when API Gateway forwards them
 * (a list of allowed origins, where the matching origin must be echoed).
 */
public final class Cors {
  private final String[] origins;
  private final String methods;
  private final String headers;
  private final String exposeHeaders;
  private final int maxAge;
  private final boolean credentials;

  /**
   * @param origins allowed origins, or {@code {"*"}}
   * @param methods comma-separated allowed methods, or null
   * @param headers comma-separated allowed request headers, or null
   * @param exposeHeaders comma-separated response headers the browser may read, or null
   * @param maxAge seconds a preflight may be cached, or -1
   * @param credentials whether credentials are allowed
   */
  public Cors(String[] origins, String methods, String headers, String exposeHeaders, int maxAge,
      boolean credentials) {
    this.origins = origins.clone();
    this.methods = methods;
    this.headers = headers;
    this.exposeHeaders = exposeHeaders;
    this.maxAge = maxAge;
    this.credentials = credentials;
  }

  /** Whether {@code request} is a CORS preflight request. */
  public boolean isPreflight(Request request) {
    return "OPTIONS".equals(request.method())
        && request.header("Access-Control-Request-Method") != null;
  }

  /** The answer to a preflight request. */
  public ApiResponse preflight(Request request) {
    ApiResponse response = ApiResponse.empty(204);
    String origin = allowedOrigin(request);
    if (origin == null) {
      return response;
    }
    addOrigin(response, origin);
    if (methods != null) {
      response.header("Access-Control-Allow-Methods", methods);
    }
    if (headers != null) {
      response.header("Access-Control-Allow-Headers", headers);
    }
    if (maxAge >= 0) {
      response.header("Access-Control-Max-Age", Integer.toString(maxAge));
    }
    return response;
  }

  /** Adds the CORS response headers, unless the route set them itself. */
  public void apply(Request request, ApiResponse response) {
    if (response.header("Access-Control-Allow-Origin") != null) {
      return;
    }
    String origin = allowedOrigin(request);
    if (origin == null) {
      return;
    }
    addOrigin(response, origin);
    if (exposeHeaders != null) {
      response.header("Access-Control-Expose-Headers", exposeHeaders);
    }
  }

  private void addOrigin(ApiResponse response, String origin) {
    response.header("Access-Control-Allow-Origin", origin);
    if (!"*".equals(origin)) {
      response.header("Vary", "Origin");
    }
    if (credentials) {
      response.header("Access-Control-Allow-Credentials", "true");
    }
  }

  private String allowedOrigin(Request request) {
    String origin = request == null ? null : request.header("Origin");
    for (String allowed : origins) {
      if ("*".equals(allowed)) {
        return "*";
      }
      if (allowed.equals(origin)) {
        return origin;
      }
    }
    return null;
  }
}
