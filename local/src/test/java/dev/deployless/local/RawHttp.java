package dev.deployless.local;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 spoken over a raw socket, for requests no HTTP client would send: malformed
 * percent-encoding, a thousand headers, a body shorter than its {@code Content-Length}, broken chunks.
 */
final class RawHttp implements AutoCloseable {
  /** A response: status, head (status line and headers) and body. */
  record Response(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  RawHttp(int port, int timeoutMillis) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port));
    socket.setSoTimeout(timeoutMillis);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
  }

  /** Sends {@code request} on a new connection and reads the response. */
  static Response exchange(int port, String request) throws IOException {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  static Response exchange(int port, byte[] request) throws IOException {
    try (RawHttp http = new RawHttp(port, 10_000)) {
      http.send(request);
      return http.read();
    }
  }

  void send(byte[] request) throws IOException {
    out.write(request);
    out.flush();
  }

  /** Reads one response, whose body has a {@code Content-Length} or none. */
  Response read() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed without a complete response: "
            + head.toString(StandardCharsets.ISO_8859_1));
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    Response headOnly = new Response(Integer.parseInt(text.substring(9, 12)), text, "");
    String length = headOnly.header("Content-Length");
    byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    return new Response(headOnly.status(), text, new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** A request line and headers, ended by the blank line. */
  static String head(String method, String target, String... headers) {
    StringBuilder request = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ')
        .append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    return request.append("\r\n").toString();
  }
}
