package dev.deployless.benchmarks;

import dev.deployless.benchmarks.app.OrdersFunction;
import dev.deployless.benchmarks.floor.FloorHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm path in process, single thread: a generated handler's {@code handleRequest} on a 2.5 KB
 * API Gateway event, from event bytes to response bytes, as the runtime calls it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WarmPath {
  private OrdersFunction handler;
  private final FloorHandler floor = new FloorHandler();
  private byte[] get;
  private byte[] post;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);

  @Setup
  public void setUp() {
    handler = new OrdersFunction();
    get = Events.getOrder();
    post = Events.createOrder();
  }

  /** GET /orders/{orderId}: path parameter in, JSON record out. */
  @Benchmark
  public int getWithPathParameter() throws IOException {
    out.reset();
    handler.handleRequest(new ByteArrayInputStream(get), out, null);
    return out.size();
  }

  /**
   * {@link #getWithPathParameter} with the JIT the AWS Lambda Java 17 and 21 runtimes use by
   * default: tiered compilation stopped at level 1, C1 only (AWS Lambda developer guide, "Customize
   * Java runtime startup behavior"). Slower than with C2, and what a deployed function gets unless
   * its {@code JAVA_TOOL_OPTIONS} say otherwise.
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:TieredStopAtLevel=1"})
  public int getWithPathParameterC1() throws IOException {
    return getWithPathParameter();
  }

  /**
   * The floor on this machine: the same event read from the stream and a fixed response written,
   * the work any stream handler does; the other scores are read against it.
   */
  @Benchmark
  public int floorFixedResponse() throws IOException {
    out.reset();
    floor.handleRequest(new ByteArrayInputStream(get), out, null);
    return out.size();
  }

  /**
   * A yardstick of this machine's speed at the time of the run: one pass over the event's bytes
   * counting quotes, the least any JSON parser does. Shared cloud machines vary by 2x with their
   * neighbours' load; read the handler scores against it.
   */
  @Benchmark
  public int yardstickByteScan() {
    int quotes = 0;
    for (byte b : get) {
      if (b == '"') {
        quotes++;
      }
    }
    return quotes;
  }

  /** POST /orders: JSON record body in, 201 with JSON record out. */
  @Benchmark
  public int postJsonBody() throws IOException {
    out.reset();
    handler.handleRequest(new ByteArrayInputStream(post), out, null);
    return out.size();
  }
}
