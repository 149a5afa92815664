package dev.deployless.processor.compilation;

import dev.deployless.processor.config.ConfigLoader;
import dev.deployless.processor.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the template is made of besides the sources: {@code deployless.yaml}, its {@code env_file},
 * the environment variables the file interpolates and the {@code deployless.*} processor options,
 * as one SHA-256 hash. The processor records it in the class output ({@link #PATH}) with each
 * template it writes; a build tool that only tracks sources ({@code deployless:track-config} for
 * Maven) computes it again with {@link #hash} and, when it differs, makes the compiler run.
 */
public final class ConfigInputs {
  /** Where the hash is recorded, relative to the class output. */
  public static final String PATH = "META-INF/deployless/inputs.sha256";

  /**
   * Options left out: those that change nothing the compilation writes, and the project file's
   * path, whose content is hashed.
   */
  private static final Set<String> IGNORED_OPTIONS = Set.of("deployless.verbose", "deployless.validateOnly",
      "deployless.config");

  private ConfigInputs() {}

  /** The hash of {@code project}'s inputs: see {@link #hash(Path, Path, Map, Map)}. */
  public static String hash(Project project, Map<String, String> environment, Map<String, String> options) {
    return hash(project.file(), project.envFile() == null ? null : project.envFile().path(), environment,
        options);
  }

  /**
   * The hash of the project file {@code config} and the {@code envFile} (null when none is declared):
   * their bytes (a missing file counts as such), the value of each variable the project file reads
   * from {@code environment}, and the non-blank {@code deployless.*} {@code options} that shape the
   * output.
   */
  public static String hash(Path config, Path envFile, Map<String, String> environment,
      Map<String, String> options) {
    MessageDigest digest = sha256();
    byte[] configBytes = bytes(config);
    add(digest, "deployless.yaml", configBytes);
    add(digest, "env_file", envFile == null ? null : bytes(envFile));
    String text = configBytes == null ? "" : new String(configBytes, StandardCharsets.UTF_8);
    for (String name : ConfigLoader.variables(text)) {
      String value = environment.get(name);
      add(digest, "$" + name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
    Map<String, String> sorted = new TreeMap<>();
    options.forEach((name, value) -> {
      if (name.startsWith("deployless.") && !IGNORED_OPTIONS.contains(name) && value != null
          && !value.isBlank()) {
        sorted.put(name, value.trim());
      }
    });
    sorted.forEach((name, value) -> add(digest, "-A" + name, value.getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Adds a named part: its name, then its length and bytes, or a marker for none. */
  private static void add(MessageDigest digest, String name, byte[] content) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    if (content == null) {
      digest.update((byte) 0);
    } else {
      digest.update((byte) 1);
      digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    } catch (IOException unreadable) {
      return null;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }
}
