package dev.deployless.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resources of a template made in {@code moto_server} (one for the class), the variables of
 * its function resolved to them, secrets stored, existing resources checked; and the same template
 * run again against the same emulator finding everything, with its data.
 */
class ProvisioningTest {
  private static Emulator emulator;
  private static Template template;
  private static Provisioning first;

  @BeforeAll
  static void provision() throws Exception {
    emulator = TestEmulator.start();
    template = Template.read(Path.of("src/test/resources/provisioning/template.yaml"));
    DynamoDbResources.call(emulator.client(), "CreateTable", Emulated.body("TableName", "legacy-table",
        "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
        "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
        "BillingMode", "PAY_PER_REQUEST"));
    first = Provisioning.run(emulator, template, Map.of("SECRET_DB_PASSWORD", "s3cret"), "shop");
  }

  @AfterAll
  static void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private static String report(Provisioning provisioning) {
    return String.join("\n", provisioning.report());
  }

  @Test
  void everyResourceIsCreatedOnce() {
    String report = report(first);
    for (String line : List.of("created  DynamoDB Table         shop-users",
        "created  S3 Bucket              shop-uploads", "created  SQS Queue              shop-orders",
        "created  SQS Queue              shop-orders-dlq", "created  SNS Topic              shop-events",
        "created  KMS Alias              alias/shop/tenant-keys",
        "created  SSM Parameter          /shop/db/host",
        "stored   SecureString           /shop/SECRET_DB_PASSWORD (SECRET_DB_PASSWORD of the env_file)")) {
      assertTrue(report.contains(line), line + " in\n" + report);
    }
    assertTrue(report.contains("created  KMS Key"), report);
    assertFalse(report.contains("LogGroup"), report);
  }

  @Test
  void variablesResolveToTheEmulatedResources() throws Exception {
    Map<String, String> variables = first.variables("UsersFunction");
    assertEquals("shop-users", variables.get("USERS_TABLE"));
    assertEquals("arn:aws:dynamodb:us-east-1:123456789012:table/shop-users", variables.get("USERS_TABLE_ARN"));
    assertTrue(variables.get("USERS_STREAM").startsWith("arn:aws:dynamodb:us-east-1:123456789012:table/shop-users/stream/"));
    assertEquals("shop-uploads", variables.get("UPLOADS_BUCKET"));
    assertEquals(emulator.endpoint() + "/123456789012/shop-orders", variables.get("ORDERS_QUEUE_URL"));
    assertEquals("arn:aws:sqs:us-east-1:123456789012:shop-orders", variables.get("ORDERS_QUEUE_ARN"));
    assertEquals(emulator.endpoint() + "/123456789012/shop-orders-dlq", variables.get("ORDERS_DLQ_URL"));
    assertEquals("arn:aws:sns:us-east-1:123456789012:shop-events", variables.get("EVENTS_TOPIC_ARN"));
    assertEquals("alias/shop/tenant-keys", variables.get("KEY_ALIAS"));
    assertEquals("/shop/db/host", variables.get("HOST"));
    assertEquals("hello, us-east-1 123456789012", variables.get("GREETING"));
    assertEquals("a:aws", variables.get("JOINED"));
    assertEquals("s3cret", variables.get("SECRET_DB_PASSWORD"));
    assertEquals("dev", variables.get("APP_STAGE"));
    assertEquals("prod-users-table", variables.get("PROD_USERS_TABLE"));

    // The alias names the key the variables name; the queue's redrive policy names its DLQ.
    Map<String, Object> key = KmsResources.call(emulator.client(), "DescribeKey",
        Map.of("KeyId", "alias/shop/tenant-keys"));
    assertEquals(variables.get("KEY_ID"), Template.map(key.get("KeyMetadata")).get("KeyId"));
    Map<String, Object> attributes = Template.map(SqsResources.call(emulator.client(), "GetQueueAttributes",
        Map.of("QueueUrl", variables.get("ORDERS_QUEUE_URL"), "AttributeNames", List.of("All")))
        .get("Attributes"));
    assertTrue(String.valueOf(attributes.get("RedrivePolicy")).contains("shop-orders-dlq"), attributes.toString());
    assertEquals("60", attributes.get("VisibilityTimeout"));
    Map<String, Object> ttl = DynamoDbResources.call(emulator.client(), "DescribeTimeToLive",
        Map.of("TableName", "shop-users"));
    assertEquals("expires_at", Template.map(ttl.get("TimeToLiveDescription")).get("AttributeName"));
    Map<String, Object> secret = SsmResources.call(emulator.client(), "GetParameter",
        Map.of("Name", "/shop/SECRET_DB_PASSWORD"));
    assertEquals("SecureString", Template.map(secret.get("Parameter")).get("Type"));
  }

  @Test
  void whatCannotBeResolvedOrIsMissingIsReported() {
    String report = report(first);
    assertTrue(report.contains("UsersFunction: variable DB_HOST not set: SSM parameter /prod/db/host:3"
        + " does not exist in the emulator"), report);
    assertTrue(report.contains("UsersFunction: variable CONDITIONAL not set: Fn::If is not evaluated"
        + " locally"), report);
    assertTrue(report.contains("missing  existing table prod-users-table (used by UsersFunction)"), report);
    assertFalse(report.contains("legacy-table"), report);
    assertFalse(report.contains("shop/db/host ("), report);
    assertFalse(first.variables("UsersFunction").containsKey("DB_HOST"));
  }

  @Test
  void aSecondRunFindsEverythingWithItsData() throws Exception {
    DynamoDbResources.call(emulator.client(), "PutItem", Map.of("TableName", "shop-users",
        "Item", Map.of("tenant_id", Map.of("S", "t1"), "user_id", Map.of("S", "u1"))));
    Path env = Files.createTempFile("provisioning", ".env");
    Provisioning second = Provisioning.run(emulator, template, Map.of("SECRET_DB_PASSWORD", "changed"), "shop");
    Files.delete(env);
    String report = report(second);
    assertFalse(report.contains("created"), report);
    assertTrue(report.contains("found    DynamoDB Table         shop-users"), report);
    assertEquals(first.variables("UsersFunction").get("KEY_ID"), second.variables("UsersFunction").get("KEY_ID"));
    assertEquals("changed", second.variables("UsersFunction").get("SECRET_DB_PASSWORD"));
    Map<String, Object> item = DynamoDbResources.call(emulator.client(), "GetItem", Map.of("TableName", "shop-users",
        "Key", Map.of("tenant_id", Map.of("S", "t1"), "user_id", Map.of("S", "u1"))));
    assertFalse(Template.map(item.get("Item")).isEmpty());
  }
}
