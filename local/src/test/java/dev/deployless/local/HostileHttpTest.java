package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile HTTP requests to the local server (issue 18, items 6 to 8), sent over raw sockets: each is
 * answered as API Gateway would, with an error status and a JSON body {@code {"message": ...}} that
 * names the problem and no Java class, never an HTML page, a reset connection or a hang; and a
 * kept-alive connection answers without waiting for delayed ACKs.
 */
class HostileHttpTest {
  private static final int READ_TIMEOUT_MILLIS = 500;

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private LocalServer server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    server = LocalServer.start(LocalServerTest.DESCRIPTOR.getBytes(StandardCharsets.UTF_8),
        "127.0.0.1", 0, true, READ_TIMEOUT_MILLIS, new PrintStream(log, true, StandardCharsets.UTF_8));
    port = server.port();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The {@code message} of a JSON error answer with {@code status}; it names no Java class. */
  private static String error(RawHttp.Response response, int status) {
    assertEquals(status, response.status(), response.head() + response.body());
    assertEquals("application/json", response.header("Content-Type"), response.head());
    Map<String, Object> json = JsonReader.of(response.body()).readObject();
    String message = (String) json.get("message");
    assertFalse(message.contains("Exception") || message.contains("java.")
        || message.contains("jetty"), message);
    return message;
  }

  private RawHttp.Response get(String target, String... headers) throws Exception {
    return RawHttp.exchange(port, RawHttp.head("GET", target, headers));
  }

  @Test
  void malformedPercentEncodingInTheQueryIsABadRequest() throws Exception {
    assertEquals("Bad Request: malformed percent-encoding in the query string (q=%zz): '%' must be"
        + " followed by two hexadecimal digits", error(get("/dev/things/1?q=%zz"), 400));
    assertTrue(error(get("/dev/things/1?scope=%"), 400)
        .startsWith("Bad Request: malformed percent-encoding in the query string (scope=%)"));
    assertEquals(200, get("/dev/things/1?q=%41%2B+b").status());
  }

  @Test
  void malformedPercentEncodingInThePathIsABadRequest() throws Exception {
    assertEquals("Bad Request: malformed percent-encoding in the path",
        error(get("/dev/things/%zz"), 400));
    assertEquals("Bad Request: malformed percent-encoding in the path",
        error(get("/dev/things/%"), 400));
  }

  @Test
  void aThousandHeadersOrOneOfAMegabyteAreTooLarge() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      many.append("X-Header-").append(i).append(": ").append("v".repeat(20)).append("\r\n");
    }
    String thousand = "GET /dev/things/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + many + "\r\n";
    String expected = "Request Header Fields Too Large: API Gateway accepts at most 10240 bytes of"
        + " header values in all";
    assertTrue(error(RawHttp.exchange(port, thousand), 431).startsWith(expected));
    assertEquals(expected, error(get("/dev/things/1", "X-Big: " + "a".repeat(1_000_000)), 431));
  }

  @Test
  void headerValuesOverApiGatewaysQuotaAreTooLarge() throws Exception {
    assertEquals(200, get("/dev/things/1", "X-A: " + "a".repeat(5_000), "X-B: " + "b".repeat(5_000))
        .status());
    assertTrue(error(get("/dev/things/1", "X-A: " + "a".repeat(6_000), "X-B: " + "b".repeat(6_000)),
        431).endsWith("of header values in all (this request has 12009)"));
  }

  @Test
  void urlsOverApiGatewaysQuotaAreTooLong() throws Exception {
    String message = error(get("/dev/things/1?q=" + "x".repeat(11_000)), 414);
    assertEquals("Request-URI Too Long: API Gateway accepts URLs of at most 10240 characters (this"
        + " one has 11016)", message);
    assertTrue(error(get("/dev/things/1?q=" + "x".repeat(100_000)), 414)
        .startsWith("Request-URI Too Long: API Gateway accepts URLs of at most 10240 characters"));
  }

  @Test
  void aBodyShorterThanItsContentLengthTimesOut() {
    RawHttp.Response response = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        RawHttp.exchange(port, RawHttp.head("POST", "/dev/blob", "Content-Type: image/png",
            "Content-Length: 100") + "1234567"));
    assertEquals("Request Timeout: the request body did not arrive within 500 ms",
        error(response, 408));
  }

  @Test
  void anInvalidChunkSizeIsABadRequest() throws Exception {
    RawHttp.Response response = RawHttp.exchange(port, RawHttp.head("POST", "/dev/blob",
        "Content-Type: image/png", "Transfer-Encoding: chunked") + "zz\r\nabc\r\n0\r\n\r\n");
    assertTrue(error(response, 400).startsWith("Bad Request: the request body is malformed"));
  }

  @Test
  void payloadsOverTheQuotasAreTooLong() throws Exception {
    RawHttp.Response declared = RawHttp.exchange(port, RawHttp.head("POST", "/dev/blob",
        "Content-Type: image/png", "Content-Length: " + (11 * 1024 * 1024)));
    assertEquals("Request Too Long", error(declared, 413));
    byte[] head = RawHttp.head("POST", "/dev/blob", "Content-Type: text/plain",
        "Content-Length: " + 6_500_000).getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[head.length + 6_500_000];
    System.arraycopy(head, 0, request, 0, head.length);
    // Within API Gateway's 10 MB, but the event is over Lambda's 6 MiB.
    assertEquals("Request Too Long", error(RawHttp.exchange(port, request), 413));
  }

  @Test
  void garbageIsABadRequest() throws Exception {
    assertTrue(error(RawHttp.exchange(port, "\u0000\u0001garbage\r\n\r\n"), 400)
        .startsWith("Bad Request"));
  }

  @Test
  void aKeptAliveConnectionAnswersWithoutDelayedAckStalls() throws Exception {
    // With Nagle's algorithm on, each answer waited ~40 ms for the client's delayed ACK: 40
    // requests took 1.7 s. Without, they take milliseconds; the bound is twenty times that.
    byte[] request = RawHttp.head("GET", "/dev/things/1").getBytes(StandardCharsets.ISO_8859_1);
    try (RawHttp http = new RawHttp(port, 10_000)) {
      http.send(request);
      assertEquals(200, http.read().status());
      long start = System.nanoTime();
      for (int i = 0; i < 40; i++) {
        http.send(request);
        assertEquals(200, http.read().status());
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 800, "40 kept-alive requests took " + millis + " ms");
    }
  }
}
