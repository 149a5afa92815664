package dev.deployless.local.aws;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** SNS topics in the emulator (creating a topic that exists answers the same topic). */
final class SnsResources {
  private SnsResources() {}

  static Emulated.Created ensureTopic(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    boolean fifo = "true".equals(String.valueOf(properties.get("FifoTopic")));
    String name = properties.containsKey("TopicName") ? (String) properties.get("TopicName")
        : names.of(id) + (fifo ? ".fifo" : "");
    String arn = "arn:aws:sns:" + names.region() + ":" + names.account() + ":" + name;
    boolean existed = exists(aws, arn);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Name", name);
    int entry = 0;
    for (String attribute : new String[] {"FifoTopic", "ContentBasedDeduplication", "KmsMasterKeyId"}) {
      if (properties.containsKey(attribute)) {
        entry++;
        parameters.put("Attributes.entry." + entry + ".key", attribute);
        parameters.put("Attributes.entry." + entry + ".value", Emulated.text(properties.get(attribute)));
      }
    }
    String created = AwsClient.xmlText(aws.query("sns", "CreateTopic", "2010-03-31", parameters),
        "TopicArn");
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("Ref", created);
    attributes.put("TopicArn", created);
    attributes.put("TopicName", name);
    return new Emulated.Created(attributes, existed);
  }

  /** Whether topic {@code arn} exists. */
  static boolean exists(AwsClient aws, String arn) throws IOException {
    try {
      aws.query("sns", "GetTopicAttributes", "2010-03-31", Map.of("TopicArn", arn));
      return true;
    } catch (AwsClient.AwsException e) {
      if (e.code().equals("NotFound")) {
        return false;
      }
      throw e;
    }
  }
}
