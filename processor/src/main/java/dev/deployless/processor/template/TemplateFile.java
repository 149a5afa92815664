package dev.deployless.processor.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The template on disk: merges the generated template into it and writes it when it changes. */
public final class TemplateFile {
  private TemplateFile() {}

  /**
   * The text to write at {@code file}: {@code generated} merged into the template already there
   * (see {@link TemplateMerge}), or {@code generated} alone.
   *
   * @throws TemplateReader.Unreadable if the existing file is not a YAML mapping
   */
  public static String text(Path file, Map<String, Object> generated)
      throws IOException, TemplateReader.Unreadable {
    Map<String, Object> existing = existing(file);
    if (existing.isEmpty()) {
      return YamlWriter.write(generated, SamTemplate.HEADER);
    }
    return YamlWriter.write(TemplateMerge.merge(existing, generated), SamTemplate.HEADER);
  }

  /** The template at {@code file}, empty when there is none. */
  public static Map<String, Object> existing(Path file) throws IOException, TemplateReader.Unreadable {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    return TemplateReader.read(Files.readString(file, StandardCharsets.UTF_8));
  }
}
