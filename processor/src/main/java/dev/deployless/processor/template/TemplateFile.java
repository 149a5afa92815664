package dev.deployless.processor.template;

import java.util.Map;

/**
 * The template on disk: the generated template merged into the one already there, and what the
 * two say about named resources (for the replacement check, W01).
 *
 * @param text what to write
 * @param before the {@linkplain Replacements#digest digest} of the resources the file has now
 * @param after the digest of the resources {@code text} has
 */
public record TemplateFile(String text, Map<String, Map<String, String>> before,
    Map<String, Map<String, String>> after) {

  /**
   * The file to write for the {@code generated} template over {@code current} (the file's text,
   * null when there is none). When the file is what the last compilation wrote ({@code state}, null
   * when unknown) or has no edits, it is not parsed: there is nothing of the user's to merge.
   *
   * @throws TemplateReader.Unreadable when the file must be merged and cannot be read
   */
  public static TemplateFile over(String current, TemplateState state, Map<String, Object> generated)
      throws TemplateReader.Unreadable {
    String text = text(Map.of(), generated);
    Map<String, Map<String, String>> after = Replacements.digest(generated);
    if (current != null && state != null && state.describes(current)) {
      return new TemplateFile(text, state.resources(), after);
    }
    if (current == null) {
      return new TemplateFile(text, Map.of(), after);
    }
    if (text.equals(current)) {
      // A clean build (no state) of unchanged code and an unedited file: nothing to merge.
      return new TemplateFile(text, after, after);
    }
    Map<String, Object> existing = TemplateReader.read(current);
    return new TemplateFile(text(existing, generated), Replacements.digest(existing), after);
  }

  /**
   * The text to write over the template {@code existing} (empty when there is none, or when it is
   * exactly what deployless wrote last): {@code generated} merged into it (see
   * {@link TemplateMerge}), or {@code generated} alone.
   */
  static String text(Map<String, Object> existing, Map<String, Object> generated) {
    if (existing.isEmpty()) {
      return YamlWriter.write(generated, SamTemplate.HEADER);
    }
    return YamlWriter.write(TemplateMerge.merge(existing, generated), SamTemplate.HEADER);
  }

  /** The state to keep in the class output once {@link #text} is written. */
  public TemplateState state() {
    return new TemplateState(TemplateState.hash(text), after);
  }
}
