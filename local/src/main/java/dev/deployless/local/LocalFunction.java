package dev.deployless.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.deployless.runtime.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One function of the application, emulating its Lambda containers: each container is one
 * instance of the generated handler, created on first use (the cold start) and reused; concurrent
 * invocations get containers of their own, as Lambda scales out. An invocation runs with the
 * function's environment variables (through {@link Environment}) and the application's class loader
 * as context class loader, and is abandoned at its time limit, its container discarded, as Lambda
 * does.
 */
final class LocalFunction {
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Runs invocations, so that the caller can stop waiting at the time limit. */
  private static final ExecutorService INVOKER = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "deployless-function-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  final String name;
  final String handlerClass;
  final String kind;
  final int memory;
  final int timeout;
  final Map<String, String> environment;
  final List<String> schedules;
  private final ClassLoader loader;
  private final Deque<RequestStreamHandler> containers = new ConcurrentLinkedDeque<>();

  /** An invocation stopped at its time limit. */
  static final class TimedOut extends Exception {
    private static final long serialVersionUID = 1L;
    final String requestId;
    final long limitMillis;

    TimedOut(String requestId, long limitMillis) {
      super(String.format(Locale.ROOT, "Task timed out after %.2f seconds", limitMillis / 1000.0),
          null, false, false);
      this.requestId = requestId;
      this.limitMillis = limitMillis;
    }
  }

  /** A failure of the function that is not an {@link Exception} (an {@link Error}, such as a missing class). */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(Throwable cause) {
      super(cause.toString(), cause);
    }
  }

  LocalFunction(String name, String handlerClass, String kind, int memory, int timeout,
      Map<String, String> environment, List<String> schedules, ClassLoader loader) {
    this.name = name;
    this.handlerClass = handlerClass;
    this.kind = kind;
    this.memory = memory;
    this.timeout = timeout;
    this.environment = Map.copyOf(environment);
    this.schedules = List.copyOf(schedules);
    this.loader = loader;
  }

  /** This function with other variables and class loader (new containers). */
  LocalFunction with(Map<String, String> variables, ClassLoader classLoader) {
    return new LocalFunction(name, handlerClass, kind, memory, timeout, variables, schedules,
        classLoader);
  }

  /** Invokes the function with {@code event} within its own timeout. */
  byte[] invoke(byte[] event) throws Exception {
    return invoke(event, timeout * 1000L);
  }

  /**
   * Invokes the function with {@code event} and returns what the handler wrote.
   *
   * @throws TimedOut when it runs past {@code limitMillis} (its container is then discarded)
   * @throws Exception what the handler threw ({@link Failed} for an {@link Error})
   */
  byte[] invoke(byte[] event, long limitMillis) throws Exception {
    LocalContext context = new LocalContext(name, memory, limitMillis);
    AtomicBoolean abandoned = new AtomicBoolean();
    Future<byte[]> result = INVOKER.submit(() -> run(event, context, abandoned));
    try {
      return result.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandoned.set(true);
      result.cancel(true);
      throw new TimedOut(context.getAwsRequestId(), limitMillis);
    } catch (InterruptedException e) {
      abandoned.set(true);
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception exception ? exception : new Failed(cause);
    }
  }

  private byte[] run(byte[] event, LocalContext context, AtomicBoolean abandoned) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return Environment.callWith(environment, () -> {
        RequestStreamHandler handler = containers.poll();
        if (handler == null) {
          handler = instantiate();
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
          handler.handleRequest(new ByteArrayInputStream(event), output, context);
        } finally {
          if (!abandoned.get()) {
            containers.push(handler);
          }
        }
        return output.toByteArray();
      });
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private RequestStreamHandler instantiate() throws ReflectiveOperationException {
    Class<?> type = Class.forName(handlerClass, true, loader);
    if (!RequestStreamHandler.class.isAssignableFrom(type)) {
      throw new UnsupportedOperationException(name + " takes an aws-lambda-java-events type, which"
          + " only the AWS Lambda runtime can deserialize; it cannot be invoked locally");
    }
    return (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
  }
}
