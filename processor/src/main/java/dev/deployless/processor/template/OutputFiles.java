package dev.deployless.processor.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Writes a file outside the compiler's output locations, only when its content changes. */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Writes {@code content} to {@code file} unless the file already holds exactly that, so a build
   * without changes leaves it untouched (and its timestamp with it). The file is replaced atomically
   * (written beside it, then moved over it), so a reader never sees half a file; it keeps its
   * permissions, and a new file gets those of any file the user creates (0644 under the usual umask).
   *
   * @param current the file's text as the caller read it, or null when there is no file
   * @return whether the file was written
   */
  public static boolean writeIfChanged(Path file, String content, String current) throws IOException {
    if (content.equals(current)) {
      return false;
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // Not Files.createTempFile: it creates the file with mode 0600, which the move would keep.
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
        + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      keepPermissions(target, temporary);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }

  /** Gives {@code replacement} the POSIX permissions of {@code file}, if it exists and has them. */
  private static void keepPermissions(Path file, Path replacement) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      Files.setPosixFilePermissions(replacement, permissions);
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the new file inherits the directory's access control lists.
    }
  }
}
