package dev.deployless.local;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line per request on the server's output: method, path (without the query string, which may
 * hold secrets), status, the function that answered (or {@code gateway} when the emulated API
 * Gateway answered alone), and the time from the request's arrival to its answer (the body read,
 * the function run).
 *
 * <pre>
 * GET     /dev/users/42                   200 UserFunction         3.1 ms
 * DELETE  /dev/nothing                    403 gateway              0.2 ms
 * </pre>
 */
final class RequestLog {
  private final PrintStream out;

  RequestLog(PrintStream out) {
    this.out = out;
  }

  void log(String method, String path, int status, String function, long startNanos) {
    log(method, path, status, function, startNanos, null);
  }

  /** A request's line, with a note after the duration (a timeout, a function's error) if any. */
  void log(String method, String path, int status, String function, long startNanos, String note) {
    double millis = (System.nanoTime() - startNanos) / 1e6;
    String line = String.format(Locale.ROOT, "%-7s %-31s %d %-20s %6.1f ms", method, path, status,
        function == null ? "gateway" : function, millis);
    out.println(note == null ? line : line + "  " + note);
  }

  /**
   * The line of an invocation without an HTTP request (a schedule, an event source, an asynchronous
   * invocation): its source where the method goes, {@code ok} or {@code error} for the status.
   *
   * <pre>
   * cron    rate(1 minute)                  ok  CleanupSessionsFunction  12.3 ms
   * </pre>
   */
  void invocation(String source, String function, String error, long startNanos) {
    double millis = (System.nanoTime() - startNanos) / 1e6;
    String line = String.format(Locale.ROOT, "%-39s %-3s %-20s %6.1f ms", source,
        error == null ? "ok" : "err", function, millis);
    out.println(error == null ? line : line + "  " + error);
  }
}
