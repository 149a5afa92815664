package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example compiled by Eclipse's compiler (ecj, what Eclipse builds with on save), with the
 * processor on its processor path: the template and every generated source are exactly those javac
 * wrote in this build, so the claim that Eclipse works is checked, not assumed.
 */
class EclipseCompilerTest {
  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

  @TempDir Path out;

  @Test
  void eclipseCompilerWritesWhatJavacWrites() throws IOException {
    String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // The example's own classes are left out, as Eclipse leaves a project's output folder off its class
    // path: ecj refuses to generate a class that the class path already has.
    String classPath = Stream.of(testClassPath.split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(BASEDIR.toAbsolutePath().resolve("target")))
        .collect(Collectors.joining(File.pathSeparator));
    Path template = out.resolve("template.yaml");
    List<String> arguments = List.of(
        "-17", "-encoding", "UTF-8", "-nowarn",
        "-d", out.resolve("classes").toString(),
        "-s", out.resolve("generated").toString(),
        "-cp", classPath,
        "-processorpath", testClassPath,
        "-processor", "dev.deployless.processor.DeploylessProcessor",
        "-Adeployless.config=" + BASEDIR.resolve("deployless.yaml"),
        "-Adeployless.template=" + template,
        BASEDIR.resolve("src/main/java").toString());
    StringWriter output = new StringWriter();
    boolean compiled = BatchCompiler.compile(arguments.toArray(new String[0]), new PrintWriter(output),
        new PrintWriter(output), null);
    assertTrue(compiled, "ecj failed:\n" + output);

    assertEquals(Files.readString(BASEDIR.resolve("template.yaml"), StandardCharsets.UTF_8),
        Files.readString(template, StandardCharsets.UTF_8), "template.yaml of ecj and of javac");
    Map<String, String> javac = sources(BASEDIR.resolve("target/generated-sources/annotations"));
    Map<String, String> ecj = sources(out.resolve("generated"));
    assertTrue(!javac.isEmpty(), "javac generated nothing");
    assertEquals(javac.keySet(), ecj.keySet(), "generated sources of ecj and of javac");
    for (Map.Entry<String, String> source : javac.entrySet()) {
      assertEquals(source.getValue(), ecj.get(source.getKey()), source.getKey());
    }
    assertEquals(Files.readString(BASEDIR.resolve("target/classes/META-INF/deployless/app.json")),
        Files.readString(out.resolve("classes/META-INF/deployless/app.json")), "the local server's app.json");
  }

  /** The Java files under {@code root} by relative path. */
  private static Map<String, String> sources(Path root) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        sources.put(root.relativize(file).toString().replace(File.separatorChar, '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }
}
