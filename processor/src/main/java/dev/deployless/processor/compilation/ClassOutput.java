package dev.deployless.processor.compilation;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The files deployless keeps in the class output ({@code META-INF/deployless/}: the index, the
 * template's state, the local server's descriptor): written through the {@code Filer} with their
 * originating classes, read back directly from the directory when there is one.
 */
public final class ClassOutput {
  private final Filer filer;
  private final Path directory;

  ClassOutput(Filer filer) {
    this.filer = filer;
    this.directory = directory(filer);
  }

  /** The class output directory, or null when it is not a directory (in-memory compilers). */
  public Path directory() {
    return directory;
  }

  /**
   * Whether the class output holds the class file {@code binaryPath} ({@code com/example/A$B}); when
   * the class output is not a directory nothing can be known, and it is taken to be there.
   */
  boolean hasClass(String binaryPath) {
    return directory == null || Files.isRegularFile(directory.resolve(binaryPath + ".class"));
  }

  /** The text of {@code path}; null when there is none or it cannot be read. */
  String read(String path) {
    if (directory == null) {
      return null;
    }
    Path file = directory.resolve(path);
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException unreadable) {
      return null;
    }
  }

  /**
   * Writes {@code path}, generated from {@code origins}.
   *
   * @throws IOException when it cannot, or IllegalArgumentException when the file manager rejects
   *     it (a directory in the way)
   */
  void write(String path, String content, Element[] origins) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
    try (Writer writer = file.openWriter()) {
      writer.write(content);
    }
  }

  private static Path directory(Filer filer) {
    try {
      URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "deployless.probe").toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri).getParent() : null;
    } catch (IOException | IllegalArgumentException unknown) {
      return null;
    }
  }
}
