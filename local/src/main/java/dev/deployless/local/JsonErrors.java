package dev.deployless.local;

import dev.deployless.runtime.json.JsonWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers to requests Jetty refuses before the gateway sees them (a request line or headers
 * beyond its buffer, malformed percent-encoding in the path, illegal characters, an unknown HTTP
 * version) in API Gateway's shape, {@code {"message": "..."}}, never an HTML page or a Java class
 * name; each is logged like any other request.
 */
final class JsonErrors extends ErrorHandler {
  private final RequestLog log;

  JsonErrors(RequestLog log) {
    this.log = log;
  }

  @Override
  protected void generateResponse(Request request, Response response, int status, String reason,
      Throwable cause, Callback callback) {
    long start = System.nanoTime();
    byte[] body = body(status, reason, cause);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    log.log("-", "(a request the server could not read)", status, null, start);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status, reason, null));
  }

  /** {@code {"message": "..."}} naming the problem without Jetty's internals. */
  static byte[] body(int status, String reason, Throwable cause) {
    String message;
    if (status == HttpStatus.URI_TOO_LONG_414) {
      message = Gateway.uriTooLong();
    } else if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
      message = Gateway.headersTooLarge();
    } else {
      String phrase = HttpStatus.getMessage(status);
      String detail = status == HttpStatus.BAD_REQUEST_400 ? badRequest(cause) : null;
      if (detail == null && reason != null && !reason.equals(phrase) && plain(reason)) {
        detail = reason;
      }
      message = detail == null ? phrase : phrase + ": " + detail;
    }
    JsonWriter json = new JsonWriter();
    json.beginObject().name("message").value(message).endObject();
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What is wrong with a request line Jetty refused with a 400, from the exceptions its URI parser
   * threw (null when unknown).
   */
  private static String badRequest(Throwable cause) {
    for (Throwable c = cause; c != null; c = c.getCause()) {
      String message = c.getMessage() == null ? "" : c.getMessage();
      if (c instanceof NumberFormatException || message.contains("% encoding")) {
        return "malformed percent-encoding in the path";
      }
      if (message.contains("Illegal character in path")) {
        return "the path holds a character that is not allowed, such as an encoded NUL (%00)";
      }
    }
    return null;
  }

  /** Whether Jetty's reason is plain words (such as "Illegal character CNTL=0x0"), no class names. */
  private static boolean plain(String reason) {
    return reason.length() <= 120 && reason.matches("[A-Za-z0-9 .,:;=()'/_-]+")
        && !reason.contains("Exception") && !reason.contains("java.");
  }
}
