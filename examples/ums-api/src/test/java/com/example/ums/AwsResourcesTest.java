package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.ums.auth.AuthFunction;
import com.example.ums.shared.Aws;
import com.example.ums.tenant.TenantFunction;
import com.example.ums.user.UserFunction;
import dev.deployless.local.ProxyEvent;
import dev.deployless.runtime.Environment;
import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.MotoServer;
import dev.deployless.testing.ProxyResponse;
import dev.deployless.testing.TemplateVariables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The example against AWS services emulated by moto: the resources are created from the properties
 * of the generated template, each handler runs with exactly the variables the template gives its
 * function (Ref and GetAtt resolved to the created resources), and the features' real AWS SDK calls go
 * through the generated accessors: a tenant whose private key the tenant function encrypts with KMS
 * and the auth function decrypts, a user written to and read back from DynamoDB, and the event the
 * user function sends to SQS.
 */
class AwsResourcesTest {
  private static MotoServer moto;
  private static Map<String, Object> template;
  /** What {@code Ref} and {@code Fn::GetAtt} give for each created resource, by logical ID. */
  private static final Map<String, Map<String, String>> created = new HashMap<>();

  @BeforeAll
  static void createResources() throws Exception {
    moto = MotoServer.start();
    System.setProperty("aws.region", "us-east-1");
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    System.setProperty("aws.endpointUrl", moto.endpoint());
    template = load(Path.of("template.yaml"));
    for (Map.Entry<String, Object> entry : section("Resources").entrySet()) {
      Map<String, Object> resource = map(entry.getValue());
      Map<String, Object> properties = map(resource.get("Properties"));
      switch ((String) resource.get("Type")) {
        case "AWS::DynamoDB::Table" -> createdTable(entry.getKey(), properties);
        case "AWS::SQS::Queue" -> createdQueue(entry.getKey(), properties);
        case "AWS::KMS::Key" -> createdKey(entry.getKey(), properties);
        default -> { }
      }
    }
  }

  @AfterAll
  static void stop() {
    for (String property : List.of("aws.region", "aws.accessKeyId", "aws.secretAccessKey", "aws.endpointUrl")) {
      System.clearProperty(property);
    }
    if (moto != null) {
      moto.close();
    }
  }

  private static void createdTable(String id, Map<String, Object> properties) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (Object item : list(properties.get("AttributeDefinitions"))) {
      Map<String, Object> attribute = map(item);
      attributes.add(AttributeDefinition.builder().attributeName((String) attribute.get("AttributeName"))
          .attributeType((String) attribute.get("AttributeType")).build());
    }
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (Object item : list(properties.getOrDefault("GlobalSecondaryIndexes", List.of()))) {
      Map<String, Object> index = map(item);
      indexes.add(GlobalSecondaryIndex.builder().indexName((String) index.get("IndexName"))
          .keySchema(keySchema(index.get("KeySchema")))
          .projection(Projection.builder().projectionType((String) map(index.get("Projection"))
              .get("ProjectionType")).build())
          .build());
    }
    String name = (String) properties.get("TableName");
    DynamoDbClient dynamo = Aws.dynamoDb();
    String arn = dynamo.createTable(table -> {
      table.tableName(name).billingMode((String) properties.get("BillingMode"))
          .attributeDefinitions(attributes).keySchema(keySchema(properties.get("KeySchema")));
      if (!indexes.isEmpty()) {
        table.globalSecondaryIndexes(indexes);
      }
    }).tableDescription().tableArn();
    created.put(id, Map.of("Ref", name, "Arn", arn));
  }

  private static List<KeySchemaElement> keySchema(Object schema) {
    List<KeySchemaElement> keys = new ArrayList<>();
    for (Object item : list(schema)) {
      Map<String, Object> key = map(item);
      keys.add(KeySchemaElement.builder().attributeName((String) key.get("AttributeName"))
          .keyType((String) key.get("KeyType")).build());
    }
    return keys;
  }

  private static void createdQueue(String id, Map<String, Object> properties) {
    SqsClient sqs = Aws.sqs();
    String name = (String) properties.get("QueueName");
    String url = sqs.createQueue(queue -> queue.queueName(name)).queueUrl();
    String arn = sqs.getQueueAttributes(attributes -> attributes.queueUrl(url)
        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
    created.put(id, Map.of("Ref", url, "Arn", arn, "QueueName", name));
  }

  private static void createdKey(String id, Map<String, Object> properties) {
    var key = Aws.kms().createKey(request -> request.keyUsage((String) properties.get("KeyUsage"))
        .keySpec((String) properties.get("KeySpec"))).keyMetadata();
    created.put(id, Map.of("Ref", key.keyId(), "Arn", key.arn()));
  }

  /** The variables the template gives {@code function}, resolved to what was created. */
  private static Map<String, String> variables(String function) {
    return new TemplateVariables(template, created).of(function);
  }

  /** Runs {@code work} as {@code function} runs on Lambda: with the template's variables. */
  private static <T> T as(String function, Callable<T> work) throws Exception {
    return Environment.callWith(variables(function), work);
  }

  private static ProxyResponse call(String function, RequestStreamHandler handler, ProxyEvent event)
      throws Exception {
    return as(function, () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, null);
      return ProxyResponse.parse(out.toByteArray());
    });
  }

  @Test
  void signUpLoginAndUserRoundTripThroughDynamoDbKmsAndSqs() throws Exception {
    TenantFunction tenants = as("TenantFunction", TenantFunction::new);
    AuthFunction auth = as("AuthFunction", AuthFunction::new);
    UserFunction users = as("UserFunction", UserFunction::new);

    ProxyResponse signUp = call("TenantFunction", tenants, ApiGatewayEvent.request("POST", "/tenants")
        .resource("/tenants")
        .jsonBody("{\"name\":\"Globex\",\"adminEmail\":\"hank@globex.test\",\"adminPassword\":\"cypress-creek\"}"));
    assertEquals(201, signUp.status(), signUp.body());
    String tenantId = (String) field(signUp, "tenant", "id");

    Map<String, AttributeValue> tenant = Aws.dynamoDb().getItem(get -> get.tableName("ums-tenants")
        .key(Map.of("tenant_id", AttributeValue.fromS(tenantId)))).item();
    byte[] stored = Base64.getDecoder().decode(tenant.get("private_key").s());
    byte[] decrypted = Aws.kms().decrypt(request -> request.ciphertextBlob(SdkBytes.fromByteArray(stored)))
        .plaintext().asByteArray();
    assertNotEquals(stored.length, decrypted.length, "the private key is stored encrypted");
    assertEquals("RSA", KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decrypted))
        .getAlgorithm());

    ProxyResponse login = call("AuthFunction", auth, ApiGatewayEvent.request("POST", "/auth/login")
        .resource("/auth/login").jsonBody("{\"tenantId\":\"" + tenantId
            + "\",\"email\":\"hank@globex.test\",\"password\":\"cypress-creek\"}"));
    assertEquals(200, login.status(), login.body());
    String token = (String) field(login, "token");

    ProxyResponse create = call("UserFunction", users, ApiGatewayEvent.request("POST", "/users")
        .resource("/users").header("Authorization", "Bearer " + token)
        .jsonBody("{\"email\":\"Marge@Globex.test\",\"password\":\"springfield\",\"scopes\":[\"ums:users:read\"]}"));
    assertEquals(201, create.status(), create.body());
    String userId = (String) field(create, "id");

    ProxyResponse found = call("UserFunction", users, ApiGatewayEvent.request("GET", "/users/" + userId)
        .resource("/users/{userId}").pathParameter("userId", userId).header("Authorization", "Bearer " + token));
    assertEquals(200, found.status(), found.body());
    assertEquals("marge@globex.test", field(found, "email"));
    Map<String, AttributeValue> item = Aws.dynamoDb().getItem(get -> get.tableName("ums-users")
        .key(Map.of("tenant_id", AttributeValue.fromS(tenantId), "user_id", AttributeValue.fromS(userId)))).item();
    assertEquals("marge@globex.test", item.get("email").s(), "the user is in DynamoDB");

    String queueUrl = variables("UserFunction").get("UMS_NOTIFICATIONS_QUEUE_URL");
    List<Message> messages = Aws.sqs().receiveMessage(receive -> receive.queueUrl(queueUrl)
        .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
    assertEquals(1, messages.size());
    assertTrue(messages.get(0).body().contains("\"type\":\"user.created\""), messages.get(0).body());
    assertTrue(messages.get(0).body().contains("\"userId\":\"" + userId + "\""), messages.get(0).body());

    ProxyResponse logout = call("AuthFunction", auth, ApiGatewayEvent.request("POST", "/auth/logout")
        .resource("/auth/logout").header("Authorization", "Bearer " + token));
    assertEquals(204, logout.status(), logout.body());
    ProxyResponse afterLogout = call("UserFunction", users, ApiGatewayEvent.request("GET", "/users/" + userId)
        .resource("/users/{userId}").pathParameter("userId", userId).header("Authorization", "Bearer " + token));
    assertEquals(401, afterLogout.status(), "the session was deleted from DynamoDB");
  }

  @Test
  void eachFunctionGetsOnlyTheVariablesOfItsFeaturesResources() {
    assertFalse(variables("TenantFunction").containsKey("UMS_NOTIFICATIONS_QUEUE_URL"));
    assertFalse(variables("AuthFunction").containsKey("UMS_NOTIFICATIONS_QUEUE_URL"));
    assertTrue(variables("UserFunction").containsKey("UMS_NOTIFICATIONS_QUEUE_URL"));
    assertFalse(variables("UserFunction").containsKey("UMS_TENANT_KEYS_KEY_ID"));
    assertTrue(variables("ExportUsersFunction").containsKey("UMS_USERS_TABLE"));
  }

  private static Object field(ProxyResponse response, String... path) {
    Object value = response.json();
    for (String key : path) {
      value = ((Map<?, ?>) value).get(key);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(Path file) throws Exception {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }

  private static Map<String, Object> section(String name) {
    return map(template.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
