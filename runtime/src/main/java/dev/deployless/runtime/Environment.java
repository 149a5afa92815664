package dev.deployless.runtime;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Reads the environment variables a function is deployed with. On Lambda this is
 * {@link System#getenv(String)}; under the local server (and in tests) each function runs with the
 * variables its template entry declares, which one JVM cannot set with {@code System.getenv}, so
 * read them through this class.
 */
public final class Environment {
  private static final ThreadLocal<Map<String, String>> OVERRIDE = new ThreadLocal<>();

  private Environment() {}

  /** The variable's value, or {@code null} when the function has no such variable. */
  public static String get(String name) {
    Map<String, String> override = OVERRIDE.get();
    if (override != null) {
      return override.get(name);
    }
    return System.getenv(name);
  }

  /** The variable's value, or {@code fallback} when the function has no such variable. */
  public static String get(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  /**
   * The variable's value.
   *
   * @throws IllegalStateException naming the variable when the function has no such variable
   */
  public static String require(String name) {
    String value = get(name);
    if (value == null) {
      throw new IllegalStateException("environment variable " + name + " is not set for this function");
    }
    return value;
  }

  /**
   * Runs {@code work} on this thread as if the process environment were exactly {@code variables}.
   * Used by the local server and by tests; nothing on Lambda calls it.
   */
  public static <T> T callWith(Map<String, String> variables, Callable<T> work) throws Exception {
    Map<String, String> previous = OVERRIDE.get();
    OVERRIDE.set(Map.copyOf(variables));
    try {
      return work.call();
    } finally {
      if (previous == null) {
        OVERRIDE.remove();
      } else {
        OVERRIDE.set(previous);
      }
    }
  }
}
