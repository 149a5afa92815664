package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Finding;
import dev.deployless.processor.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An API Gateway resource path such as {@code /users/{userId}/files/{path+}}: literal segments,
 * {@code {variable}} segments, and an optional greedy {@code {variable+}} last segment.
 *
 * @param segments the segments, without slashes
 */
public record PathTemplate(String path, List<Segment> segments) {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  /** One segment: a literal, or a (greedy) variable. */
  public record Segment(String text, String variable, boolean greedy) {
    public boolean isVariable() {
      return variable != null;
    }
  }

  /** Why a path is not a valid template: an E43 finding naming the path. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    Invalid(Message message, Object... values) {
      this(Finding.of(message, values));
    }

    private Invalid(Finding finding) {
      super(finding.text(), null);
      this.finding = finding;
    }

    /** The E43 message with its values. */
    public Finding finding() {
      return finding;
    }
  }

  private static final String LITERAL_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:@!$&'()*+,;=";

  /** The template, or the reason it is invalid (thrown as {@link Invalid}). */
  public static PathTemplate parse(String path) {
    if (!path.startsWith("/")) {
      throw new Invalid(Message.E43_START, path);
    }
    List<Segment> segments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (path.equals("/")) {
      return new PathTemplate(path, segments);
    }
    String[] parts = path.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        throw new Invalid(Message.E43_EMPTY_SEGMENT, path);
      }
      if (part.startsWith("<") && part.endsWith(">")) {
        throw new Invalid(Message.E43_ANGLE_BRACKETS, path,
            part.substring(1, part.length() - 1).replaceFirst("^\\w+:", ""), part);
      }
      if (part.startsWith("{") && part.endsWith("}")) {
        boolean greedy = part.endsWith("+}");
        String name = part.substring(1, part.length() - (greedy ? 2 : 1));
        if (!VARIABLE.matcher(name).matches()) {
          throw new Invalid(Message.E43_VARIABLE_NAME, path, part);
        }
        if (greedy && i != parts.length - 1) {
          throw new Invalid(Message.E43_GREEDY, path, part);
        }
        if (names.contains(name)) {
          throw new Invalid(Message.E43_TWICE, path, name);
        }
        names.add(name);
        segments.add(new Segment(part, name, greedy));
        continue;
      }
      for (char c : part.toCharArray()) {
        if (c == '{' || c == '}') {
          throw new Invalid(Message.E43_MIXED, path, part);
        }
        if (LITERAL_CHARACTERS.indexOf(c) < 0) {
          throw new Invalid(Message.E43_CHARACTER, path, c);
        }
      }
      segments.add(new Segment(part, null, false));
    }
    return new PathTemplate(path, segments);
  }

  /** The variable names, in order. */
  public List<String> variables() {
    List<String> names = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment.isVariable()) {
        names.add(segment.variable());
      }
    }
    return names;
  }

  /** The path with every variable as {@code {}}: two routes with the same shape conflict. */
  public String shape() {
    StringBuilder shape = new StringBuilder();
    for (Segment segment : segments) {
      shape.append('/').append(segment.isVariable() ? (segment.greedy() ? "{+}" : "{}") : segment.text());
    }
    return shape.length() == 0 ? "/" : shape.toString();
  }
}
