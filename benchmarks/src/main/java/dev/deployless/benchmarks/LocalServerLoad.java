package dev.deployless.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local server under load (issue 18, item 8): requests per second and latency percentiles of
 * the example's {@code GET /dev/users} (with a bearer token, so the route reads a header, checks the
 * token and writes a JSON list) from one kept-alive client, then from 16 concurrent kept-alive
 * clients, each on its own connection. Clients are raw HTTP/1.1 sockets with {@code TCP_NODELAY},
 * so the client's own cost stays small; client and server share this machine's cores, as in
 * development.
 *
 * <pre>
 * mvn -q -f examples/ums-api deployless:run -Ddeployless.port=3001 &amp;
 * java -cp benchmarks/target/classes dev.deployless.benchmarks.LocalServerLoad http://127.0.0.1:3001 [runs]
 * </pre>
 *
 * <p>Each run sends 2,000 requests from one client, then 5,000 from 16 clients (as issue 15's load
 * test); after a warm-up of the same size, it prints each run and the median of the runs (5 by
 * default). Every answer must be a 200, or the run fails.
 *
 * <p>With {@code store} as third argument it runs issue 15's load test of writes instead: 5,000
 * requests from 16 kept-alive clients, each creating a user ({@code POST /dev/users}) and reading it
 * back ({@code GET /dev/users/{id}}) in turn; every answer must be a 201 or 200, and afterwards every
 * user created must be readable and counted in the tenant's list: nothing lost. Run it against the
 * server in mode {@code moto} (the users are in the emulator's DynamoDB table) and in mode
 * {@code none} (in memory).
 */
public final class LocalServerLoad {
  private static final int SINGLE_REQUESTS = 2_000;
  private static final int CONCURRENT_CLIENTS = 16;
  private static final int CONCURRENT_REQUESTS = 5_000;
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

  private LocalServerLoad() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:3000");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
    String token = signUp(address);
    if (args.length > 2 && args[2].equals("store")) {
      StoreLoad.run(address, token);
      return;
    }
    byte[] get = ("GET /dev/users?limit=10 HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
        + "\r\n" + API_KEY + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);

    System.out.println("Local server load: GET /dev/users with a token, " + runs + " runs after a"
        + " warm-up; client and server on this machine (" + Runtime.getRuntime().availableProcessors()
        + " cores)");
    run(address, get, 1, SINGLE_REQUESTS);
    run(address, get, CONCURRENT_CLIENTS, CONCURRENT_REQUESTS);
    List<Result> single = new ArrayList<>();
    List<Result> concurrent = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      single.add(print("  1 client ", run(address, get, 1, SINGLE_REQUESTS)));
      concurrent.add(print(" 16 clients", run(address, get, CONCURRENT_CLIENTS, CONCURRENT_REQUESTS)));
    }
    print("median, 1 client ", Result.median(single));
    print("median, 16 clients", Result.median(concurrent));
  }

  /** Requests/s and latency percentiles of one run. */
  record Result(double requestsPerSecond, double p50Millis, double p99Millis) {
    static Result median(List<Result> results) {
      return new Result(median(results, Result::requestsPerSecond),
          median(results, Result::p50Millis), median(results, Result::p99Millis));
    }

    private static double median(List<Result> results,
        java.util.function.ToDoubleFunction<Result> value) {
      double[] values = results.stream().mapToDouble(value).sorted().toArray();
      return values[values.length / 2];
    }
  }

  static Result print(String label, Result result) {
    System.out.printf(Locale.ROOT, "%-20s %,8.0f requests/s   p50 %6.2f ms   p99 %6.2f ms%n", label,
        result.requestsPerSecond(), result.p50Millis(), result.p99Millis());
    return result;
  }

  /** {@code total} requests shared by {@code clients} kept-alive connections. */
  private static Result run(InetSocketAddress address, byte[] request, int clients, int total)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int count = total / clients + (c < total % clients ? 1 : 0);
        futures.add(pool.submit(() -> client(address, request, count)));
      }
      long[] latencies = new long[total];
      int n = 0;
      for (Future<long[]> future : futures) {
        long[] some = future.get();
        System.arraycopy(some, 0, latencies, n, some.length);
        n += some.length;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(latencies);
      return new Result(total / seconds, latencies[total / 2] / 1e6,
          latencies[(int) Math.ceil(total * 0.99) - 1] / 1e6);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One kept-alive connection sending {@code count} requests in turn; their latencies in ns. */
  private static long[] client(InetSocketAddress address, byte[] request, int count)
      throws IOException {
    long[] latencies = new long[count];
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      socket.connect(address);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        out.write(request);
        out.flush();
        Response response = read(in);
        latencies[i] = System.nanoTime() - start;
        if (response.status != 200) {
          throw new IllegalStateException("answered " + response.status + ": " + response.body);
        }
      }
    }
    return latencies;
  }

  /** A tenant with an admin, logged in: the bearer token. */
  private static String signUp(InetSocketAddress address) throws IOException {
    String host = address.getHostString() + ":" + address.getPort();
    String email = "load-" + System.nanoTime() + "@example.test";
    Response tenant = exchange(address, post(host, "/dev/tenants", "{\"name\":\"Load\","
        + "\"adminEmail\":\"" + email + "\",\"adminPassword\":\"correct-horse\"}"));
    String tenantId = field(tenant, "\"tenant\":\\{\"id\":\"([^\"]+)\"");
    Response login = exchange(address, post(host, "/dev/auth/login", "{\"tenantId\":\"" + tenantId
        + "\",\"email\":\"" + email + "\",\"password\":\"correct-horse\"}"));
    return field(login, "\"token\":\"([^\"]+)\"");
  }

  /**
   * The header line with the local value of the example's {@code web-app} API key: every route but
   * {@code /health} requires a key, as API Gateway does.
   */
  static final String API_KEY = "x-api-key: local-web-app\r\n";

  static byte[] post(String host, String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\nHost: " + host
        + "\r\n" + API_KEY + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(body);
    return request.toByteArray();
  }

  private static Response exchange(InetSocketAddress address, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address);
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request);
      return read(new BufferedInputStream(socket.getInputStream()));
    }
  }

  static String field(Response response, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(response.body);
    if (response.status >= 300 || !matcher.find()) {
      throw new IllegalStateException("unexpected answer " + response.status + ": " + response.body);
    }
    return matcher.group(1);
  }

  record Response(int status, String body) {}

  /** Reads one response with a {@code Content-Length} (what the local server sends). */
  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(256);
    int last4 = 0;
    while (last4 != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the response ended");
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(headers.substring(9, 12));
    Matcher length = CONTENT_LENGTH.matcher(headers);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return new Response(status, new String(body, StandardCharsets.UTF_8));
  }
}
