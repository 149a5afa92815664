package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing template.yaml keeps what the user added; deployless updates only what it marked. */
class TemplateMergeTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir).config("name: shop\n");
  }

  private static JavaFileObject orders(String annotation) {
    return source("com.example.OrderController", """
        package com.example;

        import dev.deployless.annotations.*;

        %s
        public class OrderController {
          @Route(path = "/orders")
          public String list() { return "[]"; }
        }
        """.formatted(annotation));
  }

  private static final JavaFileObject BILLING = source("com.example.BillingController", """
      package com.example;

      import dev.deployless.annotations.*;

      @Feature
      public class BillingController {
        @Route(path = "/invoices")
        public String invoices() { return "[]"; }
      }
      """);

  /** The template a first compile wrote, edited the way a user would. */
  private void editTemplate() throws Exception {
    String template = project.templateText();
    template = template.replace("Resources:\n", """
        Parameters:
          VpcSubnet:
            Type: String
        Resources:
          OrdersQueue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub '${AWS::StackName}-orders'
        """);
    template = template.replace("""
              Handler: com.example.OrderFunction::handleRequest
        """, """
              Handler: com.example.OrderFunction::handleRequest
              ReservedConcurrentExecutions: 3
              Policies:
                - SQSPollerPolicy:
                    QueueName: !GetAtt OrdersQueue.QueueName
        """);
    template = template.replace("      Events:\n        List:\n", "      Events:\n"
        + "        Queue:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt OrdersQueue.Arn\n"
        + "        List:\n");
    template = template.replace("Outputs:\n", """
        Outputs:
          QueueUrl:
            Value: !Ref OrdersQueue
        """);
    Files.writeString(project.template(), template);
  }

  /** The lines of resource {@code id} in {@code template}. */
  private static String resource(String template, String id) {
    StringBuilder block = new StringBuilder();
    boolean inside = false;
    for (String line : template.split("\n")) {
      if (line.equals("  " + id + ":")) {
        inside = true;
      } else if (inside && (line.matches("  \\S.*") || line.matches("\\S.*"))) {
        break;
      }
      if (inside) {
        block.append(line).append('\n');
      }
    }
    return block.toString();
  }

  @Test
  void handAddedResourcesPropertiesEventsAndSectionsSurviveARecompile() throws Exception {
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    editTemplate();
    assertThat(project.compile(orders("@Feature(memory = 1024)"), BILLING)).succeeded();
    String template = project.templateText();
    assertTrue(template.contains("  VpcSubnet:\n    Type: String\n"), template);
    assertTrue(template.contains("QueueName: !Sub ${AWS::StackName}-orders"), template);
    assertTrue(template.contains("QueueName: !GetAtt OrdersQueue.QueueName"), template);
    assertTrue(template.contains("Queue: !GetAtt OrdersQueue.Arn"), template);
    assertTrue(template.contains("Value: !Ref OrdersQueue"), template);
    assertTrue(template.contains("MemorySize: 1024"), template);
    assertFalse(template.contains("ReservedConcurrentExecutions"), "managed property stays managed:\n" + template);
    CfnLint.assertClean(project.template());
  }

  @Test
  void policiesOfRemovedResourcesGoAndHandAddedPoliciesStay() throws Exception {
    JavaFileObject withTable = orders("@Feature\n@Resource(name = \"orders\", dynamoDb = @DynamoDb(tableName = \"orders\"))");
    assertThat(project.compile(withTable, BILLING)).succeeded();
    String template = project.templateText();
    assertTrue(template.contains("GeneratedPolicies: 1"), template);
    String policy = "        - DynamoDBCrudPolicy:\n            TableName:\n              Ref: OrdersTable\n";
    assertTrue(template.contains(policy), template);
    Files.writeString(project.template(), template.replace(policy, policy + "        - AWSXrayWriteOnlyAccess\n"));
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    String without = project.templateText();
    assertFalse(without.contains("DynamoDBCrudPolicy"), "the removed table's policy is gone:\n" + without);
    assertFalse(without.contains("GeneratedPolicies"), without);
    assertTrue(without.contains("Policies:\n        - AWSXrayWriteOnlyAccess\n"), without);
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    assertEquals(without, project.templateText());
  }

  @Test
  void keysPlansAuthAndDomainFollowTheYamlAndHandEditsStay() throws Exception {
    String plans = "name: shop\napi:\n  usage_plans:\n    premium: {rate: 10, burst: 20}\n    free: {rate: 1, burst: 2}\n";
    project.config(plans + "  api_keys:\n    - {name: client-a, plan: premium}\n    - {name: client-b, plan: free}\n"
        + "  auth:\n    type: iam\n  domain:\n    domain_name: api.shop.example.com\n");
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    String template = project.templateText();
    assertTrue(template.contains("  ApiKeyClientA:\n") && template.contains("  ApiCertificate:\n"), template);
    Files.writeString(project.template(), template
        .replace("      StageName: shop\n", "      StageName: shop\n      TracingEnabled: true\n")
        .replace("Outputs:\n", "Outputs:\n  KeyOfPartner:\n    Value: partner-key\n")
        .replace("      StageName: dev\n", "      StageName: dev\n      TracingEnabled: true\n"));

    // client-a deleted, client-b revoked, no auth and no domain any more
    project.config(plans + "  api_keys:\n    - {name: client-b, plan: free, enabled: false}\n");
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    String after = project.templateText();
    assertFalse(after.contains("ClientA"), "the deleted key, its plan membership and output go:\n" + after);
    assertTrue(after.contains("  ApiKeyClientB:\n"), after);
    assertTrue(resource(after, "ApiKeyClientB").contains("Enabled: false"), after);
    assertTrue(after.contains("  UsagePlanPremium:\n"), "a plan stays while usage_plans names it:\n" + after);
    assertFalse(after.contains("ApiCertificate") || after.contains("Domain:") || after.contains("AWS_IAM"), after);
    assertTrue(resource(after, "Api").contains("TracingEnabled: true"), "a hand-added Api property stays:\n" + after);
    assertTrue(after.contains("KeyOfPartner"), after);
    assertTrue(after.contains("ApiKeyIdClientB"), after);
    CfnLint.assertClean(project.template());
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    assertEquals(after, project.templateText(), "merging is stable");
  }

  @Test
  void mergingIsStable() throws Exception {
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    editTemplate();
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    String once = project.templateText();
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    assertEquals(once, project.templateText());
  }

  @Test
  void resourcesOfRemovedFeaturesAreRemoved() throws Exception {
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    editTemplate();
    assertThat(project.compile(BILLING)).succeeded();
    String template = project.templateText();
    assertFalse(template.contains("OrderFunction"), template);
    assertTrue(template.contains("BillingFunction:"), template);
    assertTrue(template.contains("OrdersQueue:"), template);
  }

  @Test
  void aResourceWithoutTheMarkIsTheUsersAndNeverOverwritten() throws Exception {
    assertThat(project.compile(orders("@Feature"), BILLING)).succeeded();
    String template = project.templateText();
    int start = template.indexOf("  BillingFunction:\n");
    int mark = template.indexOf("      GeneratedBy: deployless\n", start);
    String takenOver = template.substring(0, mark)
        + template.substring(mark + "      GeneratedBy: deployless\n".length())
            .replaceFirst("Handler: com.example.BillingFunction::handleRequest",
                "Handler: com.example.BillingFunction::handleRequest\n      Timeout: 5");
    Files.writeString(project.template(), takenOver);
    assertThat(project.compile(orders("@Feature"),
        source("com.example.BillingController", """
            package com.example;

            import dev.deployless.annotations.*;

            @Feature(memory = 2048)
            public class BillingController {
              @Route(path = "/invoices")
              public String invoices() { return "[]"; }
            }
            """))).succeeded();
    String billing = resource(project.templateText(), "BillingFunction");
    assertTrue(billing.contains("Timeout: 5"), billing);
    assertFalse(billing.contains("2048"), billing);
    assertFalse(billing.contains("GeneratedBy"), billing);
  }

  private static JavaFileObject workers(String triggers) {
    return source("com.example.Workers", """
        package com.example;

        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.*;

        @Feature
        @Resource(name = "uploads", access = Access.READ, s3 = @S3(bucketName = "shop-uploads"))
        @Resource(name = "jobs", sqs = @Sqs(queueName = "jobs"))
        @Resource(name = "failures", sqs = @Sqs(queueName = "failures"))
        public class Workers {
          %s
          @LambdaFunction public void task() {}
        }
        """.formatted(triggers));
  }

  @Test
  void eventsMappingsAndInvokeConfigsOfRemovedTriggersGo() throws Exception {
    assertThat(project.compile(workers("""
        @OnBucket(bucket = "uploads", prefix = "in/", onFailure = "failures")
          public void scan(S3Notification upload) {}
          @OnQueue(queue = "jobs", maxConcurrency = 5) public void run(SqsMessage message) {}
        """))).succeeded();
    String before = project.templateText();
    assertTrue(before.contains("EventInvokeConfig:") && before.contains("RunFunctionEventSourceMapping:")
        && before.contains("MaximumConcurrency: 5"), before);
    assertThat(project.compile(workers("""
        @OnBucket(bucket = "uploads", prefix = "in/")
          public void scan(S3Notification upload) {}
          @OnQueue(queue = "jobs") public void run(SqsMessage message) {}
        """))).succeeded();
    String edited = project.templateText();
    assertFalse(edited.contains("EventInvokeConfig:"), edited);
    assertFalse(edited.contains("MaximumConcurrency"), edited);
    assertThat(project.compile(workers(""))).succeeded();
    String after = project.templateText();
    assertFalse(after.contains("Type: S3"), after);
    assertFalse(after.contains("EventSourceMapping"), after);
    assertTrue(after.contains("ShopUploadsBucket:"), after);
    CfnLint.assertClean(project.template());
  }

  private static JavaFileObject users(String deployment) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;
        import java.util.Map;

        @Feature(name = "users"%s)
        public class UserController {
          @Route(path = "/users")
          public String list() { return "[]"; }

          @LambdaFunction
          public void checkUsers(Map<String, Object> event) {}
        }
        """.formatted(deployment));
  }

  @Test
  void deploymentPreferenceHookNameAndAlarmActionsGoWithTheirSettings() throws Exception {
    project.config("name: shop\nalarms:\n  sns_topic_arn: arn:aws:sns:eu-west-1:123456789012:alerts\n");
    assertThat(project.compile(users(", deployment = @Deployment(preTraffic = \"checkUsers\")"))).succeeded();
    String before = project.templateText();
    assertTrue(resource(before, "UsersFunction").contains("DeploymentPreference:"), before);
    assertTrue(resource(before, "CheckUsersFunction").contains("FunctionName: CodeDeployHook_"), before);
    assertTrue(resource(before, "UsersFunctionErrorsAlarm").contains("AlarmActions:"), before);

    // No @Deployment (so no hook) and alarms without a topic
    project.config("name: shop\nalarms: true\n");
    assertThat(project.compile(users(""))).succeeded();
    String after = project.templateText();
    String function = resource(after, "UsersFunction");
    assertFalse(function.contains("AutoPublishAlias") || function.contains("DeploymentPreference"),
        "SAM rejects a DeploymentPreference without AutoPublishAlias:\n" + after);
    assertFalse(resource(after, "CheckUsersFunction").contains("FunctionName"), "no longer a hook:\n" + after);
    String alarm = resource(after, "UsersFunctionErrorsAlarm");
    assertTrue(alarm.contains("Type: AWS::CloudWatch::Alarm"), after);
    assertFalse(alarm.contains("AlarmActions") || alarm.contains("OKActions") || alarm.contains("Resource"),
        "no topic, no alias dimension:\n" + after);
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
    assertThat(project.compile(users(""))).succeeded();
    assertEquals(after, project.templateText(), "merging is stable");
  }

  @Test
  void quotaTagsAndCreatedCertificateGoWithTheirSettings() throws Exception {
    project.config("name: shop\ntags:\n  team: core\napi:\n  api_keys: true\n"
        + "  usage_plan: {rate: 1, burst: 2, quota: 100, period: DAY}\n"
        + "  domain:\n    domain_name: api.shop.example.com\n");
    assertThat(project.compile(orders("@Feature"))).succeeded();
    String before = project.templateText();
    assertTrue(resource(before, "UsagePlan").contains("Quota:") && resource(before, "UsagePlan").contains("Tags:"),
        before);
    assertTrue(resource(before, "ApiKey").contains("Tags:") && resource(before, "ApiCertificate").contains("Tags:"),
        before);

    // No tags, no quota, an existing certificate
    project.config("name: shop\napi:\n  api_keys: true\n  usage_plan: {rate: 1, burst: 2}\n"
        + "  domain:\n    domain_name: api.shop.example.com\n"
        + "    certificate_arn: arn:aws:acm:us-east-1:123456789012:certificate/abc\n");
    assertThat(project.compile(orders("@Feature"))).succeeded();
    String after = project.templateText();
    assertFalse(resource(after, "UsagePlan").contains("Quota") || resource(after, "UsagePlan").contains("Tags"),
        after);
    assertTrue(resource(after, "UsagePlan").contains("Throttle:"), after);
    assertFalse(resource(after, "ApiKey").contains("Tags"), after);
    assertFalse(after.contains("ApiCertificate"), after);
    assertTrue(resource(after, "Api").contains("CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc"),
        after);

    // No throttle either: the plan is the unthrottled default
    project.config("name: shop\napi:\n  api_keys: true\n");
    assertThat(project.compile(orders("@Feature"))).succeeded();
    String bare = project.templateText();
    assertFalse(resource(bare, "UsagePlan").contains("Throttle"), bare);
    assertFalse(resource(bare, "Api").contains("Domain"), bare);
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
  }
}
