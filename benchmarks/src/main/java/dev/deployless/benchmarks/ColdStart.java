package dev.deployless.benchmarks;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.testing.LambdaProcess;
import dev.deployless.testing.ProxyResponse;
import dev.deployless.testing.RuntimeApiServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start, JVM launch to first response, under the AWS Lambda Java runtime interface client
 * against a local Runtime API: the HTTP handlers answer the same POST event, the queue consumers
 * the same SQS batch of ten orders; each handler runs with only the jars it needs on its class
 * path, rounds interleaved (the order rotates each round), medians and ratios to the floor printed
 * as a table.
 *
 * <p>Arguments: the class path file written by {@code run.sh}, the classes directory, rounds.
 */
public final class ColdStart {
  /** The JVM options Lambda's Java runtimes use by default. */
  static final List<String> JVM_OPTIONS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC", "-Xshare:auto");

  /** A handler, its class path, the event it answers and what a correct answer is. */
  record Variant(String name, String handler, List<String> jars, byte[] event, Answer answer) {}

  /** What a handler must answer for its run to count. */
  enum Answer {
    /** An API Gateway proxy response with status 201. */
    CREATED,
    /** A partial batch failure response naming no message. */
    ALL_PROCESSED
  }

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    List<String> dependencies = Arrays.asList(Files.readString(Path.of(args[0])).trim().split(File.pathSeparator));
    String classes = args[1];
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> lambda = jars(dependencies, "aws-lambda-java-core", "aws-lambda-java-runtime-interface-client",
        "aws-lambda-java-serialization");
    List<String> jackson = jars(dependencies, "jackson-databind", "jackson-core", "jackson-annotations");
    byte[] post = Events.createOrder();
    byte[] batch = Events.orderBatch();
    List<String> events = jars(dependencies, "aws-lambda-java-events", "joda-time");
    List<Variant> variants = List.of(
        new Variant("plain RequestStreamHandler, fixed response (floor)",
            "dev.deployless.benchmarks.floor.FloorHandler::handleRequest", lambda, post, Answer.CREATED),
        new Variant("stream handler + Jackson databind",
            "dev.deployless.benchmarks.jackson.JacksonStreamHandler::handleRequest", concat(lambda, jackson),
            post, Answer.CREATED),
        new Variant("RequestHandler<APIGatewayProxyRequestEvent> + Jackson",
            "dev.deployless.benchmarks.jackson.JacksonRequestHandler::handleRequest",
            concat(lambda, jackson, events), post, Answer.CREATED),
        new Variant("deployless generated handler",
            "dev.deployless.benchmarks.app.OrdersFunction::handleRequest",
            concat(lambda, jars(dependencies, "deployless-runtime")), post, Answer.CREATED),
        new Variant("SQS: RequestHandler<SQSEvent, SQSBatchResponse> + Jackson",
            "dev.deployless.benchmarks.jackson.JacksonSqsHandler::handleRequest",
            concat(lambda, jackson, events), batch, Answer.ALL_PROCESSED),
        new Variant("SQS: deployless SqsFunction, body bound to a record",
            "dev.deployless.benchmarks.events.ProcessOrderFunction::handleRequest",
            concat(lambda, jars(dependencies, "deployless-runtime")), batch, Answer.ALL_PROCESSED));
    Map<Variant, List<Double>> samples = new LinkedHashMap<>();
    for (Variant variant : variants) {
      samples.put(variant, new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < variants.size(); i++) {
        Variant variant = variants.get((i + round) % variants.size());
        samples.get(variant).add(measure(variant, classes));
      }
    }
    double floor = median(samples.get(variants.get(0)));
    System.out.printf("Cold start, JVM launch to first response, median of %d interleaved runs:%n%n", rounds);
    System.out.println("| handler | cold start | vs floor | runs (ms) |");
    System.out.println("|---|---|---|---|");
    for (Variant variant : variants) {
      double median = median(samples.get(variant));
      System.out.printf("| %s | %.0f ms | %.2fx | %s |%n", variant.name(), median, median / floor,
          format(samples.get(variant)));
    }
  }

  private static double measure(Variant variant, String classes) throws Exception {
    String classpath = String.join(File.pathSeparator, concat(List.of(classes), variant.jars()));
    Path log = Files.createTempFile("coldstart", ".log");
    try (RuntimeApiServer api = RuntimeApiServer.start()) {
      long started = System.nanoTime();
      try (LambdaProcess process = LambdaProcess.start(classpath, variant.handler(), api, Map.of(),
          JVM_OPTIONS, log)) {
        RuntimeApiServer.Invocation invocation = api.invoke(variant.event()).get(60, TimeUnit.SECONDS);
        double millis = (System.nanoTime() - started) / 1e6;
        if (invocation.failed() || !answered(variant.answer(), invocation.payload())) {
          throw new IllegalStateException(variant.name() + " answered " + invocation.text() + "\n"
              + Files.readString(log));
        }
        return millis;
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static boolean answered(Answer answer, byte[] payload) {
    if (answer == Answer.CREATED) {
      return ProxyResponse.parse(payload).status() == 201;
    }
    Object failures = new JsonReader(payload).readObject().get("batchItemFailures");
    return failures instanceof List && ((List<?>) failures).isEmpty();
  }

  static List<String> jars(List<String> classpath, String... artifacts) {
    List<String> found = new ArrayList<>();
    for (String artifact : artifacts) {
      boolean any = false;
      for (String entry : classpath) {
        String name = Path.of(entry).getFileName().toString();
        if (name.startsWith(artifact + "-") && Character.isDigit(name.charAt(artifact.length() + 1))) {
          found.add(entry);
          any = true;
        }
      }
      if (!any) {
        throw new IllegalStateException(artifact + " is not on the class path");
      }
    }
    return found;
  }

  @SafeVarargs
  static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String format(List<Double> values) {
    List<String> text = new ArrayList<>();
    for (double value : values) {
      text.add(String.format("%.0f", value));
    }
    return String.join(", ", text);
  }
}
