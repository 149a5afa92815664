package dev.deployless.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * moto's local AWS emulator ({@code moto_server}) on 127.0.0.1, for tests that call DynamoDB, SQS,
 * KMS and SSM through the real AWS SDK. Like the other external judges, a missing {@code moto_server}
 * fails the test on CI and skips it elsewhere with a message.
 */
public final class MotoServer implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process process;
  private final int port;

  private MotoServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts a server on a free port and waits until it answers. */
  public static MotoServer start() throws IOException, InterruptedException {
    Path executable = ExternalTool.require("moto_server", "pip install 'moto[server]'");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process = new ProcessBuilder(List.of(executable.toString(), "-H", "127.0.0.1", "-p",
        Integer.toString(port)))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    MotoServer server = new MotoServer(process, port);
    Instant deadline = Instant.now().plus(STARTUP);
    while (!server.answers()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        server.close();
        throw new IOException("moto_server did not start on port " + port);
      }
      Thread.sleep(100);
    }
    return server;
  }

  /** The endpoint every AWS client should use: {@code http://127.0.0.1:PORT}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  private boolean answers() {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/moto-api/").toURL()
          .openConnection();
      connection.setConnectTimeout(200);
      connection.setReadTimeout(1000);
      connection.getResponseCode();
      connection.disconnect();
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
