package dev.deployless.processor.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a file outside the compiler's output locations, only when its content changes. */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Writes {@code content} to {@code file} unless the file already holds exactly that, so a build
   * without changes leaves it untouched (and its timestamp with it).
   *
   * @param current the file's text as the caller read it, or null when there is no file
   * @return whether the file was written
   */
  public static boolean writeIfChanged(Path file, String content, String current) throws IOException {
    if (content.equals(current)) {
      return false;
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temporary = Files.createTempFile(parent, ".template", ".tmp");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }
}
