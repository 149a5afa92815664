package dev.deployless.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 15's load test of the local server: 5,000 requests from 16 concurrent kept-alive clients,
 * each client creating a user and reading it back in turn, then a check that nothing was lost:
 * every user created is readable, and the tenant's list counts them all. Prints requests/s and the
 * p50/p99 latencies of the 5,000 requests.
 */
final class StoreLoad {
  private static final int CLIENTS = 16;
  private static final int REQUESTS = 5_000;

  private StoreLoad() {}

  /** What one client did: its latencies and the ids of the users it created. */
  private record Work(long[] latencies, List<String> ids) {}

  static void run(InetSocketAddress address, String token) throws Exception {
    String host = address.getHostString() + ":" + address.getPort();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Work>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int count = REQUESTS / CLIENTS + (c < REQUESTS % CLIENTS ? 1 : 0);
      int client = c;
      futures.add(pool.submit(() -> client(address, host, token, client, count)));
    }
    long[] latencies = new long[REQUESTS];
    List<String> ids = new ArrayList<>();
    int n = 0;
    for (Future<Work> future : futures) {
      Work work = future.get();
      System.arraycopy(work.latencies(), 0, latencies, n, work.latencies().length);
      n += work.latencies().length;
      ids.addAll(work.ids());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(latencies);
    LocalServerLoad.print("16 clients, create + read", new LocalServerLoad.Result(REQUESTS / seconds,
        latencies[REQUESTS / 2] / 1e6, latencies[(int) Math.ceil(REQUESTS * 0.99) - 1] / 1e6));
    verify(address, host, token, ids);
  }

  /** {@code count} requests on one connection: create a user, read it back, and again. */
  private static Work client(InetSocketAddress address, String host, String token, int client,
      int count) throws IOException {
    long[] latencies = new long[count];
    List<String> ids = new ArrayList<>();
    try (Socket socket = new Socket()) {
      socket.setTcpNoDelay(true);
      socket.connect(address);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String last = null;
      for (int i = 0; i < count; i++) {
        byte[] request;
        int expected;
        if (i % 2 == 0) {
          String email = "load-" + client + "-" + i + "-" + System.nanoTime() + "@example.test";
          request = authorized(LocalServerLoad.post(host, "/dev/users", "{\"email\":\"" + email
              + "\",\"password\":\"correct-horse\",\"scopes\":[\"ums:users:read\"]}"), token);
          expected = 201;
        } else {
          request = get(host, "/dev/users/" + last, token);
          expected = 200;
        }
        long start = System.nanoTime();
        out.write(request);
        out.flush();
        LocalServerLoad.Response response = LocalServerLoad.read(in);
        latencies[i] = System.nanoTime() - start;
        if (response.status() != expected) {
          throw new IllegalStateException("request " + i + " of client " + client + " answered "
              + response.status() + ": " + response.body());
        }
        if (i % 2 == 0) {
          last = LocalServerLoad.field(response, "\"id\":\"([^\"]+)\"");
          ids.add(last);
        } else if (!response.body().contains(last)) {
          throw new IllegalStateException("user " + last + " read back as " + response.body());
        }
      }
    }
    return new Work(latencies, ids);
  }

  /** Every user created is readable, and the tenant's list counts them (and its admin). */
  private static void verify(InetSocketAddress address, String host, String token, List<String> ids)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      for (String id : ids) {
        out.write(get(host, "/dev/users/" + id, token));
        out.flush();
        LocalServerLoad.Response response = LocalServerLoad.read(in);
        if (response.status() != 200 || !response.body().contains(id)) {
          throw new IllegalStateException("user " + id + " is lost: " + response.status() + " "
              + response.body());
        }
      }
      out.write(get(host, "/dev/users?limit=1", token));
      out.flush();
      String total = LocalServerLoad.field(LocalServerLoad.read(in), "\"total\":(\\d+)");
      if (Integer.parseInt(total) != ids.size() + 1) {
        throw new IllegalStateException("the list counts " + total + " users, " + (ids.size() + 1)
            + " expected");
      }
    }
    System.out.println("nothing lost: " + ids.size() + " users created, each read back, the list"
        + " counts " + (ids.size() + 1) + " with the admin");
  }

  private static byte[] get(String host, String path, String token) {
    return ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + LocalServerLoad.API_KEY
        + "Authorization: Bearer " + token
        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] authorized(byte[] post, String token) {
    String text = new String(post, StandardCharsets.UTF_8);
    return text.replaceFirst("\r\n", "\r\nAuthorization: Bearer " + token + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
