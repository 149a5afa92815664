package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.Request;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hand-written HTTP handler whose routes read every part of the request a generated handler or a
 * route method can read (headers, query and path parameters, stage variables, the request context,
 * the body), behind a CORS policy that reads the {@code Origin} header of every request: so a test
 * sees each part of an event parsed, whether at once or on first use. {@code GET /fail} fails after
 * reading nothing, for the path of a failing route.
 */
final class PartsFunction extends ApiFunction {
  PartsFunction() {
    super(RouteTable.ofRoutes("GET /users/{id}", "POST /echo", "GET /fail"),
        new Cors(new String[] {"https://app.test"}, "GET,POST", "Content-Type", "X-Id", 600, true));
  }

  @Override
  protected ApiResponse dispatch(int route, Request request, Context context) {
    if (route == 2) {
      throw new IllegalStateException("the route failed");
    }
    Map<String, Object> parts = new TreeMap<>();
    for (String name : request.headerNames()) {
      parts.put("header " + name, request.headers(name));
    }
    for (String name : request.queryParameterNames()) {
      parts.put("query " + name, request.queryParameters(name));
    }
    for (String name : request.pathParameters().keySet()) {
      parts.put("path " + name, request.pathParameter(name));
    }
    parts.put("stage variable", request.stageVariable("alias"));
    parts.put("request id", request.requestId());
    parts.put("stage", request.stage());
    parts.put("source ip", request.sourceIp());
    parts.put("user agent", request.userAgent());
    parts.put("domain name", request.domainName());
    parts.put("authorizer", request.authorizer());
    parts.put("caller", request.caller().principalId() + " " + request.caller().claims()
        + " " + request.caller().apiKeyId() + " " + request.caller().userArn());
    parts.put("body", request.bodyBytes().length);
    return ApiResponse.text(200, parts.toString());
  }
}
