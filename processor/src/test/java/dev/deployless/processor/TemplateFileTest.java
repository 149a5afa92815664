package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code template.yaml} is written: only for a compilation javac completes (also when javac
 * fails after annotation processing), atomically, keeping the file's permissions.
 */
class TemplateFileTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  private static JavaFileObject controller(String member) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.Feature;
        import dev.deployless.annotations.Route;

        @Feature
        public class UserController {
          %s

          @Route
          public String hello() {
            return "hello";
          }
        }
        """.formatted(member));
  }

  /** Compiles {@code source} with the system javac into {@code out/}, as Maven does; whether it succeeded. */
  private boolean compileOnDisk(JavaFileObject source) throws Exception {
    Path file = dir.resolve("src/com/example/UserController.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.getCharContent(true));
    Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(dir.resolve("gen"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", dir.resolve("out").toString(), "-s", dir.resolve("gen").toString(),
          "-cp", System.getProperty("java.class.path"), "-Adeployless.config=" + project.configFile());
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, null, options, null,
          files.getJavaFileObjects(file));
      task.setProcessors(List.of(new DeploylessProcessor(Map.of())));
      return task.call();
    }
  }

  @Test
  void javacErrorAfterProcessing_writesNoTemplate() {
    Compilation compilation = project.compile(controller("int broken = \"not a number\";"));
    assertThat(compilation).hadErrorContaining("incompatible types");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadNoteContaining("template.yaml was not written because the compilation has errors");
    assertFalse(Files.exists(project.template()), "template.yaml written for a compilation javac failed");
  }

  @Test
  void javacErrorAfterProcessing_writesNoneOfTheApplicationFiles() throws Exception {
    assertFalse(compileOnDisk(controller("int broken = \"not a number\";")));
    assertFalse(Files.exists(project.template()), "template.yaml written for a compilation javac failed");
    assertFalse(Files.exists(dir.resolve("out/META-INF/deployless/app.json")), "app.json written");
    assertFalse(Files.exists(dir.resolve("out/META-INF/deployless/template-state.json")), "template state written");
    assertTrue(compileOnDisk(controller("")), "the fixed source compiles");
    assertTrue(Files.exists(project.template()));
    assertTrue(Files.exists(dir.resolve("out/META-INF/deployless/app.json")));
  }

  @Test
  void javacErrorWhileGeneratingClassFiles_leavesTheTemplateAsItWas() throws Exception {
    Files.writeString(project.template(), "Resources: {}\n");
    String tooLong = "x".repeat(70_000);
    Compilation compilation = project.compile(controller("static final String BIG = \"" + tooLong + "\";"));
    assertThat(compilation).hadErrorContaining("constant string too long");
    assertThat(compilation).hadErrorCount(1);
    assertEquals("Resources: {}\n", project.templateText());
  }

  @Test
  void successfulCompilation_writesTheTemplateAndTheDescriptor() throws Exception {
    Compilation compilation = project.compile(controller(""));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(project.templateText().contains("Type: AWS::Serverless::Function"), project.templateText());
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/deployless/app.json").isPresent());
  }

  @Test
  void resourcesComeInTheDocumentedOrder() throws Exception {
    // Api; each function by logical ID with its log group; declared resources by resource name.
    Compilation compilation = project.compile(source("com.example.NotesController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        @Resource(name = "zeta", dynamoDb = @DynamoDb(tableName = "zeta", pk = "id"))
        @Resource(name = "alpha", dynamoDb = @DynamoDb(tableName = "alpha", pk = "id"))
        public class NotesController {
          @Route public String list() { return ""; }
          @Cron(schedule = "rate(1 hour)") public void tally() {}
          @LambdaFunction public void archive(java.util.Map<String, Object> event) {}
        }
        """));
    assertThat(compilation).succeeded();
    List<String> ids = new java.util.ArrayList<>();
    boolean inResources = false;
    for (String line : project.templateText().split("\n")) {
      if (line.matches("\\S.*")) {
        inResources = line.equals("Resources:");
      } else if (inResources && line.matches("  [A-Za-z0-9]+:")) {
        ids.add(line.trim().replace(":", ""));
      }
    }
    assertEquals(List.of("Api", "ArchiveFunction", "ArchiveFunctionLogGroup", "NotesFunction",
        "NotesFunctionLogGroup", "TallyFunction", "TallyFunctionLogGroup"), ids.subList(0, 7), ids.toString());
    assertEquals(9, ids.size(), ids.toString());
    assertTrue(ids.get(7).contains("Alpha") && ids.get(8).contains("Zeta"), ids.toString());
  }

  @Test
  void rewrittenTemplate_keepsItsPermissions() throws Exception {
    Files.writeString(project.template(), "Resources: {}\n");
    Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(project.template(), groupWritable);
    assertThat(project.compile(controller(""))).succeeded();
    assertTrue(project.templateText().contains("AWS::Serverless::Function"), project.templateText());
    assertEquals(groupWritable, Files.getPosixFilePermissions(project.template()));
  }

  @Test
  void newTemplate_getsThePermissionsOfAnyNewFile() throws Exception {
    Path reference = Files.createFile(dir.resolve("reference.txt"));
    assertThat(project.compile(controller(""))).succeeded();
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(project.template()));
    try (var files = Files.list(dir)) {
      assertEquals(Set.of("deployless.yaml", "reference.txt", "template.yaml"),
          files.map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
          "no temporary file is left behind");
    }
  }
}
