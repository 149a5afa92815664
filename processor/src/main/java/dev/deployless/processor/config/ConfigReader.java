package dev.deployless.processor.config;

import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code deployless.yaml} against the {@link ConfigSchema}: every key must be known (else E56
 * with a "did you mean"), every value of the right shape (E57), and {@code ${VAR}} /
 * {@code ${VAR:-default}} in string values is replaced from the environment (E32). The result is
 * plain values (maps, lists, strings, longs, doubles, booleans; a blank mapping is an empty one,
 * another blank value null) and the file location of every dotted key path, so later rules can point at the line of the value they reject.
 */
final class ConfigReader {
  static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");

  private final Path file;
  private final Map<String, String> environment;
  private final Report report;
  private final Map<String, Location> locations = new LinkedHashMap<>();

  ConfigReader(Path file, Map<String, String> environment, Report report) {
    this.file = file;
    this.environment = environment;
    this.report = report;
  }

  /** The locations of the values read, by dotted path ({@code api.cors.allow_origin}). */
  Map<String, Location> locations() {
    return locations;
  }

  /** The file's values, or an empty map when it is empty or not YAML (reported). */
  @SuppressWarnings("unchecked")
  Map<String, Object> read(String text) {
    Node root;
    try {
      root = YamlDocument.compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      report.add(Message.E55_SYNTAX, at(mark), e.getProblem());
      return new LinkedHashMap<>();
    } catch (YAMLException e) {
      report.add(Message.E55_SYNTAX, new Location.InFile(file, 1, 1), e.getMessage());
      return new LinkedHashMap<>();
    }
    if (root == null || isNull(root)) {
      return new LinkedHashMap<>();
    }
    if (!(root instanceof MappingNode)) {
      report.add(Message.E57_ROOT, at(root.getStartMark()), describeValue(root));
      return new LinkedHashMap<>();
    }
    Object value = read(root, ConfigSchema.ROOT, "");
    return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
  }

  private Object read(Node node, Shape shape, String path) {
    if (!path.isEmpty()) {
      locations.put(path, at(node.getStartMark()));
    }
    if (isNull(node)) {
      // A blank mapping ("auth:", "free:") is an empty one, its required keys missing; a blank
      // value that may also be a flag (alarms, deployment) or anything else is not set.
      return shape instanceof Shape.Fields ? new LinkedHashMap<>() : null;
    }
    if (shape instanceof Shape.AnyOf anyOf) {
      for (Shape alternative : anyOf.alternatives()) {
        if (fits(node, alternative)) {
          return read(node, alternative, path);
        }
      }
      return mismatch(node, shape, path);
    }
    if (!fits(node, shape)) {
      return mismatch(node, shape, path);
    }
    if (shape instanceof Shape.Fields fields) {
      return readFields((MappingNode) node, fields, path);
    }
    if (shape instanceof Shape.MapOf mapOf) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple entry : entries((MappingNode) node, path)) {
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        map.put(key, read(entry.getValueNode(), mapOf.values(), join(path, key)));
      }
      return map;
    }
    if (shape instanceof Shape.ListOf listOf) {
      List<Object> list = new ArrayList<>();
      List<Node> elements = ((SequenceNode) node).getValue();
      for (int i = 0; i < elements.size(); i++) {
        list.add(read(elements.get(i), listOf.elements(), path + "[" + i + "]"));
      }
      return list;
    }
    if (shape instanceof Shape.Anything) {
      return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }
    return scalar((ScalarNode) node, shape, path);
  }

  private Map<String, Object> readFields(MappingNode node, Shape.Fields fields, String path) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple entry : entries(node, path)) {
      String key = ((ScalarNode) entry.getKeyNode()).getValue();
      Shape field = fields.fields().get(key);
      if (field == null) {
        locations.put(join(path, key), at(entry.getKeyNode().getStartMark()));
        report.add(Message.E56, at(entry.getKeyNode().getStartMark()), join(path, key),
            Suggestions.didYouMean(key, fields.fields().keySet()));
        continue;
      }
      map.put(key, read(entry.getValueNode(), field, join(path, key)));
    }
    return map;
  }

  /** The entries of a mapping whose keys are scalars, reporting other and duplicate keys. */
  private List<NodeTuple> entries(MappingNode node, String path) {
    List<NodeTuple> entries = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (NodeTuple entry : node.getValue()) {
      Node key = entry.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        if (path.isEmpty()) {
          report.add(Message.E57_ROOT_KEY, at(key.getStartMark()), kind(key));
        } else {
          report.add(Message.E57_KEY, at(key.getStartMark()), path, kind(key));
        }
        continue;
      }
      if (seen.contains(scalar.getValue())) {
        report.add(Message.E55_DUPLICATE_KEY, at(key.getStartMark()), join(path, scalar.getValue()));
        continue;
      }
      seen.add(scalar.getValue());
      entries.add(entry);
    }
    return entries;
  }

  private Object scalar(ScalarNode node, Shape shape, String path) {
    boolean isString = node.getTag().equals(Tag.STR);
    String text = isString ? interpolate(node.getValue(), node) : node.getValue();
    if (text == null) {
      return null;
    }
    if (shape instanceof Shape.WholeNumber) {
      if (!WHOLE_NUMBER.matcher(text.trim()).matches()) {
        if (node.getTag().equals(Tag.INT)) {
          // YAML 1.1 integers SnakeYAML knows: 0x200, 0o17, 1_000, 1:30 (sexagesimal).
          report.add(Message.E57_DECIMAL, at(node.getStartMark()), path, text);
          return null;
        }
        return mismatch(node, shape, path);
      }
      try {
        return Long.parseLong(text.trim().replace("+", ""));
      } catch (NumberFormatException e) {
        return mismatch(node, shape, path);
      }
    }
    if (shape instanceof Shape.Decimal) {
      try {
        return Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        return mismatch(node, shape, path);
      }
    }
    if (shape instanceof Shape.Flag) {
      if (node.getTag().equals(Tag.BOOL)) {
        return Boolean.valueOf(isTrue(text));
      }
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.valueOf(text.equalsIgnoreCase("true"));
      }
      return mismatch(node, shape, path);
    }
    return text;
  }

  /** Whether {@code node} can be read as {@code shape} (interpolated strings count as numbers). */
  private static boolean fits(Node node, Shape shape) {
    if (isNull(node) || shape instanceof Shape.Anything) {
      return true;
    }
    if (shape instanceof Shape.Fields || shape instanceof Shape.MapOf) {
      return node instanceof MappingNode;
    }
    if (shape instanceof Shape.ListOf) {
      return node instanceof SequenceNode;
    }
    if (shape instanceof Shape.AnyOf anyOf) {
      for (Shape alternative : anyOf.alternatives()) {
        if (fits(node, alternative)) {
          return true;
        }
      }
      return false;
    }
    if (!(node instanceof ScalarNode scalar)) {
      return false;
    }
    Tag tag = scalar.getTag();
    if (shape instanceof Shape.WholeNumber) {
      return tag.equals(Tag.INT) || tag.equals(Tag.STR) && scalar.getValue().contains("${");
    }
    if (shape instanceof Shape.Decimal) {
      return tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)
          || tag.equals(Tag.STR) && scalar.getValue().contains("${");
    }
    if (shape instanceof Shape.Flag) {
      return tag.equals(Tag.BOOL) || tag.equals(Tag.STR) && scalar.getValue().contains("${");
    }
    return true;
  }

  private Object mismatch(Node node, Shape shape, String path) {
    report.add(Message.E57_VALUE, at(node.getStartMark()), path, shape.description(),
        describeValue(node));
    return null;
  }

  /** {@code text} with its variables replaced, or null when one is unresolved (reported). */
  private String interpolate(String text, Node node) {
    if (!text.contains("${")) {
      return text;
    }
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder result = new StringBuilder();
    boolean resolved = true;
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = environment.get(name);
      if (value == null) {
        value = matcher.group(2);
      }
      if (value == null) {
        report.add(Message.E32, at(node.getStartMark()), name);
        resolved = false;
        value = "";
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    return resolved ? result.toString() : null;
  }

  private Location at(Mark mark) {
    return mark == null ? new Location.InFile(file, 1, 1)
        : new Location.InFile(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  private static boolean isTrue(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y");
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "mapping";
    }
    return node instanceof SequenceNode ? "list" : "scalar";
  }

  private static String describeValue(Node node) {
    if (node instanceof ScalarNode scalar) {
      Tag tag = scalar.getTag();
      String kind = tag.equals(Tag.INT) ? "the integer" : tag.equals(Tag.FLOAT) ? "the number"
          : tag.equals(Tag.BOOL) ? "the boolean" : "the string";
      return kind + " '" + scalar.getValue() + "'";
    }
    return "a " + kind(node);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
