package dev.deployless.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The versions of an application whose classes are a directory the build writes (the class
 * output): each version is a copy of the directory taken when it was complete and consistent,
 * loaded by a class loader of its own ({@link AppLoader}). Serving from a copy keeps the last good
 * version whole while a build deletes and rewrites the directory, or fails half-way.
 */
final class AppVersions implements AutoCloseable {
  /** ECJ (Eclipse) writes classes with errors as methods that throw this. */
  private static final byte[] ECLIPSE_ERROR =
      "Unresolved compilation problem".getBytes(StandardCharsets.UTF_8);

  private final Path classes;
  private final List<URL> dependencies;
  private final boolean isolated;
  private final Path snapshots;
  private int count;

  /** A loaded version: its number, loader, application and copy of the classes. */
  record Version(int number, AppLoader loader, LocalApp app, Path directory) {}

  /** Why the class output is not a version the server can load now. */
  static final class NotReady extends Exception {
    private static final long serialVersionUID = 1L;

    NotReady(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * @param classes the class output the build writes
   * @param dependencies the application's dependencies when the server runs apart from them
   *     (empty when they are on the server's class path)
   */
  AppVersions(Path classes, List<Path> dependencies) throws IOException {
    this.classes = classes.toAbsolutePath().normalize();
    this.dependencies = new ArrayList<>();
    for (Path dependency : dependencies) {
      this.dependencies.add(url(dependency));
    }
    this.isolated = !dependencies.isEmpty();
    this.snapshots = Files.createTempDirectory("deployless-local");
  }

  /** The class output. */
  Path classes() {
    return classes;
  }

  /**
   * A fingerprint of the class output's files (paths, sizes, modification times): it changes when
   * the build writes anything.
   */
  long fingerprint() {
    if (!Files.isDirectory(classes)) {
      return 0;
    }
    long[] sum = {1};
    try (Stream<Path> files = Files.walk(classes)) {
      files.forEach(file -> {
        try {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          sum[0] = sum[0] * 31 + file.hashCode() * 17L + attributes.size() * 7
              + attributes.lastModifiedTime().toMillis();
        } catch (IOException gone) {
          sum[0] = sum[0] * 31 + 1;
        }
      });
    } catch (IOException | UncheckedIOException changing) {
      return -1;
    }
    return sum[0];
  }

  /**
   * The next version, from a copy of the class output.
   *
   * @throws NotReady when the class output has no descriptor (a compile failed or is under way), a
   *     handler class is missing or cannot be linked, or a class was compiled with errors
   */
  Version load(ClassLoader server) throws IOException, NotReady {
    if (!Files.isRegularFile(classes.resolve(LocalApp.RESOURCE))) {
      throw new NotReady(LocalApp.RESOURCE + " is missing from " + classes + ": the last compile"
          + " failed or has not finished (the processor writes it only after a compile without"
          + " errors)");
    }
    int number = ++count;
    Path copy = snapshots.resolve("v" + number);
    copyTree(classes, copy);
    List<URL> urls = new ArrayList<>();
    urls.add(url(copy));
    urls.addAll(dependencies);
    ClassLoader parent = isolated ? ClassLoader.getPlatformClassLoader() : server;
    AppLoader loader = new AppLoader("deployless-app-v" + number, urls.toArray(new URL[0]), parent,
        server);
    try {
      LocalApp app;
      try (InputStream in = Files.newInputStream(copy.resolve(LocalApp.RESOURCE))) {
        app = LocalApp.parse(in.readAllBytes());
      } catch (RuntimeException e) {
        throw new NotReady(LocalApp.RESOURCE + " cannot be read: " + e.getMessage());
      }
      check(app, loader, copy);
      return new Version(number, loader, app, copy);
    } catch (NotReady | IOException | RuntimeException e) {
      discard(new Version(number, loader, null, copy));
      throw e;
    }
  }

  /** Closes a version's loader and deletes its copy; its functions must be done. */
  void discard(Version version) {
    try {
      version.loader().close();
    } catch (IOException ignored) {
      // Closing only releases open jars.
    }
    deleteTree(version.directory());
  }

  @Override
  public void close() {
    deleteTree(snapshots);
  }

  /** Every handler class loads and links (its fields' and methods' types exist), none has ECJ's error marker. */
  private static void check(LocalApp app, ClassLoader loader, Path copy) throws NotReady, IOException {
    for (LocalFunction function : app.functions) {
      Path file = copy.resolve(function.handlerClass.replace('.', '/') + ".class");
      if (!Files.isRegularFile(file)) {
        throw new NotReady("the handler class of " + function.name + ", " + function.handlerClass
            + ", is missing: the last compile failed or has not finished");
      }
      try {
        Class<?> type = Class.forName(function.handlerClass, false, loader);
        type.getDeclaredFields();
        type.getDeclaredMethods();
        type.getDeclaredConstructors();
      } catch (ClassNotFoundException | LinkageError e) {
        throw new NotReady(function.handlerClass + " cannot be loaded (" + e
            + "): the last compile failed or has not finished");
      }
    }
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        if (contains(Files.readAllBytes(file), ECLIPSE_ERROR)) {
          throw new NotReady(copy.relativize(file) + " was compiled with errors (Unresolved"
              + " compilation problem)");
        }
      }
    }
  }

  private static boolean contains(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(file)) {
          Files.copy(file, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // Left for the system's temporary-file cleanup.
        }
      });
    } catch (IOException | UncheckedIOException ignored) {
      // Left for the system's temporary-file cleanup.
    }
  }

  private static URL url(Path path) throws MalformedURLException {
    return path.toAbsolutePath().toUri().toURL();
  }
}
