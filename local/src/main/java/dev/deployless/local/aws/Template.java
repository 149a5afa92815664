package dev.deployless.local.aws;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The application's {@code template.yaml} as the local server reads it: the resources to create
 * in the emulator, each function's variables (with {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}
 * still to resolve) and its events. Short-form intrinsics ({@code !Ref}, {@code !GetAtt},
 * {@code !Sub}, ...) read as their long forms, so a hand-edited template works too.
 */
public final class Template {
  /** A SAM event of a function: its name, type ({@code Schedule}, {@code SQS}, ...) and properties. */
  public record Event(String function, String name, String type, Map<String, Object> properties) {}

  private final Path file;
  private final Map<String, Object> root;

  private Template(Path file, Map<String, Object> root) {
    this.file = file;
    this.root = root;
  }

  /** Reads {@code file}. */
  public static Template read(Path file) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    options.setMaxAliasesForCollections(100);
    Yaml yaml = new Yaml(new Intrinsics(options));
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object document = yaml.load(reader);
      if (!(document instanceof Map)) {
        throw new IOException(file + " is not a template (no mapping at its top)");
      }
      return new Template(file, map(document));
    } catch (RuntimeException e) {
      throw new IOException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** A template of {@code root}, for tests. */
  static Template of(Map<String, Object> root) {
    return new Template(Path.of("template.yaml"), root);
  }

  public Path file() {
    return file;
  }

  /** The resources by logical ID, in the template's order. */
  public Map<String, Map<String, Object>> resources() {
    Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : map(root.get("Resources")).entrySet()) {
      resources.put(entry.getKey(), map(entry.getValue()));
    }
    return resources;
  }

  /** The resource {@code id}'s type, or null. */
  String type(String id) {
    Object resource = map(root.get("Resources")).get(id);
    return resource == null ? null : (String) map(resource).get("Type");
  }

  /** The template's parameters, by name. */
  Map<String, Object> parameters() {
    return map(root.get("Parameters"));
  }

  /** The logical IDs of the functions. */
  public List<String> functions() {
    List<String> functions = new ArrayList<>();
    resources().forEach((id, resource) -> {
      if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
        functions.add(id);
      }
    });
    return functions;
  }

  /** The variables of function {@code id}, the globals' overridden by its own, unresolved. */
  public Map<String, Object> variables(String id) {
    Map<String, Object> variables = new LinkedHashMap<>(map(map(map(map(root.get("Globals"))
        .get("Function")).get("Environment")).get("Variables")));
    variables.putAll(map(map(properties(id).get("Environment")).get("Variables")));
    return variables;
  }

  /** The properties of resource {@code id} (empty when it has none). */
  public Map<String, Object> properties(String id) {
    Object resource = map(root.get("Resources")).get(id);
    return resource == null ? Collections.emptyMap() : map(map(resource).get("Properties"));
  }

  /** The policies of function {@code id}. */
  List<Object> policies(String id) {
    Object policies = properties(id).get("Policies");
    return policies instanceof List<?> list ? new ArrayList<>(list) : List.of();
  }

  /** The events of every function, in the template's order. */
  public List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (String function : functions()) {
      for (Map.Entry<String, Object> event : map(properties(function).get("Events")).entrySet()) {
        Map<String, Object> body = map(event.getValue());
        events.add(new Event(function, event.getKey(), (String) body.get("Type"),
            map(body.get("Properties"))));
      }
    }
    return events;
  }

  /** {@code value} as a map of a parsed document (empty when it is not one). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Collections.emptyMap();
  }

  /** {@code value} as a list of a parsed document (empty when it is not one). */
  public static List<Object> list(Object value) {
    return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
  }

  /** Reads {@code !Ref x} as {@code {Ref: x}} and {@code !Name x} as {@code {Fn::Name: x}}. */
  private static final class Intrinsics extends SafeConstructor {
    Intrinsics(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(null, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          String tag = node.getTag().getValue();
          if (!tag.startsWith("!")) {
            throw new IllegalArgumentException("unknown YAML tag " + tag);
          }
          Object value;
          if (node instanceof ScalarNode scalar) {
            value = constructScalar(scalar);
          } else if (node instanceof SequenceNode sequence) {
            value = constructSequence(sequence);
          } else {
            value = constructMapping((MappingNode) node);
          }
          String name = tag.substring(1);
          if (name.equals("GetAtt") && value instanceof String text && text.contains(".")) {
            value = List.of(text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1));
          }
          Map<String, Object> intrinsic = new LinkedHashMap<>();
          intrinsic.put(name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name, value);
          return intrinsic;
        }
      });
    }
  }
}
