package com.example.signups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.signups.audit.AuditFunction;
import com.example.signups.avatar.AttachAvatarFunction;
import com.example.signups.export.ExportSignupsFunction;
import com.example.signups.shared.Aws;
import com.example.signups.signup.SignupFunction;
import com.example.signups.welcome.WelcomeFunction;
import dev.deployless.local.ProxyEvent;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.DynamoDbStreamEvent;
import dev.deployless.testing.ProxyResponse;
import dev.deployless.testing.SqsEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The triggers of the example against AWS emulated by moto, the way Lambda drives them: messages
 * the sign-up route sent are received from the emulated queue, turned into the SQS event an event
 * source mapping delivers, and handed to the generated handler, whose partial batch failure
 * response decides what is deleted; records read from the emulated table's stream become the
 * DynamoDB event of the audit function; an S3 notification attaches an avatar; the export route
 * invokes the task function asynchronously.
 */
class TriggersAgainstMotoTest {
  private static EmulatedAws aws;

  @BeforeAll
  static void start() throws Exception {
    aws = EmulatedAws.start(Path.of(System.getProperty("basedir", "."), "template.yaml"));
    aws.createFunction("ExportSignupsFunction", "signups-dev-ExportSignupsFunction");
  }

  @AfterAll
  static void stop() {
    if (aws != null) {
      aws.close();
    }
  }

  @Test
  void signUpsQueueTheirWelcomeAndTheQueueTriggerFailsOnlyThePoisonMessages() throws Exception {
    String queueUrl = aws.attribute("SignupsWelcomeQueue", "Ref");
    Aws.sqs().purgeQueue(purge -> purge.queueUrl(queueUrl));
    assertEquals(202, signUp("ada@example.test", "pro").status());
    assertEquals(202, signUp("mallory@bounce.test", "free").status());
    Aws.sqs().sendMessage(send -> send.queueUrl(queueUrl).messageBody("{\"email\": \"eve@example.test\","));

    List<Message> received = Aws.sqs().receiveMessage(receive -> receive.queueUrl(queueUrl)
        .maxNumberOfMessages(10).waitTimeSeconds(1)
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All")).messages();
    assertEquals(3, received.size());
    SqsEvent event = SqsEvent.queue(aws.attribute("SignupsWelcomeQueue", "Arn"));
    Map<String, String> byBody = new HashMap<>();
    for (Message message : received) {
      event.message(message.messageId(), message.receiptHandle(), message.body(), message.attributesAsStrings(),
          Map.of());
      byBody.put(message.body().contains("ada@") ? "ada" : message.body().contains("mallory@") ? "mallory"
          : "malformed", message.messageId());
    }

    WelcomeFunction welcome = aws.as("WelcomeFunction", WelcomeFunction::new);
    Map<String, Object> response = JsonReader.of(invoke("WelcomeFunction", welcome, event.bytes())).readObject();

    Set<String> failed = new TreeSet<>();
    for (Object failure : (List<?>) response.get("batchItemFailures")) {
      failed.add((String) ((Map<?, ?>) failure).get("itemIdentifier"));
    }
    assertEquals(new TreeSet<>(List.of(byBody.get("mallory"), byBody.get("malformed"))), failed);
    for (Message message : received) {
      if (!failed.contains(message.messageId())) {
        Aws.sqs().deleteMessage(delete -> delete.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
      }
    }
    Map<String, AttributeValue> ada = user("ada@example.test");
    assertEquals(byBody.get("ada"), ada.get("welcome_message").s(), "ada was welcomed");
    assertFalse(user("mallory@bounce.test").containsKey("welcomed_at"), "mallory's welcome failed");
    String inFlight = Aws.sqs().getQueueAttributes(get -> get.queueUrl(queueUrl)
        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes()
        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    assertEquals("2", inFlight, "the failed messages come back after the visibility timeout");
  }

  @Test
  void recordsOfTheUsersTableStreamFeedTheAuditFunction() throws Exception {
    assertEquals(202, signUp("grace@example.test", "free").status());
    Aws.dynamoDb().updateItem(update -> update.tableName("signups-users")
        .key(Map.of("email", AttributeValue.fromS("grace@example.test")))
        .updateExpression("SET #plan = :pro").expressionAttributeNames(Map.of("#plan", "plan"))
        .expressionAttributeValues(Map.of(":pro", AttributeValue.fromS("pro"))));

    String streamArn = aws.attribute("SignupsUsersTable", "StreamArn");
    String records = getRecords(streamArn);
    AuditFunction audit = aws.as("AuditFunction", AuditFunction::new);
    String response = invoke("AuditFunction", audit, DynamoDbStreamEvent.fromGetRecords(records, streamArn));

    assertEquals("{\"batchItemFailures\":[]}", response);
    List<Map<String, AttributeValue>> trail = Aws.dynamoDb().query(query -> query.tableName("signups-audit")
        .keyConditionExpression("email = :email")
        .expressionAttributeValues(Map.of(":email", AttributeValue.fromS("grace@example.test")))).items();
    assertEquals(2, trail.size(), trail.toString());
    assertEquals("INSERT", trail.get(0).get("change").s());
    assertEquals("free", trail.get(0).get("plan").s());
    assertEquals("MODIFY", trail.get(1).get("change").s());
    assertEquals("pro", trail.get(1).get("plan").s());
    assertEquals("free", trail.get(1).get("previous_plan").s());
  }

  @Test
  void anAvatarUploadedUnderThePrefixIsAttachedToItsUser() throws Exception {
    assertEquals(202, signUp("lin@example.test", "free").status());
    String bucket = aws.variables("AttachAvatarFunction").get("ACME_SIGNUPS_UPLOADS_BUCKET");
    AttachAvatarFunction attach = aws.as("AttachAvatarFunction", AttachAvatarFunction::new);

    assertEquals("null", invoke("AttachAvatarFunction", attach, s3Event(bucket, "avatars/lin%40example.test.png")));

    assertEquals("s3://acme-signups-uploads/avatars/lin@example.test.png", user("lin@example.test").get("avatar").s());
  }

  @Test
  void theExportRouteStartsTheTaskAsynchronouslyAndTheTaskReadsItsPayload() throws Exception {
    SignupFunction signups = aws.as("SignupFunction", SignupFunction::new);
    ProxyResponse started = call(signups, ApiGatewayEvent.request("POST", "/signups/export")
        .resource("/signups/export"));
    assertEquals(202, started.status(), started.body());
    assertEquals("signups-dev-ExportSignupsFunction", ((Map<?, ?>) started.json()).get("function"));

    ExportSignupsFunction export = aws.as("ExportSignupsFunction", ExportSignupsFunction::new);
    Map<String, Object> summary = JsonReader.of(invoke("ExportSignupsFunction", export,
        "{\"requestedBy\":\"api\"}".getBytes(StandardCharsets.UTF_8))).readObject();
    int stored = Aws.dynamoDb().scan(scan -> scan.tableName("signups-users")).count();
    assertEquals("api", summary.get("requestedBy"));
    assertEquals(stored, ((Number) summary.get("users")).intValue());
  }

  private static ProxyResponse signUp(String email, String plan) throws Exception {
    SignupFunction signups = aws.as("SignupFunction", SignupFunction::new);
    String body = new JsonWriter().beginObject().name("email").value(email).name("name").value("Test")
        .name("plan").value(plan).endObject().toString();
    return call(signups, ApiGatewayEvent.request("POST", "/signups").resource("/signups").jsonBody(body));
  }

  private static ProxyResponse call(RequestStreamHandler handler, ProxyEvent event) throws Exception {
    return ProxyResponse.parse(invoke("SignupFunction", handler, event.bytes()));
  }

  /** Invokes {@code handler} with {@code event} as Lambda does, with {@code function}'s variables. */
  private static String invoke(String function, RequestStreamHandler handler, byte[] event) throws Exception {
    return aws.as(function, () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(event), out, null);
      return out.toString(StandardCharsets.UTF_8);
    });
  }

  private static Map<String, AttributeValue> user(String email) {
    return Aws.dynamoDb().getItem(get -> get.tableName("signups-users")
        .key(Map.of("email", AttributeValue.fromS(email)))).item();
  }

  /** Every record of the stream's first shard, as moto's DynamoDB Streams API answers GetRecords. */
  private static String getRecords(String streamArn) throws Exception {
    try (DynamoDbStreamsClient streams = DynamoDbStreamsClient.create()) {
      String shard = streams.describeStream(describe -> describe.streamArn(streamArn)).streamDescription()
          .shards().get(0).shardId();
      String iterator = streams.getShardIterator(get -> get.streamArn(streamArn).shardId(shard)
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      String request = new JsonWriter().beginObject().name("ShardIterator").value(iterator).endObject().toString();
      return aws.call("dynamodb", "application/x-amz-json-1.0", "DynamoDBStreams_20120810.GetRecords", request);
    }
  }

  /** The S3 event Lambda delivers for an object created in {@code bucket} ({@code key} URL-encoded). */
  private static byte[] s3Event(String bucket, String key) {
    JsonWriter json = new JsonWriter().beginObject().name("Records").beginArray().beginObject()
        .name("eventVersion").value("2.1").name("eventSource").value("aws:s3").name("awsRegion").value("us-east-1")
        .name("eventTime").value("2026-01-31T10:15:30.000Z").name("eventName").value("ObjectCreated:Put")
        .name("userIdentity").beginObject().name("principalId").value("AWS:AIDAEXAMPLE").endObject()
        .name("requestParameters").beginObject().name("sourceIPAddress").value("203.0.113.9").endObject()
        .name("s3").beginObject().name("s3SchemaVersion").value("1.0").name("configurationId").value("avatars")
        .name("bucket").beginObject().name("name").value(bucket).name("arn").value("arn:aws:s3:::" + bucket)
        .endObject()
        .name("object").beginObject().name("key").value(key).name("size").value(2048)
        .name("eTag").value("d41d8cd98f00b204e9800998ecf8427e").name("sequencer").value("0A1B2C3D4E5F678901")
        .endObject().endObject().endObject().endArray().endObject();
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
