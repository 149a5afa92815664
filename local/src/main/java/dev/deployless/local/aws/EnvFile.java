package dev.deployless.local.aws;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The {@code env_file} of {@code deployless.yaml}, read with the processor's rules
 * ({@code NAME=value} lines, optionally {@code export}ed or quoted, {@code #} comments): the local
 * server needs its {@code SECRET_} values, which the build never writes anywhere.
 */
public final class EnvFile {
  private static final Pattern LINE = Pattern.compile("^(?:export\\s+)?([^=#\\s][^=]*?)\\s*=\\s*(.*)$");

  private EnvFile() {}

  /**
   * The variables of the env file named by {@code config} ({@code deployless.yaml}); empty when
   * the project has none or the file is missing.
   */
  public static Map<String, String> ofProject(Path config) throws IOException {
    if (!Files.isRegularFile(config)) {
      return Map.of();
    }
    Object declared;
    try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      declared = Template.map(root).get("env_file");
    } catch (RuntimeException e) {
      throw new IOException(config + " cannot be read: " + e.getMessage(), e);
    }
    if (declared == null) {
      return Map.of();
    }
    Path dir = config.toAbsolutePath().getParent();
    Path file = dir.resolve(interpolate(declared.toString())).normalize();
    return Files.isRegularFile(file) ? read(file) : Map.of();
  }

  /** The variables of {@code file}, in order. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher line = LINE.matcher(raw.strip());
      if (line.matches()) {
        variables.put(line.group(1), value(line.group(2).strip()));
      }
    }
    return variables;
  }

  private static String value(String text) {
    boolean quoted = text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
        && text.charAt(text.length() - 1) == text.charAt(0);
    if (quoted) {
      return text.substring(1, text.length() - 1);
    }
    int comment = text.indexOf(" #");
    return comment < 0 ? text : text.substring(0, comment).strip();
  }

  /** {@code ${VAR}} and {@code ${VAR:-default}} from the environment, as deployless.yaml allows. */
  private static String interpolate(String text) {
    Matcher matcher = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = System.getenv(matcher.group(1));
      String replacement = value != null ? value : matcher.group(2) != null ? matcher.group(2) : "";
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return matcher.appendTail(out).toString();
  }
}
