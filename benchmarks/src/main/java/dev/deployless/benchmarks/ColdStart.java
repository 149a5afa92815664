package dev.deployless.benchmarks;

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
 * Cold start, JVM launch to first API Gateway response, under the AWS Lambda Java runtime interface
 * client against a local Runtime API: the same POST event for every handler, each handler with only
 * the jars it needs, rounds interleaved (the order rotates each round), medians and ratios to the
 * floor printed as a table.
 *
 * <p>Arguments: the class path file written by {@code run.sh}, the classes directory, rounds.
 */
public final class ColdStart {
  /** The JVM options Lambda's Java runtimes use by default. */
  static final List<String> JVM_OPTIONS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC", "-Xshare:auto");

  record Variant(String name, String handler, List<String> jars) {}

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    List<String> dependencies = Arrays.asList(Files.readString(Path.of(args[0])).trim().split(File.pathSeparator));
    String classes = args[1];
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> lambda = jars(dependencies, "aws-lambda-java-core", "aws-lambda-java-runtime-interface-client",
        "aws-lambda-java-serialization");
    List<String> jackson = jars(dependencies, "jackson-databind", "jackson-core", "jackson-annotations");
    List<Variant> variants = List.of(
        new Variant("plain RequestStreamHandler, fixed response (floor)",
            "dev.deployless.benchmarks.floor.FloorHandler::handleRequest", lambda),
        new Variant("stream handler + Jackson databind",
            "dev.deployless.benchmarks.jackson.JacksonStreamHandler::handleRequest", concat(lambda, jackson)),
        new Variant("RequestHandler<APIGatewayProxyRequestEvent> + Jackson",
            "dev.deployless.benchmarks.jackson.JacksonRequestHandler::handleRequest",
            concat(lambda, jackson, jars(dependencies, "aws-lambda-java-events", "joda-time"))),
        new Variant("deployless generated handler",
            "dev.deployless.benchmarks.app.OrdersFunction::handleRequest",
            concat(lambda, jars(dependencies, "deployless-runtime"))));
    byte[] event = Events.createOrder();
    Map<Variant, List<Double>> samples = new LinkedHashMap<>();
    for (Variant variant : variants) {
      samples.put(variant, new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < variants.size(); i++) {
        Variant variant = variants.get((i + round) % variants.size());
        samples.get(variant).add(measure(variant, classes, event));
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

  private static double measure(Variant variant, String classes, byte[] event) throws Exception {
    String classpath = String.join(File.pathSeparator, concat(List.of(classes), variant.jars()));
    Path log = Files.createTempFile("coldstart", ".log");
    try (RuntimeApiServer api = RuntimeApiServer.start()) {
      long started = System.nanoTime();
      try (LambdaProcess process = LambdaProcess.start(classpath, variant.handler(), api, Map.of(),
          JVM_OPTIONS, log)) {
        RuntimeApiServer.Invocation invocation = api.invoke(event).get(60, TimeUnit.SECONDS);
        double millis = (System.nanoTime() - started) / 1e6;
        int status = ProxyResponse.parse(invocation.payload()).status();
        if (invocation.failed() || status != 201) {
          throw new IllegalStateException(variant.name() + " answered " + invocation.text() + "\n"
              + Files.readString(log));
        }
        return millis;
      }
    } finally {
      Files.deleteIfExists(log);
    }
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
