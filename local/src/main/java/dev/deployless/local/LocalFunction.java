package dev.deployless.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.deployless.runtime.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * One function of the application, emulating a Lambda container: the generated handler is created
 * on first use (the cold start), then reused, one invocation at a time, with the function's own
 * environment variables visible through {@link Environment}.
 */
final class LocalFunction {
  final String name;
  final String handlerClass;
  final String kind;
  final int memory;
  final int timeout;
  final Map<String, String> environment;
  final List<String> schedules;
  private RequestStreamHandler handler;

  LocalFunction(String name, String handlerClass, String kind, int memory, int timeout,
      Map<String, String> environment, List<String> schedules) {
    this.name = name;
    this.handlerClass = handlerClass;
    this.kind = kind;
    this.memory = memory;
    this.timeout = timeout;
    this.environment = environment;
    this.schedules = schedules;
  }

  /** Invokes the function with {@code event} and returns what the handler wrote. */
  synchronized byte[] invoke(byte[] event) throws Exception {
    return Environment.callWith(environment, () -> {
      if (handler == null) {
        handler = instantiate();
      }
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(event), output,
          new LocalContext(name, memory, timeout));
      return output.toByteArray();
    });
  }

  private RequestStreamHandler instantiate() throws ReflectiveOperationException {
    Class<?> type = Class.forName(handlerClass);
    if (!RequestStreamHandler.class.isAssignableFrom(type)) {
      throw new UnsupportedOperationException(name + " takes an aws-lambda-java-events type, which"
          + " only the AWS Lambda runtime can deserialize; it cannot be invoked locally");
    }
    return (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
  }
}
