package dev.deployless.processor;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor options, given to javac as {@code -Aname=value} (in Maven:
 * {@code <compilerArgs><arg>-Adeployless.stage=prod</arg></compilerArgs>}).
 */
final class Options {
  static final String CONFIG = "deployless.config";
  static final String STAGE = "deployless.stage";
  static final String TEMPLATE = "deployless.template";
  static final String CODE_URI = "deployless.codeUri";
  static final String VERBOSE = "deployless.verbose";
  static final String ALLOW_REPLACEMENT = "deployless.allowReplacement";
  static final String VALIDATE_ONLY = "deployless.validateOnly";

  /** Every option the processor reads. */
  static final Set<String> NAMES = Set.of(CONFIG, STAGE, TEMPLATE, CODE_URI, VERBOSE,
      ALLOW_REPLACEMENT, VALIDATE_ONLY);

  private final Map<String, String> values;

  Options(Map<String, String> values) {
    this.values = values;
  }

  /** {@code deployless.config}: the project file, instead of searching for it. */
  Optional<Path> config() {
    return value(CONFIG).map(Path::of);
  }

  /** {@code deployless.stage}: overrides {@code stage} of the project file. */
  String stage() {
    return value(STAGE).orElse(null);
  }

  /** {@code deployless.template}: where to write the template, instead of beside the project file. */
  Optional<Path> template() {
    return value(TEMPLATE).map(Path::of);
  }

  /** {@code deployless.codeUri}: the deployment package, relative to the template. */
  Optional<String> codeUri() {
    return value(CODE_URI);
  }

  /** {@code deployless.verbose=true}: a summary of the application as javac notes. */
  boolean verbose() {
    return value(VERBOSE).map(Boolean::parseBoolean).orElse(false);
  }

  /** {@code deployless.allowReplacement=true}: W01 (replacing a named resource) only warns. */
  boolean allowReplacement() {
    return value(ALLOW_REPLACEMENT).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * {@code deployless.validateOnly=true}: check everything, write nothing of the application's
   * (no {@code template.yaml}, index, descriptor or input hash). Handlers and resources classes are
   * still generated into javac's source output, because the controllers refer to them; the
   * {@code deployless:validate} goal keeps that output in memory.
   */
  boolean validateOnly() {
    return value(VALIDATE_ONLY).map(Boolean::parseBoolean).orElse(false);
  }

  /** The options given, as javac passed them. */
  Map<String, String> values() {
    return values;
  }

  private Optional<String> value(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
