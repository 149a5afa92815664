package dev.deployless.processor;

import java.util.Map;

/**
 * Recognises a class of the processor's own dependencies missing from the processor path (a
 * {@link NoClassDefFoundError} or {@link ClassNotFoundException} anywhere in a failure's causes) and
 * names the artifact that brings it, so the user gets a setup error (E114) rather than an internal
 * error to report (E99).
 *
 * @param className the missing class, as the JVM names it ({@code com/amazonaws/.../Context})
 * @param artifact {@code groupId:artifactId} of the jar that has it
 */
record MissingDependency(String className, String artifact) {
  /** The packages of the processor's dependencies, by the artifact that has them. */
  private static final Map<String, String> ARTIFACTS = Map.of(
      "com/amazonaws/services/lambda/runtime/", "com.amazonaws:aws-lambda-java-core",
      "dev/deployless/runtime/", "dev.deployless:deployless-runtime",
      "dev/deployless/annotations/", "dev.deployless:deployless-annotations",
      "com/palantir/javapoet/", "com.palantir.javapoet:javapoet",
      "org/yaml/snakeyaml/", "org.yaml:snakeyaml");

  /** The dependency whose absence caused {@code failure}, or null when it is something else. */
  static MissingDependency of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException) {
        String name = String.valueOf(cause.getMessage()).replace('.', '/');
        for (Map.Entry<String, String> dependency : ARTIFACTS.entrySet()) {
          if (name.startsWith(dependency.getKey())) {
            return new MissingDependency(name.replace('/', '.'), dependency.getValue());
          }
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
