package dev.deployless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.processor.DeploylessProcessor;
import dev.deployless.processor.compilation.ConfigInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class output of a real compile with the processor, seen by {@code track-config}: the hash the
 * plugin computes is the one the processor recorded, and another one removes the compiled features.
 */
class ConfigChangesTest {
  private static final Map<String, String> ENVIRONMENT = Map.of("MEMORY", "256");

  @TempDir Path dir;
  private Path classes;

  @BeforeEach
  void compile() throws Exception {
    Files.writeString(dir.resolve("deployless.yaml"), "name: shop\nglobals:\n  memory: ${MEMORY}\n");
    Path source = Files.createDirectories(dir.resolve("src/com/example")).resolve("OrderController.java");
    Files.writeString(source, """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class OrderController {
          public record Line(String sku) {}

          @Route(path = "/orders")
          public String list() { return "[]"; }
        }
        """);
    classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, null,
          List.of("-d", classes.toString(), "-s", dir.resolve("generated").toString(), "-classpath",
              System.getProperty("java.class.path"), "-Adeployless.stage=test"),
          null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new DeploylessProcessor(ENVIRONMENT)));
      Files.createDirectories(dir.resolve("generated"));
      assertTrue(task.call());
    }
  }

  private String hash(Map<String, String> environment, Map<String, String> options) throws Exception {
    return ConfigChanges.hash(ProjectSettings.load(dir.resolve("deployless.yaml"), environment, null).project(),
        environment, options);
  }

  @Test
  void thePluginComputesTheHashTheProcessorRecorded() throws Exception {
    ConfigChanges changes = new ConfigChanges(classes);
    assertTrue(changes.compiled());
    String current = hash(ENVIRONMENT, Map.of("deployless.stage", "test"));
    assertEquals(Optional.of(current), changes.recorded());
    assertEquals(Optional.empty(), changes.staleClasses(current));
    assertTrue(Files.exists(classes.resolve("com/example/OrderController.class")));
  }

  @Test
  void aChangedInputRemovesTheFeatureClassesAndTheRecordedHash() throws Exception {
    String changed = hash(Map.of("MEMORY", "512"), Map.of("deployless.stage", "test"));
    assertEquals(Optional.of(1), new ConfigChanges(classes).staleClasses(changed));
    assertFalse(Files.exists(classes.resolve("com/example/OrderController.class")));
    assertFalse(Files.exists(classes.resolve("com/example/OrderController$Line.class")));
    assertTrue(Files.exists(classes.resolve("com/example/OrderFunction.class")));
    assertFalse(Files.exists(classes.resolve(ConfigInputs.PATH)));
    // Until a compile records a hash again, every build compiles.
    assertEquals(Optional.of(0), new ConfigChanges(classes).staleClasses(changed));
  }

  @Test
  void anotherStageIsAnotherInput() throws Exception {
    assertFalse(new ConfigChanges(classes).recorded().get().equals(hash(ENVIRONMENT, Map.of())));
  }

  @Test
  void withoutAnIndexThereIsNothingToFollow() throws Exception {
    assertFalse(new ConfigChanges(dir.resolve("elsewhere")).compiled());
  }
}
