package dev.deployless.processor.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the changes that make CloudFormation replace a named resource deployless wrote (W01): a new
 * table name or key schema, bucket name, queue name or FIFO flag, key usage or spec, parameter name
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
      "AWS::KMS::Key", List.of("KeyUsage", "KeySpec"),
      "AWS::SSM::Parameter", List.of("Name", "Type"));

  /** One replacement: what changes from what to what. */
  public record Replacement(String resource, String type, String change) {}

  private Replacements() {}

  /** The replacements writing {@code generated} over {@code existing} would cause. */
  public static List<Replacement> find(Map<String, Object> existing, Map<String, Object> generated) {
    Map<String, Map<String, Object>> before = declared(existing);
    Map<String, Map<String, Object>> after = declared(generated);
    List<Replacement> replacements = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> entry : after.entrySet()) {
      Map<String, Object> old = before.get(entry.getKey());
      if (old == null) {
        continue;
      }
      Map<String, Object> now = entry.getValue();
      String type = (String) now.get("Type");
      if (!type.equals(old.get("Type"))) {
        continue;
      }
      List<String> changes = new ArrayList<>();
      if (!old.get("LogicalId").equals(now.get("LogicalId"))) {
        changes.add("logical ID " + old.get("LogicalId") + " -> " + now.get("LogicalId"));
      }
      Map<?, ?> oldProperties = map(old.get("Properties"));
      Map<?, ?> newProperties = map(now.get("Properties"));
      for (String property : IMMUTABLE.getOrDefault(type, List.of())) {
        Object was = keyTypes(property, oldProperties);
        Object is = keyTypes(property, newProperties);
        if (!Objects.equals(was, is)) {
          changes.add(property + " " + text(was) + " -> " + text(is));
        }
      }
      if (!changes.isEmpty()) {
        replacements.add(new Replacement(entry.getKey(), type, String.join(", ", changes)));
      }
    }
    return replacements;
  }

  /** The marked resources naming a declaration, by that name, with their logical ID added. */
  private static Map<String, Map<String, Object>> declared(Map<String, Object> template) {
    Map<String, Map<String, Object>> declared = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map(template.get("Resources")).entrySet()) {
      if (TemplateMerge.isMarked(entry.getValue())
          && map(map(entry.getValue()).get("Metadata")).get(NAME_KEY) instanceof String name) {
        Map<String, Object> resource = new LinkedHashMap<>();
        map(entry.getValue()).forEach((key, value) -> resource.put((String) key, value));
        resource.put("LogicalId", entry.getKey());
        declared.put(name, resource);
      }
    }
    return declared;
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

  private static String text(Object value) {
    return value == null ? "(none)" : value.toString();
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }
}
