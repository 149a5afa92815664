package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quotas AWS enforces at deploy time, reported at compile time with the numbers: tags, the stage
 * name, a function's environment, the template's size, resources and outputs.
 */
class AwsLimitsDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  private static JavaFileObject controller(String annotation, String members) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;
        import java.util.Map;

        %s
        public class UserController {
          @Route public String hello() { return "hello"; }
        %s
        }
        """.formatted(annotation, members));
  }

  private static final JavaFileObject CONTROLLER = controller("@Feature", "");

  private String at(int line, int column) {
    return project.configFile() + ":" + line + ":" + column + ": ";
  }

  /** {@code count} tags with keys of 128 and values of 256 characters, the longest AWS allows. */
  private static String tags(int count) {
    StringBuilder yaml = new StringBuilder("tags:\n");
    for (int i = 0; i < count; i++) {
      String key = String.format("k%03d", i) + "k".repeat(124);
      yaml.append("  ").append(key).append(": ").append("v".repeat(256)).append('\n');
    }
    return yaml.toString();
  }

  private Compilation expectOnlyError(String message) {
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).hadErrorContaining(message);
    assertThat(compilation).hadErrorCount(1);
    return compilation;
  }

  @Test
  void sixtyTags_isE111() {
    project.config("name: app\n" + "tags:\n" + "  t%d: x\n".repeat(60).formatted(java.util.stream.IntStream
        .range(0, 60).boxed().toArray()));
    expectOnlyError("[E111] " + at(3, 3) + "tags has 60 tags; AWS allows 50 per resource and SAM adds"
        + " lambda:createdBy to every function, so at most 49");
  }

  @Test
  void fortyNineTagsOfTheLongestKeysAndValues_compile() {
    project.config("name: app\n" + tags(49));
    assertThat(project.compile(CONTROLLER)).succeeded();
  }

  @Test
  void tagKeyOf129Characters_isE111() {
    project.config("name: app\ntags:\n  " + "k".repeat(129) + ": x\n");
    expectOnlyError("[E111] " + at(3, 134) + "tag key '" + "k".repeat(40) + "...' has 129 characters; AWS allows 1"
        + " to 128");
  }

  @Test
  void tagValueOf257Characters_isE111() {
    project.config("name: app\ntags:\n  team: " + "v".repeat(257) + "\n");
    expectOnlyError("[E111] " + at(3, 9) + "the value of tag 'team' has 257 characters; AWS allows at most 256");
  }

  @Test
  void tagKeyWithAwsPrefix_isE111() {
    project.config("name: app\ntags:\n  aws:team: x\n");
    expectOnlyError("[E111] " + at(3, 13) + "tag key 'aws:team' starts with aws:, which AWS reserves for its own"
        + " tags");
  }

  @Test
  void stageOf100000Characters_isE01WithTheLength() {
    project.config("name: app\nstage: " + "a".repeat(100_000) + "\n");
    expectOnlyError("[E01] " + at(2, 8) + "stage has 100000 characters; API Gateway allows at most 128");
  }

  @Test
  void environmentValueOf100000Characters_isE112OnTheValue() {
    project.config("name: app\nenv:\n  BIG: " + "x".repeat(100_000) + "\n");
    expectOnlyError("[E112] " + at(3, 8) + "the variables every function gets (APP_STAGE, env and env_file) take"
        + " 100015 bytes (names and values); Lambda allows 4096 bytes (4 KB) for all of a function's variables"
        + " together; the largest is BIG (100003 bytes): keep large values in SSM");
  }

  @Test
  void envAnnotationAddingToTheProjectVariablesAbove4Kb_isE112OnTheFeature() {
    project.config("name: app\nenv:\n  HALF: " + "x".repeat(2100) + "\n");
    JavaFileObject source = controller("@Feature(env = @Env(name = \"MORE\", value = \"" + "m".repeat(2100) + "\"))", "");
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E112] feature 'user' (UserController) has at least 4220 bytes"
        + " of environment variables (names and values, with APP_STAGE, env and env_file of deployless.yaml);"
        + " Lambda allows 4096 bytes (4 KB) for all of a function's variables together; the largest is HALF"
        + " (2104 bytes)").inFile(source).onLineContaining("@Feature");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void envAnnotationsAbove4KbTogether_isE112() {
    JavaFileObject source = controller("@Feature(env = {@Env(name = \"AA\", value = \"" + "a".repeat(2100)
        + "\"), @Env(name = \"BB\", value = \"" + "b".repeat(2100) + "\")})", "");
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E112] feature 'user' (UserController) has at least 4216 bytes");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void templateAbove51200Bytes_isW10AndIsWritten() throws Exception {
    project.config("name: app\n" + tags(49));
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).succeeded();
    long bytes = Files.size(project.template());
    assertTrue(bytes > 51_200, "template of " + bytes + " bytes");
    assertThat(compilation).hadWarningContaining("[W10] template.yaml has " + bytes + " bytes; CloudFormation"
        + " takes at most 51200 bytes in a request, so deploy it through S3");
  }

  @Test
  void templateAboveAMegabyte_isE113AndIsNotWritten() throws Exception {
    project.config("name: app\n" + tags(49));
    StringBuilder functions = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      functions.append("  @LambdaFunction public void job").append(i).append("(Map<String, Object> event) {}\n");
    }
    Compilation compilation = project.compile(controller("@Feature", functions.toString()));
    assertThat(compilation).hadErrorContaining("[E113] template.yaml would have ");
    assertThat(compilation).hadErrorContaining(" bytes; CloudFormation accepts at most 1000000 bytes (from S3)");
    assertThat(compilation).hadErrorCount(1);
    assertFalse(Files.exists(project.template()));
  }

  @Test
  void logicalIdsLongerThan255Characters_areE113() {
    String name = "n".repeat(250);
    Compilation compilation = project.compile(controller("@Feature(name = \"" + name + "\")", ""));
    // The function, its log group and its output: each ID is the feature's name in PascalCase and more.
    String id = "N" + "n".repeat(39);
    assertThat(compilation).hadErrorContaining("[E113] logical ID " + id + "... has 258 characters;"
        + " CloudFormation allows 255; shorten the name it comes from");
    assertThat(compilation).hadErrorContaining("[E113] logical ID " + id + "... has 266 characters;");
    assertThat(compilation).hadErrorContaining("[E113] logical ID " + id + "... has 261 characters;");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void moreThan500ResourcesOnceExpanded_isE113() {
    StringBuilder crons = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      crons.append("  @Cron(schedule = \"rate(1 hour)\") public void job").append(i).append("() {}\n");
    }
    Compilation compilation = project.compile(controller("@Feature", crons.toString()));
    // 102 functions: the API's (function, role, permission, log group) and 101 crons (function, role, rule,
    // permission, log group), with the API (rest API, deployment, stage).
    assertThat(compilation).hadErrorContaining("[E113] template.yaml would have 512 resources once SAM has"
        + " expanded its 205 (each function brings its role and event permissions); CloudFormation allows 500 per"
        + " stack");
    assertThat(compilation).hadErrorCount(1);
  }
}
