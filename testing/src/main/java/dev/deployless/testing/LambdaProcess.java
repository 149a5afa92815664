package dev.deployless.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JVM running a handler under the AWS Lambda runtime interface client
 * ({@code com.amazonaws.services.lambda.runtime.api.client.AWSLambda}), connected to a
 * {@link RuntimeApiServer}, with the environment variables Lambda sets.
 */
public final class LambdaProcess implements AutoCloseable {
  private static final String RUNTIME_CLIENT = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  private final Process process;

  private LambdaProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts {@code handler} ({@code package.Class::method}) with {@code classpath}, reporting to
   * {@code api}; {@code environment} adds the function's own variables; output goes to {@code log}.
   */
  public static LambdaProcess start(String classpath, String handler, RuntimeApiServer api,
      Map<String, String> environment, List<String> jvmOptions, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(RUNTIME_CLIENT);
    command.add(handler);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("AWS_LAMBDA_RUNTIME_API", api.address());
    env.put("_HANDLER", handler);
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_LAMBDA_FUNCTION_NAME", "test");
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/test");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]test");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return new LambdaProcess(builder.start());
  }

  /** Whether the JVM is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
