package dev.deployless.runtime.handler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path templates one function serves, in matching priority order (computed at compile time:
 * literal segments before {@code {param}} before greedy {@code {param+}}). A request is matched by
 * API Gateway's {@code resource} when it names one of the templates, otherwise by its path.
 *
 * <p>A table made by {@link #ofRoutes} also knows the HTTP methods of each template, and numbers the
 * routes (method and template) themselves; one made by the constructor numbers templates only.
 */
public final class RouteTable {
  private static final String ANY = "ANY";

  private final String[] templates;
  private final String[][] segments;
  /** Per template, its routes' methods (exact methods first, ANY last); null for a path-only table. */
  private final String[][] methods;
  /** Per template, the index of each route in {@link #methods}. */
  private final int[][] routes;
  /** Per template, its methods as the {@code Allow} header lists them. */
  private final String[] allowed;

  /** A path-only table of {@code templates}, highest priority first. */
  public RouteTable(String... templates) {
    this(templates, null, null, null);
  }

  private RouteTable(String[] templates, String[][] methods, int[][] routes, String[] allowed) {
    this.templates = templates.clone();
    this.segments = new String[templates.length][];
    for (int i = 0; i < templates.length; i++) {
      segments[i] = split(templates[i]);
    }
    this.methods = methods;
    this.routes = routes;
    this.allowed = allowed;
  }

  /**
   * A table of routes written {@code "GET /users/{id}"}, their templates in priority order; route
   * {@code i} is the {@code i}-th argument. {@code ANY} serves the methods no other route of its
   * template serves.
   */
  public static RouteTable ofRoutes(String... routes) {
    Map<String, Integer> templateIndex = new LinkedHashMap<>();
    List<List<String>> methods = new ArrayList<>();
    List<List<Integer>> indexes = new ArrayList<>();
    for (int i = 0; i < routes.length; i++) {
      int space = routes[i].indexOf(' ');
      if (space <= 0) {
        throw new IllegalArgumentException("not a route (METHOD /path): " + routes[i]);
      }
      String method = routes[i].substring(0, space);
      String template = routes[i].substring(space + 1);
      int index = templateIndex.computeIfAbsent(template, unused -> templateIndex.size());
      if (index == methods.size()) {
        methods.add(new ArrayList<>());
        indexes.add(new ArrayList<>());
      }
      // ANY answers only what the exact methods do not, so it is tried last.
      int at = method.equals(ANY) ? methods.get(index).size() : exactCount(methods.get(index));
      methods.get(index).add(at, method);
      indexes.get(index).add(at, i);
    }
    int count = templateIndex.size();
    String[][] methodTable = new String[count][];
    int[][] routeTable = new int[count][];
    String[] allowed = new String[count];
    for (int t = 0; t < count; t++) {
      methodTable[t] = methods.get(t).toArray(new String[0]);
      routeTable[t] = new int[indexes.get(t).size()];
      for (int r = 0; r < routeTable[t].length; r++) {
        routeTable[t][r] = indexes.get(t).get(r);
      }
      allowed[t] = String.join(", ", methods.get(t).subList(0, exactCount(methods.get(t))));
    }
    return new RouteTable(templateIndex.keySet().toArray(new String[0]), methodTable, routeTable, allowed);
  }

  private static int exactCount(List<String> methods) {
    int exact = 0;
    while (exact < methods.size() && !methods.get(exact).equals(ANY)) {
      exact++;
    }
    return exact;
  }

  /**
   * The route serving {@code method} on template {@code template}, or -1 when none does (405). A
   * path-only table answers the template's index.
   */
  public int route(int template, String method) {
    if (methods == null) {
      return template;
    }
    String[] candidates = methods[template];
    for (int i = 0; i < candidates.length; i++) {
      if (candidates[i].equals(method) || candidates[i].equals(ANY)) {
        return routes[template][i];
      }
    }
    return -1;
  }

  /** The methods template {@code template} serves, as the {@code Allow} header lists them. */
  public String allowed(int template) {
    return allowed == null ? "" : allowed[template];
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
    int begin = 0;
    int end = path.length();
    while (begin < end && path.charAt(begin) == '/') {
      begin++;
    }
    while (end > begin && path.charAt(end - 1) == '/') {
      end--;
    }
    for (int i = 0; i < templates.length; i++) {
      Map<String, String> found = match(segments[i], path, begin, end);
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

  /**
   * The parameters of {@code template} if it matches the segments of {@code path} between
   * {@code begin} and {@code end} (no slash at either end), else null. It walks the path once,
   * without splitting it, so the cost is linear in the path's length whatever its slashes.
   */
  private static Map<String, String> match(String[] template, String path, int begin, int end) {
    Map<String, String> values = null;
    int at = begin;
    boolean more = begin < end;
    for (String segment : template) {
      if (!more) {
        return null;
      }
      boolean variable = segment.startsWith("{");
      if (variable && segment.endsWith("+}")) {
        return put(values, segment.substring(1, segment.length() - 2), path.substring(at, end));
      }
      int slash = path.indexOf('/', at);
      int segmentEnd = slash < 0 || slash > end ? end : slash;
      if (variable) {
        values = put(values, segment.substring(1, segment.length() - 1),
            path.substring(at, segmentEnd));
      } else if (segmentEnd - at != segment.length() || !path.startsWith(segment, at)) {
        return null;
      }
      more = segmentEnd < end;
      at = segmentEnd + 1;
    }
    if (more) {
      return null;
    }
    return values == null ? new HashMap<>() : values;
  }

  private static Map<String, String> put(Map<String, String> values, String name, String value) {
    Map<String, String> map = values == null ? new HashMap<>() : values;
    map.put(name, value);
    return map;
  }

  /** The segments of a template, without leading and trailing slashes. */
  private static String[] split(String template) {
    int begin = 0;
    int end = template.length();
    while (begin < end && template.charAt(begin) == '/') {
      begin++;
    }
    while (end > begin && template.charAt(end - 1) == '/') {
      end--;
    }
    return begin == end ? new String[0] : template.substring(begin, end).split("/", -1);
  }
}
