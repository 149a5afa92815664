package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A processor path without one of the processor's dependencies, as a hand-written
 * {@code <annotationProcessorPaths>} can leave it: a setup error naming the artifact to add (E114),
 * not an internal error to report (E99).
 */
class ProcessorPathDiagnosticsTest {
  @TempDir Path dir;

  /** The processor loaded from the test class path without the jars whose path contains {@code left}. */
  private static Processor processorWithout(String left) throws Exception {
    List<URL> urls = new ArrayList<>();
    boolean dropped = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains(left)) {
        dropped = true;
      } else {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertTrue(dropped, left + " is not on the test class path");
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    return (Processor) loader.loadClass(DeploylessProcessor.class.getName()).getConstructor().newInstance();
  }

  @Test
  void lambdaCoreMissingFromTheProcessorPath_isE114NamingTheArtifact() throws Exception {
    Files.writeString(dir.resolve("deployless.yaml"), "name: app\n");
    Compilation compilation = javac()
        .withProcessors(processorWithout("aws-lambda-java-core"))
        .withOptions("-Adeployless.config=" + dir.resolve("deployless.yaml"))
        .compile(TestProject.HELLO);
    assertThat(compilation).hadErrorContaining("[E114] the processor path lacks com.amazonaws:aws-lambda-java-core"
        + " (class com.amazonaws.services.lambda.runtime.");
    assertThat(compilation).hadErrorContaining("list deployless-processor in <annotationProcessorPaths> without"
        + " excluding its dependencies, or add com.amazonaws:aws-lambda-java-core there next to it");
    assertThat(compilation).hadErrorCount(1);
  }
}
