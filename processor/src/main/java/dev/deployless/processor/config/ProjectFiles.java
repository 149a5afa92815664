package dev.deployless.processor.config;

import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.Project.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the text files the project consists of ({@code deployless.yaml}, its {@code env_file}):
 * regular files of at most {@link Project#MAX_FILE_BYTES}, in UTF-8. A directory, a device such as
 * {@code /dev/zero}, a pipe or a huge file is refused with the reason, never read into memory.
 */
final class ProjectFiles {
  private static final int MAX_BYTES = Project.MAX_FILE_BYTES;

  /** Why a file was not read, and for {@link FileProblem#UNREADABLE} the I/O error. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final FileProblem problem;

    Refused(FileProblem problem, String error) {
      super(error, null, false, false);
      this.problem = problem;
    }

    FileProblem problem() {
      return problem;
    }

    /** The I/O error's text, or null when the file was refused for what it is. */
    String error() {
      return getMessage();
    }
  }

  private ProjectFiles() {}

  /** Why {@code file} cannot be read as a project file, without reading it; null when it can. */
  static FileProblem problem(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException missing) {
      return FileProblem.MISSING;
    } catch (IOException | SecurityException e) {
      return FileProblem.UNREADABLE;
    }
    if (attributes.isDirectory()) {
      return FileProblem.DIRECTORY;
    }
    if (!attributes.isRegularFile()) {
      return FileProblem.NOT_REGULAR_FILE;
    }
    return attributes.size() > MAX_BYTES ? FileProblem.TOO_LARGE : null;
  }

  /** The text of {@code file}, which must be a regular UTF-8 file of at most {@link Project#MAX_FILE_BYTES}. */
  static String read(Path file) throws Refused {
    FileProblem problem = problem(file);
    if (problem != null && problem != FileProblem.UNREADABLE) {
      throw new Refused(problem, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      // Bounded even if the file grows after its size was read.
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new Refused(FileProblem.TOO_LARGE, null);
      }
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notText) {
      throw new Refused(FileProblem.UNREADABLE, "it is not UTF-8 text");
    } catch (IOException | SecurityException e) {
      throw new Refused(FileProblem.UNREADABLE, e.toString());
    }
  }
}
