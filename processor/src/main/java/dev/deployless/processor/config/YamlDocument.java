package dev.deployless.processor.config;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses the YAML files deployless reads ({@code deployless.yaml}, {@code template.yaml}) into
 * nodes, which keep their line and column: safe constructs only, and few aliases (a file of
 * aliases to aliases must not exhaust the compiler's memory).
 */
public final class YamlDocument {
  private static final int MAX_ALIASES = 50;

  private YamlDocument() {}

  /**
   * The document's root node, or null for an empty document.
   *
   * @throws org.yaml.snakeyaml.error.YAMLException when the text is not YAML
   */
  public static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
  }
}
