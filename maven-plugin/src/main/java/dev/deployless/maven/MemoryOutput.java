package dev.deployless.maven;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * A file manager whose outputs (the class output and the generated sources) live in memory, so that
 * {@code deployless:validate} compiles without writing a file: the generated handlers and resources
 * classes are still there for javac's later rounds, and the processor sees no class output directory
 * (no index of an earlier compile: every source is checked).
 */
final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
  private final Map<URI, MemoryFile> files = new HashMap<>();

  MemoryOutput(StandardJavaFileManager standard) {
    super(standard);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
      FileObject sibling) {
    return file(location, className.replace('.', '/') + kind.extension, kind);
  }

  @Override
  public FileObject getFileForOutput(Location location, String packageName, String relativeName,
      FileObject sibling) {
    return file(location, path(packageName, relativeName), JavaFileObject.Kind.OTHER);
  }

  @Override
  public FileObject getFileForInput(Location location, String packageName, String relativeName)
      throws java.io.IOException {
    if (isOutput(location)) {
      return files.get(uri(location, path(packageName, relativeName)));
    }
    return super.getFileForInput(location, packageName, relativeName);
  }

  @Override
  public boolean isSameFile(FileObject a, FileObject b) {
    if (a instanceof MemoryFile || b instanceof MemoryFile) {
      return a.toUri().equals(b.toUri());
    }
    return super.isSameFile(a, b);
  }

  @Override
  public boolean hasLocation(Location location) {
    return isOutput(location) || super.hasLocation(location);
  }

  private static boolean isOutput(Location location) {
    return location == StandardLocation.CLASS_OUTPUT || location == StandardLocation.SOURCE_OUTPUT;
  }

  private MemoryFile file(Location location, String path, JavaFileObject.Kind kind) {
    return files.computeIfAbsent(uri(location, path), uri -> new MemoryFile(uri, kind));
  }

  private static String path(String packageName, String relativeName) {
    return packageName.isEmpty() ? relativeName : packageName.replace('.', '/') + "/" + relativeName;
  }

  private static URI uri(Location location, String path) {
    return URI.create("mem:///" + location.getName() + "/" + path);
  }

  /** A file in memory: what was written, read back by javac's later rounds. */
  private static final class MemoryFile extends SimpleJavaFileObject {
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();

    MemoryFile(URI uri, Kind kind) {
      super(uri, kind);
    }

    @Override
    public OutputStream openOutputStream() {
      content.reset();
      return content;
    }

    @Override
    public Writer openWriter() {
      return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(content.toByteArray());
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public String inferBinaryName(JavaFileManager.Location location, JavaFileObject file) {
    return file instanceof MemoryFile ? null : super.inferBinaryName(location, file);
  }
}
