package dev.deployless.processor.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the changes that make CloudFormation replace a named resource deployless wrote (W01): a new
 * table name or key schema, bucket name, queue or topic name or FIFO flag, key usage or spec, parameter name
 * or type, or a new logical ID for the same declaration. A custom-named resource cannot be replaced
 * in place (the update fails), and once renamed the new resource starts empty while the data stays
 * in the old one.
 */
public final class Replacements {
  /** The metadata key naming the declaration ({@code @Resource(name)}) of a resource. */
  static final String NAME_KEY = "Resource";

  private static final Map<String, List<String>> IMMUTABLE = Map.of(
      "AWS::DynamoDB::Table", List.of("TableName", "KeySchema"),
      "AWS::S3::Bucket", List.of("BucketName"),
      "AWS::SQS::Queue", List.of("QueueName", "FifoQueue"),
      "AWS::SNS::Topic", List.of("TopicName", "FifoTopic"),
      "AWS::KMS::Key", List.of("KeyUsage", "KeySpec"),
      "AWS::SSM::Parameter", List.of("Name", "Type"));

  private static final String TYPE = "Type";
  private static final String LOGICAL_ID = "LogicalId";
  /** The stage the template was made for: another stage is another stack, where nothing is replaced. */
  private static final String STAGE = "Stage";
  private static final String NONE = "(none)";

  /** One replacement: what changes from what to what. */
  public record Replacement(String resource, String type, String change) {}

  private Replacements() {}

  /**
   * The replacements going from the template digested as {@code before} to {@code after} would
   * cause; see {@link #digest}.
   */
  public static List<Replacement> find(Map<String, Map<String, String>> before,
      Map<String, Map<String, String>> after) {
    List<Replacement> replacements = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> entry : after.entrySet()) {
      Map<String, String> old = before.get(entry.getKey());
      Map<String, String> now = entry.getValue();
      if (old == null || !now.get(TYPE).equals(old.get(TYPE))
          || old.containsKey(STAGE) && now.containsKey(STAGE) && !old.get(STAGE).equals(now.get(STAGE))) {
        continue;
      }
      List<String> changes = new ArrayList<>();
      if (!old.get(LOGICAL_ID).equals(now.get(LOGICAL_ID))) {
        changes.add("logical ID " + old.get(LOGICAL_ID) + " -> " + now.get(LOGICAL_ID));
      }
      for (String property : IMMUTABLE.getOrDefault(now.get(TYPE), List.of())) {
        String was = old.getOrDefault(property, NONE);
        String is = now.getOrDefault(property, NONE);
        if (!was.equals(is)) {
          changes.add(property + " " + was + " -> " + is);
        }
      }
      if (!changes.isEmpty()) {
        replacements.add(new Replacement(entry.getKey(), now.get(TYPE), String.join(", ", changes)));
      }
    }
    return replacements;
  }

  /**
   * What a template says about replacements: for each marked resource naming its declaration, by
   * that name, its type, logical ID and immutable properties as text. Small enough to keep between
   * compilations instead of parsing the template again.
   */
  public static Map<String, Map<String, String>> digest(Map<String, Object> template) {
    Map<String, Map<String, String>> digest = new TreeMap<>();
    Object stage = map(map(map(map(map(template.get("Globals")).get("Function")).get("Environment"))
        .get("Variables"))).get("APP_STAGE");
    for (Map.Entry<?, ?> entry : map(template.get("Resources")).entrySet()) {
      Object resource = entry.getValue();
      if (TemplateMerge.isMarked(resource)
          && map(map(resource).get("Metadata")).get(NAME_KEY) instanceof String name
          && map(resource).get("Type") instanceof String type) {
        Map<String, String> facts = new TreeMap<>();
        facts.put(TYPE, type);
        facts.put(LOGICAL_ID, entry.getKey().toString());
        if (stage != null) {
          facts.put(STAGE, stage.toString());
        }
        Map<?, ?> properties = map(map(resource).get("Properties"));
        for (String property : IMMUTABLE.getOrDefault(type, List.of())) {
          Object value = keyTypes(property, properties);
          if (value != null) {
            facts.put(property, value.toString());
          }
        }
        digest.put(name, facts);
      }
    }
    return digest;
  }

  /** The property; for a key schema, each key with its attribute type ({@code id HASH S}). */
  private static Object keyTypes(String property, Map<?, ?> properties) {
    Object value = properties.get(property);
    if (!property.equals("KeySchema") || !(value instanceof List<?> keys)) {
      return value;
    }
    Map<Object, Object> types = new LinkedHashMap<>();
    if (properties.get("AttributeDefinitions") instanceof List<?> definitions) {
      for (Object definition : definitions) {
        types.put(map(definition).get("AttributeName"), map(definition).get("AttributeType"));
      }
    }
    List<String> schema = new ArrayList<>();
    for (Object key : keys) {
      Object name = map(key).get("AttributeName");
      schema.add(name + " " + map(key).get("KeyType") + " " + types.get(name));
    }
    return schema;
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }
}
