package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

/** Assertions shared by the diagnostic tests of annotated sources. */
final class SourceDiagnostics {
  private SourceDiagnostics() {}

  /**
   * Asserts that {@code compilation} has exactly one error: {@code message}, in {@code source}, on
   * the line containing {@code line}.
   */
  static void assertOnlyError(Compilation compilation, JavaFileObject source, String message, String line) {
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }
}
