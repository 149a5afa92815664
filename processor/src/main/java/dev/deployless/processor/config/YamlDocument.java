package dev.deployless.processor.config;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses the YAML files deployless reads ({@code deployless.yaml}, {@code template.yaml}) into
 * nodes, which keep their line and column: safe constructs only, and bounded, so that no file can
 * exhaust the compiler's memory or stack. SnakeYAML's loader limits bound the text (code points),
 * the nesting and the aliases; what aliases make of the text is checked here: an alias to a node
 * that contains it (an infinite document) and aliases that expand to more values than any real
 * file holds (an "alias bomb") are rejected before anything reads the nodes.
 */
public final class YamlDocument {
  /** Aliases to collections; a real file has a few, if any. */
  static final int MAX_ALIASES = 50;
  /** Nested collections (SnakeYAML's default): a generated template is about 10 deep. */
  static final int MAX_DEPTH = 50;
  /** Code points of the text: 3 times CloudFormation's 1 MB template limit. */
  static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
  /** Values (scalars and collections) once every alias is expanded, as the readers see them. */
  public static final int MAX_VALUES = 200_000;

  /** A document that is YAML but unbounded once its aliases are followed. */
  static final class Unbounded extends MarkedYAMLException {
    private static final long serialVersionUID = 1L;

    Unbounded(String problem, Mark mark) {
      super(null, null, problem, mark);
    }
  }

  private YamlDocument() {}

  /**
   * The document's root node, or null for an empty document.
   *
   * @throws org.yaml.snakeyaml.error.YAMLException when the text is not YAML, or exceeds a limit
   *     (a {@link MarkedYAMLException} with the line of the offending node when it has one)
   */
  public static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    if (root != null) {
      checkExpansion(root);
    }
    return root;
  }

  /**
   * Counts the values of {@code root} with every alias expanded, each shared node once per
   * reference, in time linear in the nodes: rejects a cycle and more than {@link #MAX_VALUES}.
   */
  private static void checkExpansion(Node root) {
    Map<Node, Long> expanded = new IdentityHashMap<>();
    Map<Node, Boolean> open = new IdentityHashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.peek();
      if (expanded.containsKey(node)) {
        stack.pop();
        continue;
      }
      List<Node> children = children(node);
      if (open.put(node, Boolean.TRUE) == null) {
        for (Node child : children) {
          if (open.containsKey(child) && !expanded.containsKey(child)) {
            throw new Unbounded("an alias refers to a collection that contains it (an infinitely deep"
                + " document)", child.getStartMark());
          }
          if (!expanded.containsKey(child)) {
            stack.push(child);
          }
        }
        continue;
      }
      long count = 1;
      for (Node child : children) {
        count += expanded.get(child);
      }
      if (count > MAX_VALUES) {
        throw new Unbounded("its aliases expand to more than " + MAX_VALUES + " values", node.getStartMark());
      }
      expanded.put(node, count);
      stack.pop();
    }
  }

  private static List<Node> children(Node node) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    if (node instanceof MappingNode mapping) {
      List<Node> children = new java.util.ArrayList<>();
      for (NodeTuple entry : mapping.getValue()) {
        children.add(entry.getKeyNode());
        children.add(entry.getValueNode());
      }
      return children;
    }
    return List.of();
  }
}
