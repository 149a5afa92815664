package dev.deployless.processor.template;

import java.util.Map;

/** The template on disk: the generated template merged into the one already there. */
public final class TemplateFile {
  private TemplateFile() {}

  /**
   * The text to write over the template {@code existing} (empty when there is none, or when it is
   * exactly what deployless wrote last): {@code generated} merged into it (see
   * {@link TemplateMerge}), or {@code generated} alone.
   */
  public static String text(Map<String, Object> existing, Map<String, Object> generated) {
    if (existing.isEmpty()) {
      return YamlWriter.write(generated, SamTemplate.HEADER);
    }
    return YamlWriter.write(TemplateMerge.merge(existing, generated), SamTemplate.HEADER);
  }
}
