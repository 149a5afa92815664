package dev.deployless.local;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Hot reload: watches the class output (by polling its files every {@value #POLL_MILLIS} ms, which
 * works alike on every platform and file system) and, once a build has stopped writing to it for a
 * poll, loads a new version of the application in a fresh class loader and hands it to the server.
 * A class output that is not a complete, clean build keeps the version served and says why, once.
 */
final class Reloader implements AutoCloseable {
  static final int POLL_MILLIS = 400;

  /** Receives each new version. */
  interface Target {
    /** Starts serving {@code version}; answers a note for the log line ({@code "routes changed"}). */
    String serve(AppVersions.Version version) throws IOException;
  }

  private final AppVersions versions;
  private final Target target;
  private final PrintStream out;
  private final Thread thread;
  private volatile boolean running = true;
  private long served;

  Reloader(AppVersions versions, Target target, PrintStream out) {
    this.versions = versions;
    this.target = target;
    this.out = out;
    this.thread = new Thread(this::watch, "deployless-reload");
    thread.setDaemon(true);
  }

  /** Starts watching; {@code fingerprint} is the class output's of the version served now. */
  void start(long fingerprint) {
    this.served = fingerprint;
    thread.start();
  }

  private void watch() {
    long candidate = served;
    long refused = 0;
    while (running) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      long now = versions.fingerprint();
      if (now == -1 || now != candidate) {
        // Changed since the last poll: wait until a build has stopped writing for a whole poll.
        candidate = now;
        continue;
      }
      if (now == served || now == refused) {
        continue;
      }
      long start = System.nanoTime();
      AppVersions.Version version;
      try {
        version = versions.load(Reloader.class.getClassLoader());
      } catch (AppVersions.NotReady | IOException | RuntimeException e) {
        refused = now;
        out.println("hot reload: still serving the last good version: "
            + (e instanceof AppVersions.NotReady ? e.getMessage() : e.toString()));
        continue;
      }
      if (versions.fingerprint() != now) {
        // Written to while copied: load again once the build is done.
        versions.discard(version);
        candidate = 0;
        continue;
      }
      try {
        String note = target.serve(version);
        served = now;
        out.printf(Locale.ROOT, "hot reload: version %d of %s served (%.0f ms)%s%n",
            version.number(), versions.classes(), (System.nanoTime() - start) / 1e6,
            note == null ? "" : "; " + note);
      } catch (IOException | RuntimeException e) {
        versions.discard(version);
        refused = now;
        out.println("hot reload: still serving the last good version: " + e);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
