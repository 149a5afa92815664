package dev.deployless.benchmarks;

import dev.deployless.runtime.handler.RouteTable;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.function.Supplier;

/**
 * What hostile requests cost the runtime (issue 18, items 3 and 4): a JSON body holding one integer
 * of 1,000 (the longest number read) to 1,000,000 digits read into a {@code BigInteger} and into an
 * {@code Object}, and
 * request paths of 100,000 to 800,000 slashes matched by a {@link RouteTable}. Prints the median
 * wall time of several runs of each case (after a warm-up for the fast ones) and its outcome: read,
 * rejected (a 400), or the route found.
 *
 * <p>Needs only the runtime's classes: {@code java -cp runtime/target/classes:benchmarks/target/classes
 * dev.deployless.benchmarks.HostileInput [runs]} (5 runs by default; a 1,000,000-digit integer took
 * 14–16 s per run before the read limits).
 */
public final class HostileInput {
  private HostileInput() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.println("Hostile input, median of " + runs + " runs (ms)");
    for (int digits : new int[] {1_000, 100_000, 200_000, 400_000, 1_000_000}) {
      byte[] body = ("{\"n\":" + "7".repeat(digits) + "}").getBytes(StandardCharsets.US_ASCII);
      report(String.format("%,9d-digit integer into BigInteger", digits), runs, () -> {
        JsonReader reader = new JsonReader(body);
        reader.beginObject();
        reader.nextName();
        reader.nextBigInteger();
        return "read";
      });
      report(String.format("%,9d-digit integer into Object", digits), runs, () -> {
        new JsonReader(body).readAny();
        return "read";
      });
    }
    RouteTable routes = RouteTable.ofRoutes("GET /users", "GET /users/{userId}",
        "GET /files/{key+}");
    for (int slashes : new int[] {100_000, 400_000, 800_000}) {
      String trailing = "/dev/" + "/".repeat(slashes);
      report(String.format("GET /dev/ + %,d slashes", slashes), runs,
          () -> matched(routes.matchPath(trailing, new HashMap<>())));
      String inner = "/files/" + "/".repeat(slashes) + "x";
      report(String.format("GET /files/ + %,d slashes + x", slashes), runs,
          () -> matched(routes.matchPath(inner, new HashMap<>())));
    }
  }

  private static String matched(int template) {
    return template < 0 ? "no route (404)" : "template " + template;
  }

  /** Times {@code runs} runs of {@code work}, after 20 untimed ones if a run takes under 100 ms. */
  private static void report(String label, int runs, Supplier<String> work) {
    String[] outcome = new String[1];
    if (run(work, outcome) < 100) {
      for (int i = 0; i < 20; i++) {
        run(work, outcome);
      }
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      millis[i] = run(work, outcome);
    }
    Arrays.sort(millis);
    System.out.printf("  %-42s %10.2f  %s%n", label, millis[runs / 2], outcome[0]);
  }

  private static double run(Supplier<String> work, String[] outcome) {
    long start = System.nanoTime();
    try {
      outcome[0] = work.get();
    } catch (JsonException e) {
      outcome[0] = "rejected: " + abbreviate(e.getMessage());
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static String abbreviate(String message) {
    return message.length() <= 90 ? message : message.substring(0, 87) + "...";
  }
}
