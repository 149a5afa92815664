package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The machinery of the seeded fuzz tests (issue 18): hostile JSON values (numbers beyond every
 * range and limit, deep nesting, long strings, values of every type), byte-level mutations of a
 * document (truncation, flipped bytes, invalid UTF-8, stray tokens), and a bounded run asserting that
 * each case is answered, never thrown, within a time bound that only super-linear work would exceed.
 * A failure names its case; {@code -Ddeployless.fuzz.seed=N} explores other cases.
 */
final class Fuzzer {
  /** Fixed, so a failure reproduces. */
  static final long SEED = Long.getLong("deployless.fuzz.seed", 18);

  static final String[] NUMBERS = {"1e400", "-1e400", "1e39", "-3.5e38", "1e2147483648",
      "1e-2147483649", "0.1e-2147483648", "4.9e-325", "1.7976931348623159e308", "2147483648",
      "-2147483649", "32768", "128", "9223372036854775808", "-9223372036854775809", "-0", "-0.0",
      "0e0", "1E+2", "1.5", "1" + "0".repeat(400) + "e-400"};

  /** Values of every JSON type, for a field of another type. */
  static final String[] OTHER_VALUES = {"null", "true", "false", "\"\"", "\"x\"", "[]", "{}",
      "0", "-1.5", "[null]", "{\"\":null}", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"",
      "[1,\"a\",{}]", "{\"a\":5}", "{\"a\":[]}", "{\"a\":{\"b\":null}}"};

  private static final String[] TOKENS = {",", ":", "]", "}", "{", "[", "\"", "\\", " ", "nul",
      "1e", "-", "\u0000", "\"\\u12", "tru", "\n"};

  private static final byte[][] INVALID_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF8}, {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

  final Random random = new Random(SEED);

  /** One case of a run: what it is, and how to get its answer. */
  record Trial(String description, Supplier<ApiResponse> answer) {}

  /**
   * Runs {@code cases} trials made by {@code next}: each must answer (a throw fails the test naming
   * the case) within {@code boundMillis} of this thread's CPU time, and its answer is given to
   * {@code check}. CPU time rather than wall time, so that a machine busy with other processes
   * cannot fail the run: only work that grows faster than the input would exceed the bound.
   *
   * @return how many answers had each status
   */
  static int[] run(int cases, long boundMillis, Supplier<Trial> next,
      BiConsumer<String, ApiResponse> check) {
    int[] statuses = new int[600];
    long slowest = 0;
    String slowestCase = "";
    for (int n = 0; n < cases; n++) {
      Trial trial = next.get();
      String described = "case " + n + " " + trial.description();
      long start = cpuNanos();
      ApiResponse response;
      try {
        response = trial.answer().get();
        response.toJson();
      } catch (Throwable e) {
        throw new AssertionError(described + " threw " + e, e);
      }
      long millis = (cpuNanos() - start) / 1_000_000;
      if (millis > slowest) {
        slowest = millis;
        slowestCase = described;
      }
      assertTrue(millis < boundMillis, described + " took " + millis + " ms (slowest so far: "
          + slowestCase + ")");
      check.accept(described, response);
      statuses[response.status()]++;
    }
    return statuses;
  }

  /** This thread's CPU time in nanoseconds, or the wall clock where the JVM cannot measure it. */
  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** A hostile or wrongly typed value, described in {@code mutations}. */
  String hostileValue() {
    switch (random.nextInt(4)) {
      case 0:
        return hostileNumber();
      case 1:
        return deepValue();
      case 2:
        return "\"" + longText() + "\"";
      default:
        return OTHER_VALUES[random.nextInt(OTHER_VALUES.length)];
    }
  }

  /** A number beyond some type's range, beyond the number length limit, or an edge case. */
  String hostileNumber() {
    int pick = random.nextInt(20);
    if (pick == 0) {
      return "7".repeat(1_000_000);
    }
    if (pick < 4) {
      int length = 990 + random.nextInt(20);
      return "-" + "9".repeat(length / 2) + "." + "1".repeat(length - length / 2 - 2);
    }
    return NUMBERS[random.nextInt(NUMBERS.length)];
  }

  /** Arrays or objects nested around the depth limit and far beyond, closed or not. */
  String deepValue() {
    int[] depths = {10, 255, 256, 257, 1_000, 100_000};
    int depth = depths[random.nextInt(depths.length)];
    switch (random.nextInt(3)) {
      case 0:
        return "[".repeat(depth) + "]".repeat(depth);
      case 1:
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      default:
        return "[".repeat(depth);
    }
  }

  /** Text for a JSON string (without quotes): letters, digits, escapes, non-ASCII; up to 300,000 chars. */
  String longText() {
    int[] lengths = {0, 1, 36, 1_000, 10_000, 300_000};
    int length = lengths[random.nextInt(lengths.length)];
    String[] pieces = {"a", "7", "P", "T", "-", ":", "\\u0041", "\\ud83d\\ude00", "\\ud800", "\\\\",
        "\\\"", "\\n", "é", "😀", " "};
    StringBuilder chunk = new StringBuilder();
    String piece = pieces[random.nextInt(pieces.length)];
    while (chunk.length() < Math.min(length, 64)) {
      chunk.append(random.nextInt(8) == 0 ? pieces[random.nextInt(pieces.length)] : piece);
    }
    return chunk.length() == 0 ? "" : chunk.toString().repeat(Math.max(1, length / chunk.length()));
  }

  /** Zero to two byte-level mutations of {@code document}, each described in {@code mutations}. */
  byte[] mutateBytes(byte[] document, List<String> mutations) {
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      document = mutateOnce(document, mutations);
    }
    return document;
  }

  private byte[] mutateOnce(byte[] bytes, List<String> mutations) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    switch (random.nextInt(4)) {
      case 0:
        mutations.add("truncate at " + at);
        return Arrays.copyOf(bytes, at);
      case 1:
        int flips = 1 + random.nextInt(8);
        byte[] flipped = bytes.clone();
        for (int i = 0; i < flips && flipped.length > 0; i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        mutations.add(flips + " flipped bytes");
        return flipped;
      case 2:
        mutations.add("invalid UTF-8 at " + at);
        return insert(bytes, at, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
      default:
        String token = TOKENS[random.nextInt(TOKENS.length)];
        mutations.add("insert " + abbreviate(token) + " at " + at);
        return insert(bytes, at, token.getBytes(StandardCharsets.UTF_8));
    }
  }

  static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] result = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
    return result;
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 20) + "...(" + text.length() + " chars)";
  }

  /** A fresh list for a case's mutations. */
  static List<String> mutations() {
    return new ArrayList<>();
  }
}
