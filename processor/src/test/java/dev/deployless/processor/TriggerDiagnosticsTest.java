package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.SourceDiagnostics.assertOnlyError;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule on triggers (@OnQueue, @OnBucket, @OnTableChange, @OnTopic, @OnEvent), @Sns
 * topics and function links (@Invokes): each asserts the code, the message and the line.
 */
class TriggerDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** The resources the triggers name, declared on a class that is not a feature (so none is linked). */
  private static final JavaFileObject DECLARATIONS = source("com.example.Declarations", """
      package com.example;

      import dev.deployless.annotations.*;

      @Resource(name = "orders", sqs = @Sqs(queueName = "orders"))
      @Resource(name = "lines", sqs = @Sqs(queueName = "lines", fifo = true))
      @Resource(name = "slow", sqs = @Sqs(queueName = "slow", visibilityTimeout = 20))
      @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "users", pk = "id",
          stream = DynamoDb.StreamView.NEW_IMAGE))
      @Resource(name = "plain", dynamoDb = @DynamoDb(tableName = "plain", pk = "id"))
      @Resource(name = "legacy", dynamoDb = @DynamoDb(tableName = "legacy", existing = true))
      @Resource(name = "uploads", s3 = @S3(bucketName = "acme-uploads"))
      @Resource(name = "archive", s3 = @S3(bucketName = "acme-archive", existing = true))
      @Resource(name = "signups", sns = @Sns(topicName = "signups"))
      @Resource(name = "ordered", sns = @Sns(topicName = "ordered", fifo = true))
      public final class Declarations {
        private Declarations() {}
      }
      """);

  /** A feature {@code Workers} with {@code annotations} on the class and {@code body} as members. */
  private static JavaFileObject workers(String annotations, String body) {
    return source("com.example.Workers", """
        package com.example;

        import com.amazonaws.services.lambda.runtime.Context;
        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.*;
        import java.util.*;

        @Feature(name = "workers")
        %s
        public class Workers {
          public record Order(String id) {}
        %s
        }
        """.formatted(annotations, body));
  }

  private Compilation compile(JavaFileObject... sources) {
    JavaFileObject[] all = new JavaFileObject[sources.length + 1];
    all[0] = DECLARATIONS;
    System.arraycopy(sources, 0, all, 1, sources.length);
    return project.compile(all);
  }

  private void assertOnly(String body, String message, String line) {
    JavaFileObject source = workers("", body);
    assertOnlyError(compile(source), source, message, line);
  }

  // ------------------------------------------------------------ signatures (E90)

  @Test
  void triggerTakingAnAwsLambdaEventsClass_isE90NamingTheTypeToUse() {
    assertOnly("  @OnQueue(queue = \"orders\")\n"
        + "  public void fulfil(com.amazonaws.services.lambda.runtime.events.SQSEvent event) {}",
        "[E90] @OnQueue method Workers.fulfil(): parameter 'event' is SQSEvent of aws-lambda-java-events, which"
            + " the Lambda runtime reads with its own Jackson at several times the cold start; take SqsMessage,"
            + " List<SqsMessage> or the type of the message body instead (dev.deployless.runtime.event)",
        "SQSEvent event");
  }

  @Test
  void triggerTakingContextTwice_isE90() {
    assertOnly("  @OnTableChange(table = \"users\")\n"
        + "  public void audit(DynamoDbStreamRecord change, Context a, Context b) {}",
        "[E90] @OnTableChange method Workers.audit(): it takes Context twice", "Context a, Context b");
  }

  @Test
  void triggerParameterThatDoesNotFit_isE90ListingTheForms() {
    assertOnly("  @OnBucket(bucket = \"uploads\", prefix = \"in/\")\n"
        + "  public void scan(S3Notification upload, String extra) {}",
        "[E90] @OnBucket method Workers.scan(): parameter 'extra' (String) does not fit; the method takes"
            + " S3Notification and Context", "String extra");
  }

  @Test
  void bodyThatCannotBeReadFromJson_isE90() {
    assertOnly("  @OnQueue(queue = \"orders\")\n  public void run(Runnable task) {}",
        "[E90] @OnQueue method Workers.run(): the message body parameter 'task' cannot be read from JSON:"
            + " Runnable has no JSON form deployless knows; use a record, a String, a number, a List, a Map or a"
            + " java.time value", "Runnable task");
  }

  @Test
  void triggerWithoutEvent_isE90() {
    assertOnly("  @OnTopic(topic = \"signups\")\n  public void welcome(Context context) {}",
        "[E90] @OnTopic method Workers.welcome() takes no event; it takes the message (a record, a class or"
            + " String), SnsMessage and Context", "public void welcome");
  }

  @Test
  void oneMessageMethodReturningAValue_isE90() {
    assertOnly("  @OnQueue(queue = \"orders\")\n  public String fulfil(Order order) { return order.id(); }",
        "[E90] @OnQueue method Workers.fulfil() returns String; a method handling one message returns void (a"
            + " throw fails the message)", "public String fulfil");
  }

  @Test
  void batchMethodReturningOtherThanIdentifiers_isE90() {
    assertOnly("  @OnQueue(queue = \"orders\")\n  public int fulfilAll(List<SqsMessage> messages) { return 0; }",
        "[E90] @OnQueue method Workers.fulfilAll() returns int; a batch method returns void or a"
            + " Collection<String> of the ids of the messages that failed", "public int fulfilAll");
  }

  @Test
  void eventDetailAsString_isE90() {
    assertOnly("  @OnEvent(source = \"com.example\")\n  public void paid(String detail) {}",
        "[E90] @OnEvent method Workers.paid(): parameter 'detail' (String) does not fit; the method takes the"
            + " detail (a record, a class or Map<String, Object>) or EventBridgeEvent<T>, and Context",
        "String detail");
  }

  // ------------------------------------------------------------ what triggers name

  @Test
  void triggerNamingAnUnknownResource_isE76WithDidYouMean() {
    assertOnly("  @OnQueue(queue = \"ordrs\")\n  public void fulfil(Order order) {}",
        "[E76] @OnQueue names no declared resource 'ordrs' (did you mean 'orders'?)", "queue = \"ordrs\"");
  }

  @Test
  void unknownOnFailureDestination_isE76() {
    assertOnly("  @OnTopic(topic = \"signups\", onFailure = \"failed\")\n  public void welcome(SnsMessage m) {}",
        "[E76] @OnTopic(onFailure) names no declared resource 'failed'; name an SQS queue or SNS topic of the"
            + " application", "onFailure = \"failed\"");
  }

  @Test
  void triggerNamingAResourceOfAnotherType_isE91() {
    assertOnly("  @OnQueue(queue = \"users\")\n  public void fulfil(Order order) {}",
        "[E91] @OnQueue: resource 'users' (DynamoDB table) is not an SQS queue", "queue = \"users\"");
  }

  @Test
  void destinationThatIsNotAQueueOrTopic_isE91() {
    assertOnly("  @OnTableChange(table = \"users\", onFailure = \"uploads\")\n"
        + "  public void audit(DynamoDbStreamRecord change) {}",
        "[E91] @OnTableChange: the onFailure destination 'uploads' (S3 bucket) is not an SQS queue or SNS topic",
        "onFailure = \"uploads\"");
  }

  @Test
  void queueHidingMessagesShorterThanTheTimeout_isE92WithTheNumbers() {
    assertOnly("  @OnQueue(queue = \"slow\", timeout = 60)\n  public void fulfil(Order order) {}",
        "[E92] @OnQueue: queue 'slow' has a visibilityTimeout of 20 seconds, below the 60-second timeout of"
            + " Workers.fulfil(): Lambda rejects the event source mapping; set @Sqs(visibilityTimeout) to at"
            + " least 60 (AWS recommends 360)", "queue = \"slow\"");
  }

  @Test
  void fifoQueueWithMoreThanTenMessages_isE93() {
    assertOnly("  @OnQueue(queue = \"lines\", batchSize = 20)\n  public void record(SqsMessage line) {}",
        "[E93] @OnQueue: queue 'lines' is FIFO, which takes a batchSize of 1-10, got 20", "batchSize = 20");
  }

  @Test
  void fifoQueueWithABatchingWindow_isE93() {
    assertOnly("  @OnQueue(queue = \"lines\", batchingWindow = 5)\n  public void record(SqsMessage line) {}",
        "[E93] @OnQueue: queue 'lines' is FIFO, which has no batching window; remove batchingWindow (5)",
        "batchingWindow = 5");
  }

  @Test
  void fifoTopic_isE93() {
    assertOnly("  @OnTopic(topic = \"ordered\")\n  public void welcome(SnsMessage message) {}",
        "[E93] @OnTopic: topic 'ordered' is FIFO, and only SQS queues can subscribe to a FIFO topic; subscribe a"
            + " FIFO queue to it and trigger on the queue", "topic = \"ordered\"");
  }

  @Test
  void fifoDestination_isE93() {
    assertOnly("  @OnBucket(bucket = \"uploads\", prefix = \"in/\", onFailure = \"lines\")\n"
        + "  public void scan(S3Notification upload) {}",
        "[E93] @OnBucket: the onFailure destination 'lines' is FIFO; Lambda sends failures to standard queues and"
            + " topics only", "onFailure = \"lines\"");
  }

  @Test
  void tableWithoutStream_isE94NamingTheAttribute() {
    assertOnly("  @OnTableChange(table = \"plain\")\n  public void audit(DynamoDbStreamRecord change) {}",
        "[E94] @OnTableChange: table 'plain' has no stream; set stream = NEW_AND_OLD_IMAGES (or NEW_IMAGE,"
            + " OLD_IMAGE, KEYS_ONLY) in its @DynamoDb declaration", "table = \"plain\"");
  }

  @Test
  void existingBucket_isE95() {
    assertOnly("  @OnBucket(bucket = \"archive\", prefix = \"in/\")\n  public void scan(S3Notification upload) {}",
        "[E95] @OnBucket: bucket 'archive' is existing; S3 notifications are configured on the bucket resource,"
            + " so the application must create it (remove existing = true)", "bucket = \"archive\"");
  }

  @Test
  void existingTable_isE95() {
    assertOnly("  @OnTableChange(table = \"legacy\")\n  public void audit(DynamoDbStreamRecord change) {}",
        "[E95] @OnTableChange: table 'legacy' is existing; the ARN of its stream is only known for a table the"
            + " application creates (remove existing = true)", "table = \"legacy\"");
  }

  // ------------------------------------------------------------ settings (E96, E97)

  @Test
  void batchSizeOutOfRange_isE96() {
    assertOnly("  @OnTableChange(table = \"users\", batchSize = 0)\n"
        + "  public void audit(DynamoDbStreamRecord change) {}",
        "[E96] @OnTableChange: batchSize must be 1-10000, got 0", "batchSize = 0");
  }

  @Test
  void maxConcurrencyOfOne_isE96() {
    assertOnly("  @OnQueue(queue = \"orders\", maxConcurrency = 1)\n  public void fulfil(Order order) {}",
        "[E96] @OnQueue: maxConcurrency must be -1 (unset) or 2-1000, got 1", "maxConcurrency = 1");
  }

  @Test
  void asynchronousRetriesOutOfRange_isE96() {
    assertOnly("  @OnTopic(topic = \"signups\", maxRetries = 3)\n  public void welcome(SnsMessage message) {}",
        "[E96] @OnTopic: maxRetries must be -1 (unset) or 0-2, got 3", "maxRetries = 3");
  }

  @Test
  void largeBatchWithoutWindow_isE96() {
    assertOnly("  @OnQueue(queue = \"orders\", batchSize = 100)\n  public void fulfil(Order order) {}",
        "[E96] @OnQueue: a batchSize above 10 (100) needs a batchingWindow of at least 1 second", "batchSize = 100");
  }

  @Test
  void bucketTriggerWithoutEvents_isE96() {
    assertOnly("  @OnBucket(bucket = \"uploads\", prefix = \"in/\", events = {})\n"
        + "  public void scan(S3Notification upload) {}",
        "[E96] @OnBucket: events is empty; give at least one event type", "events = {}");
  }

  @Test
  void invalidBusName_isE96() {
    assertOnly("  @OnEvent(bus = \"my bus\", source = \"com.example\")\n  public void paid(Order detail) {}",
        "[E96] @OnEvent: bus 'my bus' is not an event bus name (letters, digits, '.', '-', '_', '/') or ARN",
        "bus = \"my bus\"");
  }

  @Test
  void filterThatIsNotJson_isE97() {
    assertOnly("  @OnQueue(queue = \"orders\", filters = \"body.type = order\")\n  public void fulfil(Order order) {}",
        "[E97] @OnQueue: filters is not a JSON object:", "filters = \"body.type = order\"");
  }

  @Test
  void filterPolicyThatIsNotAnObject_isE97() {
    assertOnly("  @OnTopic(topic = \"signups\", filterPolicy = \"[1]\")\n  public void welcome(SnsMessage message) {}",
        "[E97] @OnTopic: filterPolicy is not a JSON object: expected an object at $ but found an array",
        "filterPolicy = \"[1]\"");
  }

  @Test
  void patternRepeatingSource_isE97() {
    assertOnly("  @OnEvent(source = \"com.example\", pattern = \"{\\\"source\\\": [\\\"other\\\"]}\")\n"
        + "  public void paid(Order detail) {}",
        "[E97] @OnEvent: pattern repeats 'source', which source sets; keep one", "pattern = ");
  }

  @Test
  void ruleWithoutPattern_isE97() {
    assertOnly("  @OnEvent\n  public void paid(Order detail) {}",
        "[E97] @OnEvent matches no event pattern: set source, detailType or pattern", "@OnEvent");
  }

  @Test
  void ruleWithAnEmptyPattern_isE97() {
    assertOnly("  @OnEvent(pattern = \"{}\")\n  public void paid(Order detail) {}",
        "[E97] @OnEvent matches no event pattern: set source, detailType or pattern", "@OnEvent");
  }

  @Test
  void bucketTriggerOnABucketTheFunctionWrites_isW08() {
    JavaFileObject source = workers("@Resource(name = \"uploads\")",
        "  @OnBucket(bucket = \"uploads\")\n  public void scan(S3Notification upload) {}");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W08] @OnBucket: Workers.scan() can write to bucket 'uploads',"
        + " which triggers it on every key: each object it writes invokes it again, forever; filter the trigger"
        + " with prefix or suffix and write elsewhere").inFile(source).onLineContaining("bucket = \"uploads\")");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void filteredBucketTriggerOrReadAccess_isNoWarning() {
    JavaFileObject filtered = workers("@Resource(name = \"uploads\")",
        "  @OnBucket(bucket = \"uploads\", prefix = \"incoming/\")\n  public void scan(S3Notification upload) {}");
    assertThat(compile(filtered)).succeededWithoutWarnings();
    JavaFileObject reading = workers("@Resource(name = \"uploads\", access = Access.READ)",
        "  @OnBucket(bucket = \"uploads\")\n  public void scan(S3Notification upload) {}");
    assertThat(project.compile(DECLARATIONS, reading)).succeededWithoutWarnings();
  }

  @Test
  void dlqOnAFeatureOfAsynchronousTriggers_isNoW05() {
    JavaFileObject source = source("com.example.Workers", """
        package com.example;

        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.*;

        @Feature(dlq = true)
        public class Workers {
          @OnTopic(topic = "signups")
          public void welcome(SnsMessage message) {}
        }
        """);
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  // ------------------------------------------------------------ function kinds

  @Test
  void routeAndTrigger_isE71() {
    assertOnly("  @Route @OnQueue(queue = \"orders\")\n  public void fulfil(@Body Order order) {}",
        "[E71] Workers.fulfil() has @Route, @OnQueue; a method is one kind of function: keep one",
        "public void fulfil");
  }

  @Test
  void triggerOutsideAFeature_isE51() {
    JavaFileObject source = source("com.example.Helper", """
        package com.example;

        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.*;

        public class Helper {
          @OnQueue(queue = "orders")
          public void fulfil(SqsMessage message) {}
        }
        """);
    assertOnlyError(compile(source), source,
        "[E51] @OnQueue method Helper.fulfil() is in Helper, which is not annotated @Feature", "@OnQueue");
  }

  @Test
  void fifoTopicWithoutFifoDeduplication_isE00() {
    JavaFileObject source = source("com.example.Topics", """
        package com.example;

        import dev.deployless.annotations.*;

        @Resource(name = "news", sns = @Sns(topicName = "news", contentBasedDeduplication = true))
        public final class Topics {}
        """);
    assertOnlyError(project.compile(source), source,
        "[E00] SNS topic 'news': contentBasedDeduplication applies to FIFO topics only",
        "contentBasedDeduplication = true");
  }

  @Test
  void invalidTopicName_isE00() {
    JavaFileObject source = source("com.example.Topics", """
        package com.example;

        import dev.deployless.annotations.*;

        @Resource(name = "news", sns = @Sns(topicName = "news.today"))
        public final class Topics {}
        """);
    assertOnlyError(project.compile(source), source, "[E00] SNS topic 'news': a topic name has 1-256 letters,"
        + " digits, '-' and '_' ('.fifo' is added for fifo = true)", "topicName = \"news.today\"");
  }
}
