package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event-driven application with a trigger of every source, an SNS topic and function links: the
 * template and the generated handlers and resources class against golden files, the template
 * judged by cfn-lint and the SAM translator, and least privilege checked on the template the SAM
 * translator makes of it (what CloudFormation deploys): each role holds exactly the permissions
 * of its function's triggers, links and resources, and no managed policy but basic logging.
 */
class TriggerGoldenTest {
  @TempDir Path dir;

  static final JavaFileObject SHARED = source("com.example.orders.QueueDeclarations", """
      package com.example.orders;

      import dev.deployless.annotations.*;

      @Resource(name = "failures", sqs = @Sqs(queueName = "order-failures"))
      @Resource(name = "audit-lines", sqs = @Sqs(queueName = "audit-lines", fifo = true, visibilityTimeout = 60))
      public final class QueueDeclarations {
        private QueueDeclarations() {}
      }
      """);

  static final JavaFileObject ORDERS = source("com.example.orders.OrderController", """
      package com.example.orders;

      import dev.deployless.annotations.*;
      import dev.deployless.runtime.Response;

      @Feature(name = "orders", basePath = "/orders")
      @Resource(name = "orders", access = Access.SEND,
          sqs = @Sqs(queueName = "orders", dlq = true, visibilityTimeout = 180))
      @Resource(name = "orderTable", dynamoDb = @DynamoDb(tableName = "orders", pk = "id",
          stream = DynamoDb.StreamView.NEW_AND_OLD_IMAGES))
      @Resource(name = "order-events", access = Access.PUBLISH, sns = @Sns(topicName = "order-events"))
      @Invokes("generateInvoice")
      public class OrderController {
        public record Order(String id, int quantity) {}

        public OrderController(OrdersResources resources) {}

        @Route(method = HttpMethod.POST)
        public Response<Order> place(@Body Order order) {
          return Response.created(order);
        }
      }
      """);

  static final JavaFileObject WORKERS = source("com.example.orders.OrderWorkers", """
      package com.example.orders;

      import com.amazonaws.services.lambda.runtime.Context;
      import dev.deployless.annotations.*;
      import dev.deployless.runtime.event.*;
      import java.math.BigDecimal;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;

      @Feature(name = "order-workers", timeout = 60)
      @Resource(name = "receipts", access = Access.READ, s3 = @S3(bucketName = "acme-receipts"))
      public class OrderWorkers {
        public record Order(String id, int quantity) {}
        public record OrderCancelled(String orderId, String reason) {}
        public record InvoicePaid(String invoiceId, BigDecimal amount) {}
        public record InvoiceRequest(String orderId) {}

        public OrderWorkers(OrderWorkersResources resources) {}

        @OnQueue(queue = "orders", batchSize = 50, batchingWindow = 5, maxConcurrency = 20, timeout = 30,
            filters = "{\\"body\\": {\\"quantity\\": [{\\"numeric\\": [\\">\\", 0]}]}}")
        @Invokes("generateInvoice")
        public void fulfil(Order order, SqsMessage message, Context context) {}

        @OnQueue(queue = "audit-lines")
        public List<String> record(List<SqsMessage> lines) {
          return new ArrayList<>();
        }

        @OnBucket(bucket = "receipts", prefix = "incoming/", suffix = ".pdf", onFailure = "failures",
            maxRetries = 1, maxEventAge = 3600)
        public void archive(S3Notification upload) {}

        @OnTableChange(table = "orderTable", maxRetries = 5, bisectOnError = true, onFailure = "failures",
            maxRecordAge = 3600, filters = "{\\"eventName\\": [\\"INSERT\\", \\"MODIFY\\"]}")
        public void audit(DynamoDbStreamRecord change, Context context) {}

        @OnTopic(topic = "order-events", filterPolicy = "{\\"type\\": [\\"cancelled\\"]}",
            filterScope = OnTopic.FilterScope.MESSAGE_BODY)
        public void refund(OrderCancelled cancelled) {}

        @OnEvent(source = "com.example.billing", detailType = "InvoicePaid",
            pattern = "{\\"detail\\": {\\"amount\\": [{\\"numeric\\": [\\">\\", 1000]}]}}")
        public void review(EventBridgeEvent<InvoicePaid> event) {}

        @OnEvent(bus = "partner-events", source = "com.partner", enabled = false)
        public void sync(Map<String, Object> detail) {}

        @LambdaFunction(timeout = 120)
        public void generateInvoice(InvoiceRequest request) {}
      }
      """);

  @Test
  void everyTrigger(TestInfo test) throws IOException {
    TestProject project = new TestProject(dir).config("name: shop\n")
        .option("-Adeployless.codeUri=target/shop.jar");
    Compilation compilation = project.compile(SHARED, ORDERS, WORKERS);
    assertThat(compilation).succeededWithoutWarnings();
    String method = test.getTestMethod().orElseThrow().getName();
    Goldens.assertMatches(getClass(), method, "template.yaml", project.templateText());
    for (String handler : List.of("FulfilFunction", "RecordFunction", "ArchiveFunction", "AuditFunction",
        "RefundFunction", "ReviewFunction", "SyncFunction", "OrderWorkersResources")) {
      Goldens.assertMatches(getClass(), method, handler + ".java",
          GoldenTest.generated(compilation, "com.example.orders." + handler));
    }
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
  }

  @Test
  void verboseSummaryListsTheTriggeredFunctions() {
    TestProject project = new TestProject(dir).config("name: shop\n").option("-Adeployless.verbose=true");
    Compilation compilation = project.compile(SHARED, ORDERS, WORKERS);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[deployless] Triggered functions: fulfil (@OnQueue orders), record"
        + " (@OnQueue audit-lines), archive (@OnBucket receipts), audit (@OnTableChange orderTable), refund"
        + " (@OnTopic order-events), review (@OnEvent), sync (@OnEvent)");
    assertThat(compilation).hadNoteContaining("[deployless] Lambda functions: generateInvoice");
  }

  /**
   * Least privilege on what CloudFormation deploys: no role gets a managed policy but basic
   * logging (SAM's SQS and DynamoDB events would add account-wide ones), no statement is on "*",
   * each function receives from exactly the queues it is triggered by and reads exactly the streams
   * it is triggered by, invokes exactly the functions it links, and reaches nothing else.
   */
  @Test
  void everyRoleHoldsExactlyItsTriggersLinksAndResources() {
    TestProject project = new TestProject(dir).config("name: shop\n");
    assertThat(project.compile(SHARED, ORDERS, WORKERS)).succeededWithoutWarnings();
    Map<String, Object> resources = translatedResources(project.template());
    String queues = "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:";
    String receipts = "arn:${AWS::Partition}:s3:::acme-receipts";
    Set<String> worker = Set.of(receipts, receipts + "/*");
    Map<String, Set<String>> reach = new TreeMap<>();
    reach.put("OrdersFunction", Set.of(queues + "{OrdersQueue.QueueName}",
        "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:{OrderEventsTopic.TopicName}",
        "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/{OrdersTable}",
        "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/{OrdersTable}/index/*",
        "{GenerateInvoiceFunction.Arn}", "${GenerateInvoiceFunction.Arn}:*"));
    reach.put("FulfilFunction", union(worker, Set.of(queues + "{OrdersQueue.QueueName}",
        "{GenerateInvoiceFunction.Arn}", "${GenerateInvoiceFunction.Arn}:*")));
    reach.put("RecordFunction", union(worker, Set.of(queues + "{AuditLinesQueue.QueueName}")));
    reach.put("ArchiveFunction", union(worker, Set.of("{OrderFailuresQueue.Arn}")));
    reach.put("AuditFunction", union(worker, Set.of("{OrdersTable.StreamArn}",
        "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${OrdersTable}/stream/*",
        queues + "{OrderFailuresQueue.QueueName}")));
    for (String function : List.of("RefundFunction", "ReviewFunction", "SyncFunction", "GenerateInvoiceFunction")) {
      reach.put(function, worker);
    }
    Map<String, Set<String>> receives = new TreeMap<>();
    Map<String, Set<String>> streams = new TreeMap<>();
    Map<String, Set<String>> invokes = new TreeMap<>();
    for (Map.Entry<String, Set<String>> function : reach.entrySet()) {
      Map<?, ?> role = properties(resources.get(function.getKey() + "Role"));
      assertEquals(List.of("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
          role.get("ManagedPolicyArns"), function.getKey() + "'s managed policies");
      Map<String, Set<String>> permissions = Permissions.of(role.get("Policies"));
      assertEquals(function.getValue(), permissions.keySet(), function.getKey() + " reaches");
      receives.put(function.getKey(), Permissions.allowing(permissions, "sqs:ReceiveMessage"));
      streams.put(function.getKey(), Permissions.allowing(permissions, "dynamodb:GetRecords"));
      invokes.put(function.getKey(), Permissions.allowing(permissions, "lambda:InvokeFunction"));
    }
    Map<String, Set<String>> expectedReceives = new TreeMap<>();
    Map<String, Set<String>> expectedStreams = new TreeMap<>();
    Map<String, Set<String>> expectedInvokes = new TreeMap<>();
    for (String function : reach.keySet()) {
      expectedReceives.put(function, Set.of());
      expectedStreams.put(function, Set.of());
      expectedInvokes.put(function, Set.of());
    }
    expectedReceives.put("FulfilFunction", Set.of(queues + "{OrdersQueue.QueueName}"));
    expectedReceives.put("RecordFunction", Set.of(queues + "{AuditLinesQueue.QueueName}"));
    expectedStreams.put("AuditFunction", Set.of("{OrdersTable.StreamArn}"));
    Set<String> generateInvoice = Set.of("{GenerateInvoiceFunction.Arn}", "${GenerateInvoiceFunction.Arn}:*");
    expectedInvokes.put("OrdersFunction", generateInvoice);
    expectedInvokes.put("FulfilFunction", generateInvoice);
    assertEquals(expectedReceives, receives, "the queues each function receives from");
    assertEquals(expectedStreams, streams, "the streams each function reads");
    assertEquals(expectedInvokes, invokes, "the functions each function invokes");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> translatedResources(Path template) {
    Map<String, Object> translated = JsonReader.of(SamTranslator.transform(template)).readObject();
    return (Map<String, Object>) translated.get("Resources");
  }

  static Map<?, ?> properties(Object resource) {
    return (Map<?, ?>) ((Map<?, ?>) resource).get("Properties");
  }
}
