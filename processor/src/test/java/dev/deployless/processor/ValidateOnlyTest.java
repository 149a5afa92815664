package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.deployless.processor.compilation.ConfigInputs;
import dev.deployless.processor.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Adeployless.validateOnly=true} checks everything and writes nothing of the application's;
 * an ordinary compile records the hash of its inputs ({@link ConfigInputs}) with the template.
 */
class ValidateOnlyTest {
  @TempDir Path dir;

  private static JavaFileObject orders(int memory) {
    return source("com.example.OrderController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(memory = %d)
        public class OrderController {
          @Route(path = "/orders")
          public String list() { return "[]"; }
        }
        """.formatted(memory));
  }

  @Test
  void validatingOnlyWritesNoTemplateNorClassOutputFiles() {
    TestProject project = new TestProject(dir).config("name: shop\n")
        .option("-Adeployless.validateOnly=true");
    Compilation compilation = project.compile(orders(512));
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(Files.exists(project.template()));
    assertTrue(compilation.generatedFiles().stream()
        .noneMatch(file -> file.getName().contains("META-INF")), compilation.generatedFiles()::toString);
    // The handler is still generated (into javac's output): user code may refer to generated classes.
    assertThat(compilation).generatedSourceFile("com.example.OrderFunction");
  }

  @Test
  void validatingOnlyReportsErrorsAsACompileDoes() {
    TestProject project = new TestProject(dir).config("name: shop\n")
        .option("-Adeployless.validateOnly=true");
    Compilation compilation = project.compile(orders(64));
    assertThat(compilation).hadErrorContaining("[E05] memory must be 128-10240 MB, got 64");
    assertFalse(Files.exists(project.template()));
  }

  @Test
  void validatingOnlyLeavesAnExistingTemplateAsItWas() throws Exception {
    TestProject project = new TestProject(dir).config("name: shop\n");
    assertThat(project.compile(orders(512))).succeeded();
    String before = project.templateText();
    project.option("-Adeployless.validateOnly=true");
    assertThat(project.compile(orders(1024))).succeeded();
    assertEquals(before, project.templateText());
  }

  @Test
  void aCompileRecordsTheHashOfItsInputs() throws Exception {
    TestProject project = new TestProject(dir).config("name: shop\nstage: ${STAGE:-dev}\nenv_file: .env\n")
        .environment(Map.of("STAGE", "test"));
    Files.writeString(dir.resolve(".env"), "SECRET_TOKEN=abc\n");
    Compilation compilation = project.compile(orders(512));
    assertThat(compilation).succeeded();
    String recorded = recorded(compilation);
    Map<String, String> options = Map.of("deployless.config", project.configFile().toString());
    String hash = ConfigInputs.hash(project.configFile(), dir.resolve(".env"), Map.of("STAGE", "test"), options);
    assertEquals(hash + "\n", recorded);

    // Each input changes it: the file, the env_file, a variable the file reads, an option; other
    // variables and the options that change no output do not.
    assertNotEquals(hash, ConfigInputs.hash(project.configFile(), dir.resolve(".env"),
        Map.of("STAGE", "prod"), options));
    assertEquals(hash, ConfigInputs.hash(project.configFile(), dir.resolve(".env"),
        Map.of("STAGE", "test", "HOME", "/root"), Map.of("deployless.verbose", "true")));
    assertNotEquals(hash, ConfigInputs.hash(project.configFile(), dir.resolve(".env"),
        Map.of("STAGE", "test"), Map.of("deployless.stage", "prod")));
    assertEquals(hash, ConfigInputs.hash(project.configFile(), dir.resolve(".env"),
        Map.of("STAGE", "test"), Map.of("deployless.stage", " ")));
    Files.writeString(dir.resolve(".env"), "SECRET_TOKEN=abd\n");
    assertNotEquals(hash, ConfigInputs.hash(project.configFile(), dir.resolve(".env"),
        Map.of("STAGE", "test"), options));
    project.config("name: shop\nstage: ${STAGE:-dev}\nenv_file: .env\n# a comment\n");
    assertNotEquals(hash, ConfigInputs.hash(project.configFile(), dir.resolve(".env"),
        Map.of("STAGE", "test"), options));
    assertEquals(List.of("STAGE"), List.copyOf(ConfigLoader.variables(
        Files.readString(project.configFile()))));
  }

  private static String recorded(Compilation compilation) throws Exception {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", ConfigInputs.PATH).orElseThrow();
    return new String(file.openInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
