package com.example.signups;

import com.example.signups.shared.Aws;
import dev.deployless.runtime.Environment;
import dev.deployless.testing.MotoServer;
import dev.deployless.testing.TemplateVariables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The example's resources created in moto from the properties of the generated template, and each
 * function's variables as the template gives them (Ref, GetAtt and Fn::Sub resolved to what was
 * created), so that the handlers run against emulated AWS as they would on Lambda.
 */
final class EmulatedAws implements AutoCloseable {
  private static final String ACCOUNT = "123456789012";

  private final MotoServer moto;
  private final Map<String, Object> template;
  /** What {@code Ref} and {@code Fn::GetAtt} give for each created resource, by logical ID. */
  private final Map<String, Map<String, String>> created = new HashMap<>();

  private EmulatedAws(MotoServer moto, Map<String, Object> template) {
    this.moto = moto;
    this.template = template;
  }

  /** Starts moto, points the SDK at it and creates the template's tables, queues and task function. */
  static EmulatedAws start(Path templateFile) throws Exception {
    MotoServer moto = MotoServer.start();
    System.setProperty("aws.region", "us-east-1");
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    System.setProperty("aws.endpointUrl", moto.endpoint());
    EmulatedAws aws = new EmulatedAws(moto, load(templateFile));
    for (Map.Entry<String, Object> entry : aws.section("Resources").entrySet()) {
      Map<String, Object> resource = map(entry.getValue());
      Map<String, Object> properties = map(resource.get("Properties"));
      switch ((String) resource.get("Type")) {
        case "AWS::DynamoDB::Table" -> aws.createTable(entry.getKey(), properties);
        case "AWS::SQS::Queue" -> aws.createQueue(entry.getKey(), properties);
        default -> { }
      }
    }
    return aws;
  }

  @Override
  public void close() {
    for (String property : List.of("aws.region", "aws.accessKeyId", "aws.secretAccessKey", "aws.endpointUrl")) {
      System.clearProperty(property);
    }
    moto.close();
  }

  private void createTable(String id, Map<String, Object> properties) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    for (Object item : list(properties.get("AttributeDefinitions"))) {
      Map<String, Object> attribute = map(item);
      attributes.add(AttributeDefinition.builder().attributeName((String) attribute.get("AttributeName"))
          .attributeType((String) attribute.get("AttributeType")).build());
    }
    List<KeySchemaElement> keys = new ArrayList<>();
    for (Object item : list(properties.get("KeySchema"))) {
      Map<String, Object> key = map(item);
      keys.add(KeySchemaElement.builder().attributeName((String) key.get("AttributeName"))
          .keyType((String) key.get("KeyType")).build());
    }
    String name = (String) properties.get("TableName");
    Object stream = properties.get("StreamSpecification");
    var table = Aws.dynamoDb().createTable(create -> {
      create.tableName(name).billingMode((String) properties.get("BillingMode")).attributeDefinitions(attributes)
          .keySchema(keys);
      if (stream != null) {
        create.streamSpecification(StreamSpecification.builder().streamEnabled(true)
            .streamViewType((String) map(stream).get("StreamViewType")).build());
      }
    }).tableDescription();
    Map<String, String> values = new HashMap<>(Map.of("Ref", name, "Arn", table.tableArn()));
    if (table.latestStreamArn() != null) {
      values.put("StreamArn", table.latestStreamArn());
    }
    created.put(id, values);
  }

  private void createQueue(String id, Map<String, Object> properties) {
    String name = (String) properties.get("QueueName");
    Map<QueueAttributeName, String> attributes = new HashMap<>();
    if (properties.get("VisibilityTimeout") != null) {
      attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, properties.get("VisibilityTimeout").toString());
    }
    String url = Aws.sqs().createQueue(queue -> queue.queueName(name).attributes(attributes)).queueUrl();
    String arn = Aws.sqs().getQueueAttributes(get -> get.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    created.put(id, Map.of("Ref", url, "Arn", arn, "QueueName", name));
  }

  /**
   * Creates the function {@code logicalId} in moto's Lambda under the name {@code name}, so that the
   * functions linking it can invoke it (moto queues asynchronous invocations without running them).
   */
  void createFunction(String logicalId, String name) throws Exception {
    call("iam", "application/x-www-form-urlencoded", null, "Action=CreateRole&Version=2010-05-08&RoleName="
        + name + "-role&AssumeRolePolicyDocument=" + URLEncoder.encode("{}", StandardCharsets.UTF_8));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("placeholder.txt"));
      out.write("the example's jar".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    String arn = Aws.lambda().createFunction(function -> function.functionName(name).runtime(Runtime.JAVA21)
        .role("arn:aws:iam::" + ACCOUNT + ":role/" + name + "-role").handler(handler(logicalId))
        .code(code -> code.zipFile(SdkBytes.fromByteArray(zip.toByteArray())))).functionArn();
    created.put(logicalId, Map.of("Ref", name, "Arn", arn));
  }

  private String handler(String function) {
    return (String) map(map(section("Resources").get(function)).get("Properties")).get("Handler");
  }

  /**
   * A raw call of moto's API, answering its JSON as AWS sends it: {@code target} is the
   * {@code X-Amz-Target} of a JSON protocol, or null for a query protocol.
   */
  String call(String service, String contentType, String target, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(moto.endpoint() + "/"))
        .header("Content-Type", contentType)
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/" + service
            + "/aws4_request, SignedHeaders=host, Signature=0")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(service + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** What {@code Ref} or {@code Fn::GetAtt} gives for a created resource. */
  String attribute(String logicalId, String attribute) {
    return created.get(logicalId).get(attribute);
  }

  /** The variables the template gives {@code function}, resolved to what was created. */
  Map<String, String> variables(String function) {
    return new TemplateVariables(template, created).of(function);
  }

  /** Runs {@code work} as {@code function} runs on Lambda: with the template's variables. */
  <T> T as(String function, Callable<T> work) throws Exception {
    return Environment.callWith(variables(function), work);
  }

  Map<String, Object> section(String name) {
    return map(template.get(name));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(Path file) throws IOException {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }
}
