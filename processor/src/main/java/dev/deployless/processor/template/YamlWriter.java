package dev.deployless.processor.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a tree of maps (in their iteration order), lists, strings, numbers and booleans as block
 * YAML with two-space indentation. Strings are plain when YAML cannot read them as anything else,
 * single-quoted otherwise, double-quoted with escapes when they hold control characters. The same
 * tree always prints the same text.
 */
public final class YamlWriter {
  private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> RESERVED = Set.of("y", "yes", "n", "no", "true", "false", "on",
      "off", "null", "~");

  private final StringBuilder out = new StringBuilder();

  private YamlWriter() {}

  /** {@code tree} as YAML, after the given comment lines. */
  public static String write(Map<String, ?> tree, List<String> comments) {
    YamlWriter writer = new YamlWriter();
    for (String comment : comments) {
      writer.out.append(comment.isEmpty() ? "#" : "# " + comment).append('\n');
    }
    writer.map(tree, 0);
    return writer.out.toString();
  }

  private void map(Map<String, ?> map, int indent) {
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      indent(indent);
      out.append(key(entry.getKey())).append(':');
      value(entry.getValue(), indent);
    }
  }

  /** Writes a value after "key:" or "-". */
  @SuppressWarnings("unchecked")
  private void value(Object value, int indent) {
    if (value instanceof Tagged tagged) {
      out.append(' ').append(tagged.tag());
      if (tagged.value() instanceof Map || tagged.value() instanceof List) {
        value(tagged.value(), indent);
      } else {
        out.append(' ').append(scalar(tagged.value())).append('\n');
      }
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        map((Map<String, ?>) map, indent + 2);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        for (Object element : list) {
          indent(indent + 2);
          out.append('-');
          if (element instanceof Map<?, ?> map && !map.isEmpty()) {
            listMap((Map<String, ?>) map, indent + 4);
          } else {
            value(element, indent + 2);
          }
        }
      }
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  /** A map as a list element: its first key on the dash's line. */
  private void listMap(Map<String, ?> map, int indent) {
    boolean first = true;
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      if (first) {
        out.append(' ');
        first = false;
      } else {
        indent(indent);
      }
      out.append(key(entry.getKey())).append(':');
      value(entry.getValue(), indent);
    }
  }

  private void indent(int indent) {
    for (int i = 0; i < indent; i++) {
      out.append(' ');
    }
  }

  private static String key(String key) {
    return scalar(key);
  }

  /** A scalar's YAML text. */
  static String scalar(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Double number) {
      return number == Math.rint(number) && !Double.isInfinite(number)
          ? Long.toString(number.longValue()) : number.toString();
    }
    String text = value.toString();
    if (needsDoubleQuotes(text)) {
      return doubleQuoted(text);
    }
    if (isPlain(text)) {
      return text;
    }
    if (text.contains("'") && !text.contains("\"") && !text.contains("\\")) {
      return "\"" + text + "\"";
    }
    return "'" + text.replace("'", "''") + "'";
  }

  private static boolean isPlain(String text) {
    return plainCharacters(text)
        && !text.endsWith(" ")
        && !text.endsWith(":")
        && !text.contains(": ")
        && !text.contains(" #")
        && !RESERVED.contains(text.toLowerCase(Locale.ROOT))
        && !(text.charAt(0) == '.' && NUMBER_LIKE.matcher(text).matches());
  }

  /**
   * Whether {@code text} is a plain scalar's characters: {@code [A-Za-z_/$.][A-Za-z0-9_./:${}()\[\]+*@=,~ -]*},
   * written out because it runs for every scalar of the template. Of the first characters only
   * {@code .} can start a number, so only those need the number check.
   */
  private static boolean plainCharacters(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_' || first == '/'
        || first == '$' || first == '.')) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || "_./:${}()[]+*@=,~ -".indexOf(c) >= 0;
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsDoubleQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static String doubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\x%02x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
