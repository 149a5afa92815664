package dev.deployless.runtime.handler;

import dev.deployless.runtime.Response;
import dev.deployless.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The response a generated handler returns to API Gateway (Lambda proxy integration, payload 1.0):
 * status, headers in order (a name may repeat) and a text or base64 body.
 */
public final class ApiResponse {
  /** {@code Content-Type} of JSON bodies. */
  public static final String JSON = "application/json";
  /** {@code Content-Type} of text bodies. */
  public static final String TEXT = "text/plain; charset=utf-8";
  /** {@code Content-Type} of binary bodies without one of their own. */
  public static final String BINARY = "application/octet-stream";

  private final int status;
  private final List<String> headers = new ArrayList<>(8);
  private String body;
  private CharSequence embeddedBody;
  private boolean base64Encoded;

  private ApiResponse(int status) {
    this.status = status;
  }

  /** A response with {@code status} and no body. */
  public static ApiResponse empty(int status) {
    return new ApiResponse(status);
  }

  /** A JSON response. */
  public static ApiResponse json(int status, String json) {
    return new ApiResponse(status).jsonBody(json);
  }

  /** A JSON response with what {@code writer} wrote (see {@link #jsonWriter()}). */
  public static ApiResponse json(int status, JsonWriter writer) {
    return new ApiResponse(status).jsonBody(writer);
  }

  /**
   * A writer for a JSON response body: it writes the body already escaped for the proxy response,
   * which saves a pass over the body.
   */
  public static JsonWriter jsonWriter() {
    return JsonWriter.embedded();
  }

  /** A text response ({@code text/plain; charset=utf-8}), or no body when {@code text} is null. */
  public static ApiResponse text(int status, String text) {
    return new ApiResponse(status).textBody(text);
  }

  /** A binary response, base64-encoded for API Gateway, or no body when {@code bytes} is null. */
  public static ApiResponse binary(int status, byte[] bytes) {
    return new ApiResponse(status).binaryBody(bytes);
  }

  /** A response with the status and headers of {@code response}; the caller sets the body. */
  public static ApiResponse of(Response<?> response) {
    ApiResponse result = new ApiResponse(response.status());
    result.headers.addAll(response.headers());
    return result;
  }

  /**
   * An error response: {@code {"status":404,"error":"Not Found","message":"..."}}.
   *
   * @param message what the caller is told, or {@code null} for the reason phrase only
   */
  public static ApiResponse error(int status, String message) {
    return error(status, message, null);
  }

  /** An error response that also names the request id, for errors the caller should report. */
  public static ApiResponse error(int status, String message, String requestId) {
    JsonWriter writer = new JsonWriter(new StringBuilder(128));
    writer.beginObject();
    writer.name("status").value(status);
    writer.name("error").value(reason(status));
    if (message != null) {
      writer.name("message").value(message);
    }
    if (requestId != null) {
      writer.name("requestId").value(requestId);
    }
    writer.endObject();
    return json(status, writer);
  }

  /** Adds a header; a name may be added more than once. */
  public ApiResponse header(String name, String value) {
    headers.add(name);
    headers.add(value);
    return this;
  }

  /** Sets a JSON body and, unless a {@code Content-Type} is set, {@code application/json}. */
  public ApiResponse jsonBody(String json) {
    return body(json, false, JSON);
  }

  /** Sets what {@code writer} wrote as the JSON body (see {@link #jsonBody(String)}). */
  public ApiResponse jsonBody(JsonWriter writer) {
    if (!writer.isEmbedded()) {
      return jsonBody(writer.toString());
    }
    body(null, false, JSON);
    embeddedBody = writer.buffer();
    return this;
  }

  /** Sets a text body and, unless a {@code Content-Type} is set, {@code text/plain}. */
  public ApiResponse textBody(String text) {
    return text == null ? this : body(text, false, TEXT);
  }

  /** Sets a binary body and, unless a {@code Content-Type} is set, {@code application/octet-stream}. */
  public ApiResponse binaryBody(byte[] bytes) {
    return bytes == null ? this : body(Base64.getEncoder().encodeToString(bytes), true, BINARY);
  }

  private ApiResponse body(String content, boolean base64, String contentType) {
    this.body = content;
    this.embeddedBody = null;
    this.base64Encoded = base64;
    if (header("Content-Type") == null) {
      header("Content-Type", contentType);
    }
    return this;
  }

  public int status() {
    return status;
  }

  /** The first value of the header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    for (int i = 0; i < headers.size(); i += 2) {
      if (headers.get(i).equalsIgnoreCase(name)) {
        return headers.get(i + 1);
      }
    }
    return null;
  }

  /** The headers as alternating names and values. */
  public List<String> headers() {
    return headers;
  }

  /** The body as sent to API Gateway (base64 text for binary bodies), or {@code null}. */
  public String body() {
    if (body == null && embeddedBody != null) {
      body = JsonWriter.unembed(embeddedBody);
    }
    return body;
  }

  public boolean isBase64Encoded() {
    return base64Encoded;
  }

  /** The proxy integration result JSON that Lambda returns to API Gateway. */
  public String toJson() {
    int length = body != null ? body.length() : embeddedBody != null ? embeddedBody.length() : 0;
    StringBuilder out = new StringBuilder(length + 160);
    JsonWriter writer = new JsonWriter(out);
    writer.beginObject();
    writer.name("statusCode").value(status);
    writer.name("headers").beginObject();
    boolean repeated = false;
    for (int i = 0; i < headers.size(); i += 2) {
      if (count(headers.get(i)) == 1) {
        writer.name(headers.get(i)).value(headers.get(i + 1));
      } else {
        repeated = true;
      }
    }
    writer.endObject();
    if (repeated) {
      writeRepeatedHeaders(writer);
    }
    if (embeddedBody != null) {
      writer.name("body").escapedValue(embeddedBody);
    } else {
      writer.name("body").value(body);
    }
    writer.name("isBase64Encoded").value(base64Encoded);
    writer.endObject();
    return out.toString();
  }

  private void writeRepeatedHeaders(JsonWriter writer) {
    writer.name("multiValueHeaders").beginObject();
    List<String> done = new ArrayList<>();
    for (int i = 0; i < headers.size(); i += 2) {
      String name = headers.get(i);
      if (count(name) == 1 || containsIgnoreCase(done, name)) {
        continue;
      }
      done.add(name);
      writer.name(name).beginArray();
      for (int j = i; j < headers.size(); j += 2) {
        if (headers.get(j).equalsIgnoreCase(name)) {
          writer.value(headers.get(j + 1));
        }
      }
      writer.endArray();
    }
    writer.endObject();
  }

  private int count(String name) {
    int n = 0;
    for (int i = 0; i < headers.size(); i += 2) {
      if (headers.get(i).equalsIgnoreCase(name)) {
        n++;
      }
    }
    return n;
  }

  private static boolean containsIgnoreCase(List<String> names, String name) {
    for (String candidate : names) {
      if (candidate.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** The reason phrase of an HTTP status. */
  public static String reason(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 406:
        return "Not Acceptable";
      case 409:
        return "Conflict";
      case 410:
        return "Gone";
      case 413:
        return "Payload Too Large";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 501:
        return "Not Implemented";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return status < 500 ? "Client Error" : "Server Error";
    }
  }
}
