package dev.deployless.local.aws;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@code moto_server} (moto's AWS emulator, {@code pip install 'moto[server]'}) started from the
 * PATH on a free port of 127.0.0.1, and stopped with everything it started. Its output goes to a
 * file, shown when it fails to start.
 */
public final class MotoProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;

  private MotoProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** {@code moto_server} on the PATH, if any. */
  public static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("moto_server", "moto_server.exe", "moto_server.cmd")) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts {@code executable} on a free port and waits until it answers. */
  public static MotoProcess start(Path executable) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempFile("deployless-moto", ".log");
    Process process = new ProcessBuilder(List.of(executable.toString(), "-H", "127.0.0.1", "-p",
        Integer.toString(port)))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    MotoProcess moto = new MotoProcess(process, port, log);
    Instant deadline = Instant.now().plus(STARTUP);
    while (!moto.answers()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        String output = Files.readString(log, StandardCharsets.UTF_8);
        moto.close();
        throw new IOException("moto_server did not start on port " + port
            + (output.isBlank() ? "" : ":\n" + output.strip()));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        moto.close();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while moto_server started", e);
      }
    }
    return moto;
  }

  /** The endpoint every AWS client should use: {@code http://127.0.0.1:PORT}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  private boolean answers() {
    try {
      HttpURLConnection connection = (HttpURLConnection) endpoint().resolve("/moto-api/").toURL()
          .openConnection();
      connection.setConnectTimeout(200);
      connection.setReadTimeout(2000);
      connection.getResponseCode();
      connection.disconnect();
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** Stops the server and whatever it started; idempotent. */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // A temporary file; the system cleans it up.
    }
  }
}
