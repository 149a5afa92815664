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
    double millis = (System.nanoTime() - startNanos) / 1e6;
    String line = String.format(Locale.ROOT, "%-7s %-31s %d %-20s %6.1f ms", method, path, status,
        function == null ? "gateway" : function, millis);
    out.println(line);
  }
}
