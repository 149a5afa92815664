package dev.deployless.maven;

import dev.deployless.processor.compilation.ConfigInputs;
import dev.deployless.processor.index.FeatureIndex;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The class output as the last compile left it, seen from the project file: the hash of the inputs
 * the template was made from ({@link ConfigInputs}), and the compiled classes of the features and
 * shared resources listed in the index. Deleting a class file makes its source stale for every
 * version of the stock maven-compiler-plugin: its incremental mode (3.x, the default) then
 * recompiles the module, its plain mode the stale sources, and the processor, which reads the
 * other features back from the index, rewrites the whole template.
 */
final class ConfigChanges {
  private final Path classes;

  ConfigChanges(Path classes) {
    this.classes = classes;
  }

  /** Whether a compile with deployless left its index here (else there is nothing to keep up to date). */
  boolean compiled() {
    return Files.isRegularFile(classes.resolve(FeatureIndex.PATH));
  }

  /** The hash the processor would record now for {@code project} with these {@code options}. */
  static String hash(Project project, Map<String, String> environment, Map<String, String> options) {
    return ConfigInputs.hash(project, environment, options);
  }

  /** The hash recorded with the last template, if any. */
  Optional<String> recorded() {
    Path file = classes.resolve(ConfigInputs.PATH);
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim()) : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * When {@code current} differs from the recorded hash (or none is recorded, a compile that failed
   * or an older processor), deletes the class files of the indexed classes and their nested
   * classes; how many classes, if any.
   */
  Optional<Integer> staleClasses(String current) throws MojoExecutionException {
    if (recorded().filter(current::equals).isPresent()) {
      return Optional.empty();
    }
    int removed = 0;
    try {
      String index = Files.readString(classes.resolve(FeatureIndex.PATH), StandardCharsets.UTF_8);
      for (String entry : FeatureIndex.entries(index)) {
        Optional<FeatureIndex.Entry> read = FeatureIndex.read(entry);
        if (read.isPresent() && deleteClass(owner(read.get()))) {
          removed++;
        }
      }
      // No hash until a compile succeeds again: the next build compiles too.
      Files.deleteIfExists(classes.resolve(ConfigInputs.PATH));
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("cannot make the compiler plugin recompile " + classes + ": " + e, e);
    }
    return Optional.of(removed);
  }

  private static TypeRef owner(FeatureIndex.Entry entry) {
    return entry.feature() != null ? entry.feature().controller() : entry.shared().owner();
  }

  /** Deletes the class files of {@code type}'s top-level class and of the classes nested in it. */
  private boolean deleteClass(TypeRef type) throws IOException {
    String pkg = type.packageName();
    Path dir = pkg.isEmpty() ? classes : classes.resolve(pkg.replace('.', '/'));
    String simple = type.simpleNames().get(0);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    boolean deleted = false;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, simple + "{.class,$*.class}")) {
      for (Path file : files) {
        Files.delete(file);
        deleted = true;
      }
    }
    return deleted;
  }
}
