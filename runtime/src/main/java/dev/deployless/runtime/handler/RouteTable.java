package dev.deployless.runtime.handler;

import java.util.HashMap;
import java.util.Map;

/**
 * The path templates one function serves, in matching priority order (computed at compile time:
 * literal segments before {@code {param}} before greedy {@code {param+}}). A request is matched by
 * API Gateway's {@code resource} when it names one of the templates, otherwise by its path.
 */
public final class RouteTable {
  private final String[] templates;
  private final String[][] segments;

  /** A table of {@code templates}, highest priority first. */
  public RouteTable(String... templates) {
    this.templates = templates.clone();
    this.segments = new String[templates.length][];
    for (int i = 0; i < templates.length; i++) {
      segments[i] = split(templates[i]);
    }
  }

  /** The number of templates. */
  public int size() {
    return templates.length;
  }

  /** The template at {@code index}. */
  public String template(int index) {
    return templates[index];
  }

  /** The index of the template equal to {@code resource}, or -1. */
  public int indexOfResource(String resource) {
    if (resource == null) {
      return -1;
    }
    for (int i = 0; i < templates.length; i++) {
      if (templates[i].equals(resource)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first template matching {@code path}, putting the values of its path
   * parameters into {@code parameters}; -1 when none matches.
   */
  public int matchPath(String path, Map<String, String> parameters) {
    String[] parts = split(path);
    for (int i = 0; i < templates.length; i++) {
      Map<String, String> found = match(segments[i], parts);
      if (found != null) {
        parameters.putAll(found);
        return i;
      }
    }
    return -1;
  }

  /**
   * Orders path templates by matching priority, as API Gateway does: segment by segment, a literal
   * before a {@code {param}} before a greedy {@code {param+}}; literals alphabetically; a shorter
   * template before a longer one it is a prefix of.
   */
  public static int compareTemplates(String a, String b) {
    String[] left = split(a);
    String[] right = split(b);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int kind = Integer.compare(kind(left[i]), kind(right[i]));
      if (kind != 0) {
        return kind;
      }
      int text = left[i].compareTo(right[i]);
      if (text != 0) {
        return text;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int kind(String segment) {
    if (!segment.startsWith("{")) {
      return 0;
    }
    return segment.endsWith("+}") ? 2 : 1;
  }

  private static Map<String, String> match(String[] template, String[] path) {
    Map<String, String> values = null;
    for (int i = 0; i < template.length; i++) {
      String segment = template[i];
      boolean variable = segment.startsWith("{");
      if (variable && segment.endsWith("+}")) {
        if (i >= path.length) {
          return null;
        }
        StringBuilder rest = new StringBuilder(path[i]);
        for (int j = i + 1; j < path.length; j++) {
          rest.append('/').append(path[j]);
        }
        values = put(values, segment.substring(1, segment.length() - 2), rest.toString());
        return values;
      }
      if (i >= path.length) {
        return null;
      }
      if (variable) {
        values = put(values, segment.substring(1, segment.length() - 1), path[i]);
      } else if (!segment.equals(path[i])) {
        return null;
      }
    }
    if (template.length != path.length) {
      return null;
    }
    return values == null ? new HashMap<>() : values;
  }

  private static Map<String, String> put(Map<String, String> values, String name, String value) {
    Map<String, String> map = values == null ? new HashMap<>() : values;
    map.put(name, value);
    return map;
  }

  private static String[] split(String path) {
    String trimmed = path;
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
