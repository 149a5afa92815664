package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alarms, safe deployments and stage-aware physical names: the template against a golden file,
 * judged by cfn-lint and the SAM translator, and the translated CloudFormation asserted on (the
 * deployment group's alarms and hooks, API events invoking the alias).
 */
class ProductionTemplateTest {
  @TempDir Path dir;

  static final JavaFileObject USERS = source("com.example.users.UserController", """
      package com.example.users;

      import dev.deployless.annotations.*;

      @Feature(name = "users", basePath = "/users", timeout = 10, provisionedConcurrency = 2,
          alarms = @Alarms(errors = 5, durationPct = 90),
          deployment = @Deployment(type = DeploymentType.Canary10Percent5Minutes,
              preTraffic = "checkUsers"))
      @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "users", pk = "id"))
      public class UserController {
        @Route(method = HttpMethod.GET, path = "/{id}")
        public String get(@PathParam("id") String id) {
          return id;
        }
      }
      """);

  static final JavaFileObject CHECKS = source("com.example.checks.CheckController", """
      package com.example.checks;

      import dev.deployless.annotations.*;
      import java.util.Map;

      @Feature(name = "checks", alarms = @Alarms(Switch.OFF), deployment = @Deployment(Switch.OFF))
      @Resource(name = "audit", sqs = @Sqs(queueName = "audit", fifo = true))
      public class CheckController {
        @LambdaFunction
        public void checkUsers(Map<String, Object> event) {}
      }
      """);

  static final JavaFileObject REPORTS = source("com.example.reports.ReportController", """
      package com.example.reports;

      import dev.deployless.annotations.*;

      @Feature(name = "reports", basePath = "/reports")
      @Resource(name = "exports", s3 = @S3(bucketName = "exports"))
      @Resource(name = "limit", ssmParameter = @SsmParameter(name = "/reports/limit", value = "10"))
      public class ReportController {
        @Route
        public String list() {
          return "[]";
        }
      }
      """);

  @Test
  void alarmsDeploymentsAndStageInNames(TestInfo test) throws IOException {
    TestProject project = new TestProject(dir).config("""
        name: shop
        stage: prod
        stage_in_names: true
        alarms:
          throttles:
            threshold: 2
            period: 60
          sns_topic_arn: ${ALERTS:-arn:aws:sns:eu-west-1:123456789012:alerts}
        deployment:
          type: Linear10PercentEvery1Minute
        """);
    Compilation compilation = project.compile(USERS, CHECKS, REPORTS);
    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatches(getClass(), test.getTestMethod().orElseThrow().getName(), "template.yaml",
        project.templateText());
    CfnLint.assertClean(project.template());
    Map<String, Object> resources = resources(SamTranslator.transform(project.template()));

    // Rollback on the errors alarm of the alias, the pre-traffic hook by name.
    Map<String, Object> group = properties(resources, "UsersFunctionDeploymentGroup");
    assertEquals(Map.of("Alarms", List.of(Map.of("Name", Map.of("Ref", "UsersFunctionErrorsAlarm"))),
        "Enabled", true), group.get("AlarmConfiguration"));
    assertTrue(String.valueOf(group.get("DeploymentConfigName")).contains("ConfigName=Canary10Percent5Minutes"));
    Map<String, Object> alarm = properties(resources, "UsersFunctionErrorsAlarm");
    assertEquals(List.of(Map.of("Name", "Resource", "Value", Map.of("Fn::Sub", "${UsersFunction}:live")),
        Map.of("Name", "FunctionName", "Value", Map.of("Ref", "UsersFunction"))), alarm.get("Dimensions"));
    assertEquals(5, alarm.get("Threshold"));
    assertEquals(9000, properties(resources, "UsersFunctionDurationAlarm").get("Threshold"));
    assertEquals(2, properties(resources, "UsersFunctionThrottlesAlarm").get("Threshold"));
    assertEquals(List.of("arn:aws:sns:eu-west-1:123456789012:alerts"), alarm.get("AlarmActions"));
    String update = String.valueOf(((Map<?, ?>) resources.get("UsersFunctionAliaslive")).get("UpdatePolicy"));
    assertTrue(update.contains("BeforeAllowTrafficHook={Ref=CheckUsersFunction}"), update);

    // API events invoke the alias: the permission and the integration name it, not the function.
    Map<String, Object> alias = properties(resources, "UsersFunctionAliaslive");
    assertEquals(Map.of("ProvisionedConcurrentExecutions", 2), alias.get("ProvisionedConcurrencyConfig"));
    String permission = String.valueOf(properties(resources, "UsersFunctionGetPermissionprod").get("FunctionName"));
    assertEquals("{Ref=UsersFunctionAliaslive}", permission);
    String api = String.valueOf(resources.get("Api"));
    assertTrue(api.contains("${UsersFunctionAliaslive}"), "the API integration invokes the alias: " + api);

    // The yaml default deploys reports too, alarms and all; the hook itself is not deployed.
    assertTrue(resources.containsKey("ReportsFunctionDeploymentGroup"));
    assertFalse(resources.containsKey("CheckUsersFunctionDeploymentGroup"));
    assertFalse(resources.containsKey("CheckUsersFunctionErrorsAlarm"), "alarms are off for checks");
    Map<String, Object> hook = properties(resources, "CheckUsersFunction");
    assertEquals("CodeDeployHook_shop-prod-CheckUsersFunction", hook.get("FunctionName"));
    assertTrue(String.valueOf(resources.get("CheckUsersFunctionRole"))
        .contains("codedeploy:PutLifecycleEventHookExecutionStatus"));

    // The stage ends every physical name.
    assertEquals("users-prod", properties(resources, "UsersTable").get("TableName"));
    assertEquals("audit-prod.fifo", properties(resources, "AuditQueue").get("QueueName"));
    assertEquals("exports-prod", properties(resources, "ExportsBucket").get("BucketName"));
    assertEquals("/prod/reports/limit", properties(resources, "ReportsLimitParameter").get("Name"));
  }

  @Test
  void withoutTheSwitchNamesAreAsDeclaredAndNothingIsAliased() throws IOException {
    TestProject project = new TestProject(dir).config("name: shop\nstage: prod\n");
    assertThat(project.compile(REPORTS)).succeededWithoutWarnings();
    String template = project.templateText();
    assertTrue(template.contains("BucketName: exports\n"), template);
    assertFalse(template.contains("AutoPublishAlias"), template);
    assertFalse(template.contains("AWS::CloudWatch::Alarm"), template);
  }

  @Test
  void queueConsumerAndAuthorizerOfADeployedFeatureInvokeTheAlias() throws IOException {
    JavaFileObject orders = source("com.example.orders.OrderController", """
        package com.example.orders;

        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.SqsMessage;
        import java.util.Map;

        @Feature(name = "orders", basePath = "/orders",
            deployment = @Deployment(type = DeploymentType.Canary10Percent5Minutes))
        @Resource(name = "jobs", sqs = @Sqs(queueName = "jobs"))
        public class OrderController {
          @Route
          public String list() {
            return "[]";
          }

          @OnQueue(queue = "jobs")
          public void work(SqsMessage message) {}

          @LambdaFunction
          public Map<String, Object> authorize(Map<String, Object> event) {
            return Map.of();
          }
        }
        """);
    TestProject project = new TestProject(dir).config("""
        name: shop
        alarms: true
        api:
          auth:
            type: lambda
            function: authorize
        """);
    assertThat(project.compile(orders)).succeededWithoutWarnings();
    CfnLint.assertClean(project.template());
    Map<String, Object> resources = resources(SamTranslator.transform(project.template()));
    Map<?, ?> mapping = TriggerGoldenTest.properties(resources.get("WorkFunctionEventSourceMapping"));
    assertEquals(Map.of("Ref", "WorkFunctionAliaslive"), mapping.get("FunctionName"),
        "the queue's messages follow the canary and its alarms see their errors");
    Map<?, ?> permission = TriggerGoldenTest.properties(resources.get("ApiLambdaAuthorizerAuthorizerPermission"));
    assertEquals(Map.of("Ref", "AuthorizeFunctionAliaslive"), permission.get("FunctionName"),
        "API Gateway invokes the authorizer's alias");
  }

  @Test
  void secretsOfEachStageAreApartWithTheSwitch() throws IOException {
    Files.writeString(dir.resolve(".env"), "SECRET_TOKEN=abc\n");
    TestProject project = new TestProject(dir).config("name: shop\nstage: prod\nenv_file: .env\n");
    assertThat(project.compile(TestProject.HELLO)).succeededWithoutWarnings();
    assertTrue(project.templateText().contains("SECRET_TOKEN: '{{resolve:ssm:/shop/SECRET_TOKEN}}'"),
        project.templateText());
    project.config("name: shop\nstage: prod\nenv_file: .env\nstage_in_names: true\n");
    assertThat(project.compile(TestProject.HELLO)).succeededWithoutWarnings();
    assertTrue(project.templateText().contains("SECRET_TOKEN: '{{resolve:ssm:/prod/shop/SECRET_TOKEN}}'"),
        project.templateText());
  }

  @Test
  void anotherStageIsAnotherStackNotAReplacement() throws IOException {
    TestProject project = new TestProject(dir).config("name: shop\nstage: dev\nstage_in_names: true\n");
    assertThat(project.compile(REPORTS)).succeededWithoutWarnings();
    project.config("name: shop\nstage: prod\nstage_in_names: true\n");
    assertThat(project.compile(REPORTS)).succeededWithoutWarnings();
    assertTrue(project.templateText().contains("BucketName: exports-prod\n"));
  }

  @Test
  void turningTheSwitchOnForAStackReplacesItsNamedResources() throws IOException {
    TestProject project = new TestProject(dir).config("name: shop\nstage: prod\n");
    assertThat(project.compile(REPORTS)).succeededWithoutWarnings();
    project.config("name: shop\nstage: prod\nstage_in_names: true\n");
    Compilation compilation = project.compile(REPORTS);
    assertThat(compilation).hadErrorContaining("[W01] resource 'exports' (AWS::S3::Bucket) would be replaced:"
        + " BucketName exports -> exports-prod");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resources(String translated) {
    Map<String, Object> template = JsonReader.of(translated).readObject();
    return (Map<String, Object>) template.get("Resources");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> resources, String id) {
    Map<String, Object> resource = (Map<String, Object>) resources.get(id);
    assertTrue(resource != null, "no resource " + id + " in " + resources.keySet());
    return (Map<String, Object>) resource.get("Properties");
  }
}
