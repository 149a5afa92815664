package dev.deployless.processor.template;

import dev.deployless.processor.config.YamlDocument;
import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Reads an existing {@code template.yaml} into the tree {@link YamlWriter} prints: maps in file
 * order, lists, strings, numbers, booleans, nulls, and {@link Tagged} values for CloudFormation's
 * short-form intrinsics. Comments are not kept.
 */
public final class TemplateReader {

  /** The template cannot be read: an E73 message, whose values after the file's name it holds. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final Message message;
    private final transient Object[] values;

    Unreadable(Message message, Object... values) {
      super(message.name(), null, false, false);
      this.message = message;
      this.values = values;
    }

    /** The E73 finding for the template {@code file}. */
    public Finding finding(Path file) {
      Object[] all = new Object[values.length + 1];
      all[0] = file;
      System.arraycopy(values, 0, all, 1, values.length);
      return Finding.of(message, all);
    }
  }

  private TemplateReader() {}

  /** The template's tree; an empty map for an empty file. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(String text) throws Unreadable {
    Node root;
    try {
      root = YamlDocument.compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      throw new Unreadable(Message.E73_SYNTAX, mark == null ? 1 : mark.getLine() + 1, e.getProblem());
    } catch (YAMLException e) {
      throw new Unreadable(Message.E73_YAML, e.getMessage());
    }
    if (root == null) {
      return new LinkedHashMap<>();
    }
    Object tree = value(root);
    if (!(tree instanceof Map)) {
      throw new Unreadable(Message.E73_NOT_MAPPING);
    }
    return (Map<String, Object>) tree;
  }

  private static Object value(Node node) throws Unreadable {
    Object value;
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple entry : mapping.getValue()) {
        if (!(entry.getKeyNode() instanceof ScalarNode key)) {
          throw new Unreadable(Message.E73_KEY, entry.getKeyNode().getStartMark().getLine() + 1);
        }
        map.put(key.getValue(), value(entry.getValueNode()));
      }
      value = map;
    } else if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      for (Node element : sequence.getValue()) {
        list.add(value(element));
      }
      value = list;
    } else {
      value = scalar((ScalarNode) node);
    }
    Tag tag = node.getTag();
    return tag.getValue().startsWith(Tag.PREFIX) ? value : new Tagged(tag.getValue(), value);
  }

  private static Object scalar(ScalarNode node) {
    Tag tag = node.getTag();
    String text = node.getValue();
    try {
      if (tag.equals(Tag.INT)) {
        return Long.parseLong(text.replace("_", ""));
      }
      if (tag.equals(Tag.FLOAT)) {
        return Double.parseDouble(text.replace("_", ""));
      }
    } catch (NumberFormatException notDecimal) {
      return text;
    }
    if (tag.equals(Tag.BOOL)) {
      return switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on", "y" -> Boolean.TRUE;
        default -> Boolean.FALSE;
      };
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    return text;
  }
}
