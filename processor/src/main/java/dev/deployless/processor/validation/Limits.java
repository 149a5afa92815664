package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The limits AWS sets on the values the rules check. */
final class Limits {
  private Limits() {}

  static final int MIN_MEMORY = 128;
  static final int MAX_MEMORY = 10240;
  static final int MIN_TIMEOUT = 1;
  static final int MAX_TIMEOUT = 900;
  static final int MIN_EPHEMERAL_STORAGE = 512;
  static final int MAX_EPHEMERAL_STORAGE = 10240;
  static final int MAX_DESCRIPTION = 256;
  static final int MAX_COMPRESSION_SIZE = 10485760;

  /** The retention periods CloudWatch Logs accepts, in days. */
  static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150,
      180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

  /**
   * The Lambda runtimes the generated code (Java 17 bytecode) runs on and AWS lets a template
   * create: those of cfn-lint's runtime table (AdditionalSpecs/LmbdRuntimeLifecycle.json) whose
   * create-block date has not come.
   */
  static final List<String> RUNTIMES = List.of("java21", "java25");

  /** A runtime AWS deprecated: the dates from which Lambda blocks creating and updating its functions. */
  record Deprecated(String createBlock, String updateBlock) {}

  /**
   * The Java runtimes AWS deprecated, from the same table (cfn-lint rules E2531 and E2533): their
   * functions can no longer be created, so a template using them fails at deploy.
   */
  static final Map<String, Deprecated> DEPRECATED_RUNTIMES = Map.of(
      "java8", new Deprecated("2024-02-08", "2026-07-01"),
      "java8.al2", new Deprecated("2026-07-31", "2026-08-31"),
      "java11", new Deprecated("2026-07-31", "2026-08-31"),
      "java17", new Deprecated("2026-07-31", "2026-08-31"));

  /** Environment variables Lambda reserves; a function cannot set them. */
  static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID",
      "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
      "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
      "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
      "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
      "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]+");

  /** Why {@code name} cannot be a function's environment variable (E66), or null. */
  static Finding variableProblem(String name) {
    if (RESERVED_VARIABLES.contains(name)) {
      return Finding.of(Message.E66_RESERVED, name);
    }
    if (!VARIABLE_NAME.matcher(name).matches()) {
      return Finding.of(Message.E66_NAME, name);
    }
    if (name.equals("APP_STAGE")) {
      return Finding.of(Message.E66_APP_STAGE, name);
    }
    return null;
  }
}
