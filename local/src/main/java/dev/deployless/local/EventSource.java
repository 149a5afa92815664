package dev.deployless.local;

import dev.deployless.local.aws.AwsClient;
import dev.deployless.local.aws.Template;
import dev.deployless.runtime.json.JsonReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A source of events that invokes a function of the application, as a Lambda event source mapping
 * does: it polls the emulator on a thread of its own and invokes the function (of the version served
 * at that moment) with batches of records. {@link #of} finds the sources a template declares, as
 * {@code AWS::Lambda::EventSourceMapping} resources or SAM {@code SQS} and {@code DynamoDB}
 * events: SQS queues ({@link SqsPoller}) and DynamoDB streams ({@link StreamPoller}).
 */
abstract class EventSource implements AutoCloseable {
  final String function;
  final int batchSize;
  final boolean partialFailures;
  final AwsClient aws;
  final Supplier<LocalApp> app;
  final RequestLog log;
  private final Thread thread;
  volatile boolean running = true;

  EventSource(String function, int batchSize, boolean partialFailures, AwsClient aws,
      Supplier<LocalApp> app, RequestLog log, String name) {
    this.function = function;
    this.batchSize = batchSize;
    this.partialFailures = partialFailures;
    this.aws = aws;
    this.app = app;
    this.log = log;
    this.thread = new Thread(this::loop, "deployless-" + name);
    thread.setDaemon(true);
  }

  /** One line for the start-up banner: the source, the function, the batch. */
  abstract String describe();

  /** Polls once and delivers what it got; answers whether there was anything. */
  abstract boolean poll() throws Exception;

  void start() {
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        if (!poll()) {
          Thread.sleep(250);
        }
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        if (!running) {
          return;
        }
        System.err.println("[deployless local] " + describe() + ": " + e.getMessage());
        try {
          Thread.sleep(2000);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /**
   * Invokes the function with {@code event}; answers the identifiers of the records that failed
   * (every record's when the invocation failed, or when its partial-failure answer is invalid).
   */
  Set<String> deliver(String source, String event, List<String> identifiers) {
    LocalFunction target = app.get().function(function);
    if (target == null) {
      return new HashSet<>(identifiers);
    }
    long start = System.nanoTime();
    Gateway.Outcome outcome = Gateway.Outcome.of(target, event.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Set<String> failed = new HashSet<>();
    String error = outcome.error;
    if (error != null) {
      failed.addAll(identifiers);
    } else if (partialFailures) {
      try {
        Object answer = outcome.body.length == 0 ? null : new JsonReader(outcome.body).readAny();
        Object failures = answer instanceof Map<?, ?> map ? map.get("batchItemFailures") : null;
        for (Object item : Template.list(failures)) {
          Object id = item instanceof Map<?, ?> failure ? failure.get("itemIdentifier") : null;
          if (id == null || !identifiers.contains(id.toString())) {
            throw new IllegalArgumentException("itemIdentifier " + id + " is not in the batch");
          }
          failed.add(id.toString());
        }
      } catch (RuntimeException e) {
        // Lambda treats an invalid partial-failure answer as the whole batch failing.
        failed.addAll(identifiers);
        error = "invalid batchItemFailures answer: " + e.getMessage();
      }
      if (error == null && !failed.isEmpty()) {
        error = failed.size() + " of " + identifiers.size() + " records failed";
      }
    }
    log.invocation(source + " (" + identifiers.size() + ")", function, error, start);
    return failed;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  /**
   * The event sources of {@code template} whose source is an emulated queue or stream, with their
   * ARNs resolved through {@code resolve}.
   */
  static List<EventSource> of(Template template, java.util.function.Function<Object, String> resolve,
      Map<String, Map<String, String>> created, AwsClient aws, Supplier<LocalApp> app, RequestLog log) {
    List<EventSource> sources = new ArrayList<>();
    template.resources().forEach((id, resource) -> {
      if ("AWS::Lambda::EventSourceMapping".equals(resource.get("Type"))) {
        Map<String, Object> properties = template.properties(id);
        String function = resolve.apply(properties.get("FunctionName"));
        add(sources, function, resolve.apply(properties.get("EventSourceArn")), properties, created,
            aws, app, log);
      }
    });
    for (Template.Event event : template.events()) {
      if ("SQS".equals(event.type()) || "DynamoDB".equals(event.type())) {
        Object arn = event.properties().get("SQS".equals(event.type()) ? "Queue" : "Stream");
        add(sources, event.function(), resolve.apply(arn), event.properties(), created, aws, app, log);
      }
    }
    return sources;
  }

  private static void add(List<EventSource> sources, String function, String arn,
      Map<String, Object> properties, Map<String, Map<String, String>> created, AwsClient aws,
      Supplier<LocalApp> app, RequestLog log) {
    if (function == null || arn == null) {
      return;
    }
    boolean partial = Template.list(properties.get("FunctionResponseTypes"))
        .contains("ReportBatchItemFailures");
    Object batch = properties.get("BatchSize");
    for (Map<String, String> attributes : created.values()) {
      if (arn.equals(attributes.get("Arn")) && attributes.containsKey("QueueUrl")) {
        sources.add(new SqsPoller(function, attributes.get("QueueUrl"), arn,
            batch == null ? 10 : Integer.parseInt(batch.toString()), partial, aws, app, log));
      } else if (arn.equals(attributes.get("StreamArn"))) {
        sources.add(new StreamPoller(function, arn, batch == null ? 100
            : Integer.parseInt(batch.toString()), partial,
            "LATEST".equals(properties.get("StartingPosition")), aws, app, log));
      }
    }
  }
}
