package dev.deployless.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP side of the local server, as a Jetty handler: reads a request within API Gateway's
 * quotas (URL, header values, payload) and the read timeout, hands it to the {@link Gateway}, writes
 * the answer and logs it. Each request runs on a thread of Jetty's pool and may block (the functions
 * do).
 */
final class HttpFront extends Handler.Abstract {
  private final Gateway gateway;
  private final RequestLog log;
  private final long readTimeoutMillis;

  HttpFront(Gateway gateway, RequestLog log, long readTimeoutMillis) {
    this.gateway = gateway;
    this.log = log;
    this.readTimeoutMillis = readTimeoutMillis;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    String method = request.getMethod();
    String rawPath = request.getHttpURI().getPath();
    Answer answer;
    try {
      answer = answer(request, method, rawPath);
    } catch (RuntimeException e) {
      System.err.println("[deployless local] " + method + " " + rawPath + " failed:");
      e.printStackTrace();
      answer = Answer.gatewayError(502, null, "Internal server error");
    }
    // Logged before the answer leaves: a client that has it finds its line written.
    log.log(method, rawPath, answer.status, answer.function, start, answer.note);
    write(response, callback, answer, "HEAD".equals(method));
    return true;
  }

  private Answer answer(Request request, String method, String rawPath) {
    String rawQuery = request.getHttpURI().getQuery();
    List<String[]> headers = new ArrayList<>();
    for (HttpField field : request.getHeaders()) {
      headers.add(new String[] {field.getName(), field.getValue()});
    }
    Answer refused = Gateway.quotas(rawPath, rawQuery, headers);
    if (refused != null) {
      return refused;
    }
    if (request.getLength() > Gateway.MAX_PAYLOAD) {
      return Gateway.requestTooLong();
    }
    byte[] body;
    try {
      InputStream in = Content.Source.asInputStream(request);
      body = in.readNBytes(Gateway.MAX_PAYLOAD + 1);
    } catch (IOException e) {
      return unreadableBody(e);
    }
    if (body.length > Gateway.MAX_PAYLOAD) {
      return Gateway.requestTooLong();
    }
    // The body is read: from here on, the connection's idle timeout does not bound the function.
    request.addIdleTimeoutListener(timeout -> false);
    return gateway.answer(new GatewayRequest(method, rawPath, rawQuery, headers, body,
        Request.getRemoteAddr(request), request.getConnectionMetaData().getProtocol()));
  }

  /** 408 for a body that stopped arriving, 400 for one whose framing is broken. */
  private Answer unreadableBody(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return Answer.gatewayError(408, null, "Request Timeout: the request body did not arrive"
            + " within " + readTimeoutMillis + " ms");
      }
    }
    return Answer.gatewayError(400, null, "Bad Request: the request body is malformed (an invalid"
        + " chunk, or fewer bytes than its Content-Length)");
  }

  private static void write(Response response, Callback callback, Answer answer, boolean head) {
    response.setStatus(answer.status);
    HttpFields.Mutable headers = response.getHeaders();
    for (String[] header : answer.headers) {
      String name = header[0];
      if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")
          && !name.equalsIgnoreCase("Connection")) {
        headers.add(name, header[1]);
      }
    }
    if (head || answer.body.length == 0) {
      callback.succeeded();
      return;
    }
    headers.put(HttpHeader.CONTENT_LENGTH, answer.body.length);
    response.write(true, ByteBuffer.wrap(answer.body), callback);
  }
}
