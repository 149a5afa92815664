package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.HttpException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Base of the generated handler of an HTTP function: reads the API Gateway REST proxy event, finds
 * the route, lets the generated {@link #dispatch} bind the parameters and call the controller, and
 * writes the proxy response.
 *
 * <p>Whatever happens, the caller gets an HTTP answer and never a stack trace, and
 * {@link #handleRequest} never throws: a malformed event (whichever part of it, read at once or on
 * first use) or body, a missing parameter or a value that does not convert is 400; an unknown path
 * 404; a known path with another method 405 with {@code Allow}; an {@link HttpException} its own
 * status; any other exception 500 with a generic message and the request id, the stack trace going
 * to the function's log.
 */
public abstract class ApiFunction implements RequestStreamHandler {
  private final RouteTable routes;
  private final Cors cors;

  /**
   * @param routes the function's path templates in priority order
   * @param cors the API's CORS policy, or null
   */
  protected ApiFunction(RouteTable routes, Cors cors) {
    this.routes = routes;
    this.cors = cors;
  }

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    output.write(handle(input.readAllBytes(), context).toJson().getBytes(StandardCharsets.UTF_8));
  }

  /** Answers one API Gateway event. Never throws for bad input or a failing route method. */
  public final ApiResponse handle(byte[] event, Context context) {
    EventRequest request;
    try {
      request = EventRequest.parse(event);
    } catch (JsonException e) {
      return ApiResponse.error(400, "malformed API Gateway event: " + e.getMessage());
    }
    ApiResponse response;
    try {
      response = route(request, context);
    } catch (HttpException e) {
      response = ApiResponse.error(e.status(), e.getMessage());
    } catch (Exception | StackOverflowError e) {
      response = failed(request, context, e);
    }
    if (cors != null) {
      try {
        cors.apply(request, response);
      } catch (HttpException e) {
        // The headers, read here for the first time, are malformed.
        return ApiResponse.error(e.status(), e.getMessage());
      }
    }
    return response;
  }

  /**
   * The 500 for a route that failed, logged with its request id; a 400 if the request context
   * holding that id turns out malformed.
   */
  private static ApiResponse failed(EventRequest request, Context context, Throwable e) {
    String requestId;
    try {
      requestId = requestId(request, context);
    } catch (HttpException malformed) {
      log(context, "[deployless] " + request.method() + " " + request.path() + " failed: "
          + stackTrace(e));
      return ApiResponse.error(malformed.status(), malformed.getMessage());
    }
    log(context, "[deployless] " + request.method() + " " + request.path() + " failed (request "
        + requestId + "): " + stackTrace(e));
    return ApiResponse.error(500, "internal error; quote the request id when reporting it",
        requestId);
  }

  private ApiResponse route(EventRequest request, Context context) throws Exception {
    if (cors != null && cors.isPreflight(request)) {
      return cors.preflight(request);
    }
    int template = routes.indexOfResource(request.resource());
    if (template < 0) {
      Map<String, String> parameters = new HashMap<>();
      template = routes.matchPath(request.path(), parameters);
      if (template < 0) {
        return ApiResponse.error(404, "no route matches " + request.method() + " " + request.path());
      }
      if (request.pathParameters().isEmpty()) {
        request.matchedPathParameters(parameters);
      }
    }
    int route = routes.route(template, request.method());
    if (route < 0) {
      return methodNotAllowed(request, routes.allowed(template));
    }
    return dispatch(route, request, context);
  }

  /**
   * Calls the route method of route {@code route} (an index into the route table: a route of a
   * table made by {@link RouteTable#ofRoutes}, a template of a path-only one) for {@code request};
   * with a path-only table, it answers 405 itself when no route method handles the request's method.
   */
  protected abstract ApiResponse dispatch(int route, Request request, Context context)
      throws Exception;

  /** The 405 answer for a known path and an unsupported method. */
  protected static ApiResponse methodNotAllowed(Request request, String allowed) {
    return ApiResponse.error(405, "method " + request.method() + " is not allowed on "
        + request.path() + "; allowed: " + allowed).header("Allow", allowed);
  }

  /** The 404 answer for a route method that returned an empty {@code Optional}. */
  protected static ApiResponse notFound(Request request) {
    return ApiResponse.error(404, "nothing found at " + request.path());
  }

  /**
   * A reader of the JSON request body.
   *
   * @throws BadRequestException if the request has no body
   * @throws HttpException 415 if the body is declared as something other than JSON
   */
  protected static JsonReader jsonBody(Request request) {
    String contentType = request.header("Content-Type");
    if (contentType != null && !isJson(contentType)) {
      throw new HttpException(415, "request body must be JSON, got Content-Type " + contentType);
    }
    if (!request.hasBody()) {
      throw new BadRequestException("missing required request body");
    }
    return new JsonReader(request.bodyBytes());
  }

  /** The 400 error for a body that is not JSON of the expected shape. */
  protected static BadRequestException invalidBody(JsonException e) {
    return new BadRequestException("invalid request body: " + e.getMessage());
  }

  /** The 400 error for a body that is JSON {@code null} where an object is required. */
  protected static BadRequestException nullBody() {
    return new BadRequestException("invalid request body: expected a value but found null");
  }

  private static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    int parameters = type.indexOf(';');
    if (parameters >= 0) {
      type = type.substring(0, parameters);
    }
    type = type.trim();
    return type.equals("application/json") || type.endsWith("+json") || type.equals("text/json");
  }

  private static String requestId(EventRequest request, Context context) {
    if (context != null && context.getAwsRequestId() != null) {
      return context.getAwsRequestId();
    }
    return request.requestId();
  }

  static void log(Context context, String message) {
    LambdaLogger logger = context == null ? null : context.getLogger();
    if (logger != null) {
      logger.log(message + "\n");
    } else {
      System.err.println(message);
    }
  }

  static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
