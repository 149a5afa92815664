package dev.deployless.local.aws;

import static dev.deployless.local.aws.Emulated.body;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB tables in the emulator: keys, attribute definitions, billing mode and throughput,
 * global and local secondary indexes, streams and time to live, as the template declares them.
 */
final class DynamoDbResources {
  private static final String PREFIX = "DynamoDB_20120810.";

  private DynamoDbResources() {}

  static Emulated.Created ensureTable(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    String name = properties.containsKey("TableName") ? (String) properties.get("TableName")
        : names.of(id);
    Map<String, Object> table = describe(aws, name);
    boolean existed = table != null;
    if (!existed) {
      table = Template.map(call(aws, "CreateTable", create(name, properties)).get("TableDescription"));
      Map<String, Object> ttl = Template.map(properties.get("TimeToLiveSpecification"));
      if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
        call(aws, "UpdateTimeToLive", body("TableName", name, "TimeToLiveSpecification",
            body("AttributeName", ttl.get("AttributeName"), "Enabled", true)));
      }
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("Ref", name);
    attributes.put("Arn", (String) table.get("TableArn"));
    if (table.get("LatestStreamArn") != null) {
      attributes.put("StreamArn", (String) table.get("LatestStreamArn"));
    }
    return new Emulated.Created(attributes, existed);
  }

  /** Whether table {@code name} exists. */
  static boolean exists(AwsClient aws, String name) throws IOException {
    return describe(aws, name) != null;
  }

  private static Map<String, Object> describe(AwsClient aws, String name) throws IOException {
    try {
      return Template.map(call(aws, "DescribeTable", body("TableName", name)).get("Table"));
    } catch (AwsClient.AwsException e) {
      if (e.code().equals("ResourceNotFoundException")) {
        return null;
      }
      throw e;
    }
  }

  private static Map<String, Object> create(String name, Map<String, Object> properties) {
    String billing = properties.containsKey("BillingMode") ? (String) properties.get("BillingMode")
        : "PROVISIONED";
    boolean provisioned = billing.equals("PROVISIONED");
    Object throughput = properties.containsKey("ProvisionedThroughput")
        ? properties.get("ProvisionedThroughput")
        : body("ReadCapacityUnits", 5, "WriteCapacityUnits", 5);
    Map<String, Object> request = body("TableName", name,
        "AttributeDefinitions", properties.get("AttributeDefinitions"),
        "KeySchema", properties.get("KeySchema"), "BillingMode", billing,
        "ProvisionedThroughput", provisioned ? throughput : null);
    List<Object> global = new ArrayList<>();
    for (Object index : Template.list(properties.get("GlobalSecondaryIndexes"))) {
      Map<String, Object> gsi = Template.map(index);
      global.add(body("IndexName", gsi.get("IndexName"), "KeySchema", gsi.get("KeySchema"),
          "Projection", gsi.get("Projection"), "ProvisionedThroughput", provisioned
              ? gsi.getOrDefault("ProvisionedThroughput", throughput) : null));
    }
    if (!global.isEmpty()) {
      request.put("GlobalSecondaryIndexes", global);
    }
    List<Object> local = new ArrayList<>();
    for (Object index : Template.list(properties.get("LocalSecondaryIndexes"))) {
      Map<String, Object> lsi = Template.map(index);
      local.add(body("IndexName", lsi.get("IndexName"), "KeySchema", lsi.get("KeySchema"),
          "Projection", lsi.get("Projection")));
    }
    if (!local.isEmpty()) {
      request.put("LocalSecondaryIndexes", local);
    }
    Map<String, Object> stream = Template.map(properties.get("StreamSpecification"));
    if (stream.get("StreamViewType") != null) {
      request.put("StreamSpecification", body("StreamEnabled", true, "StreamViewType",
          stream.get("StreamViewType")));
    }
    return request;
  }

  /** A DynamoDB call. */
  static Map<String, Object> call(AwsClient aws, String operation, Object body) throws IOException {
    return aws.json("dynamodb", PREFIX + operation, "1.0", body);
  }
}
