package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule on deployless.yaml: each names the code, the message and the file line. */
class ConfigDiagnosticsTest {
  private static final JavaFileObject CONTROLLER = source("com.example.UserController", """
      package com.example;

      import dev.deployless.annotations.Feature;
      import dev.deployless.annotations.Route;

      @Feature
      public class UserController {
        @Route
        public String hello() {
          return "hello";
        }
      }
      """);

  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** Compiles the controller with {@code yaml} and expects exactly one error, {@code message}. */
  private Compilation expectOnlyError(String yaml, String message) {
    project.config(yaml);
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).hadErrorContaining(message);
    assertThat(compilation).hadErrorCount(1);
    return compilation;
  }

  private String at(int line, int column) {
    return project.configFile() + ":" + line + ":" + column + ": ";
  }

  @Test
  void stageWithHyphen_isE01() {
    expectOnlyError("name: app\nstage: dev-1\n",
        "[E01] " + at(2, 8) + "stage must contain only letters and digits, got 'dev-1'");
  }

  @Test
  void stageOptionWithUnderscore_isE01() {
    project.option("-Adeployless.stage=prod_eu");
    expectOnlyError("name: app\n",
        "[E01] stage must contain only letters and digits, got 'prod_eu' (from -Adeployless.stage)");
  }

  @Test
  void unknownEndpointType_isE02WithSuggestion() {
    expectOnlyError("name: app\napi:\n  endpoint_type: REGIONL\n",
        "[E02] " + at(3, 18) + "api.endpoint_type must be REGIONAL, EDGE or PRIVATE, got 'REGIONL'"
            + " (did you mean 'REGIONAL'?)");
  }

  @Test
  void globalLogRetentionNotCloudWatchValue_isE03() {
    expectOnlyError("name: app\nglobals:\n  log_retention: 13\n",
        "[E03] " + at(3, 18) + "globals.log_retention must be one of [1, 3, 5, 7, 14, 30, 60, 90,"
            + " 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] days, got 13");
  }

  @Test
  void credentialsWithWildcardOrigin_isE04() {
    expectOnlyError("name: app\napi:\n  cors:\n    allow_origin: '*'\n    allow_credentials: true\n",
        "[E04] " + at(5, 24) + "api.cors.allow_credentials: true cannot be combined with allow_origin"
            + " '*' (browsers reject it); list the allowed origins instead");
  }

  @Test
  void globalMemoryOutOfRange_isE05() {
    expectOnlyError("name: app\nglobals:\n  memory: 64\n",
        "[E05] " + at(3, 11) + "memory must be 128-10240 MB, got 64");
  }

  @Test
  void globalTimeoutOutOfRange_isE06() {
    expectOnlyError("name: app\nglobals:\n  timeout: 0\n",
        "[E06] " + at(3, 12) + "timeout must be 1-900 seconds, got 0");
  }

  @Test
  void negativeCompressionSize_isE18() {
    expectOnlyError("name: app\napi:\n  minimum_compression_size: -1\n",
        "[E18] " + at(3, 29) + "api.minimum_compression_size must be an integer from 0 to 10485760,"
            + " got -1");
  }

  @Test
  void initAppNotInClassMethodForm_isE31() {
    expectOnlyError("name: app\ninit_app:\n  - setup\n",
        "[E31] " + at(3, 5) + "init_app entry 'setup' is not in package.Class.method format");
  }

  @Test
  void initAppNamingMissingMethod_isE31() {
    expectOnlyError("name: app\ninit_app:\n  - com.example.UserController.setup\n",
        "[E31] " + at(3, 5) + "init_app entry 'com.example.UserController.setup' needs"
            + " UserController to have a public static method setup() without parameters");
  }

  @Test
  void unresolvedVariable_isE32() {
    expectOnlyError("name: app\nstage: ${DEPLOY_STAGE}\n",
        "[E32] " + at(2, 8) + "${DEPLOY_STAGE} is not set in the environment and has no default"
            + " (write ${DEPLOY_STAGE:-default})");
  }

  @Test
  void variablesAndDefaultsAreInterpolated() throws Exception {
    project.environment(Map.of("DEPLOY_STAGE", "prod"))
        .config("name: app\nstage: ${DEPLOY_STAGE}\nglobals:\n  memory: ${MEMORY:-1024}\n");
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).succeededWithoutWarnings();
    String template = project.templateText();
    org.junit.jupiter.api.Assertions.assertTrue(template.contains("StageName: prod"), template);
    org.junit.jupiter.api.Assertions.assertTrue(template.contains("MemorySize: 1024"), template);
  }

  @Test
  void blankFlagOrMappingSectionsAreNotSet() throws Exception {
    project.config("name: app\nalarms:\ndeployment:\napi:\n  api_keys:\n  cors:\nglobals:\n");
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).succeededWithoutWarnings();
    String template = project.templateText();
    for (String absent : List.of("AWS::CloudWatch::Alarm", "AutoPublishAlias", "DeploymentPreference", "ApiKey",
        "UsagePlan", "Cors")) {
      org.junit.jupiter.api.Assertions.assertFalse(template.contains(absent), absent + " in\n" + template);
    }
  }

  @Test
  void malformedYaml_isE55AtItsLine() {
    expectOnlyError("name: app\napi:\n  cors: [unclosed\n",
        "[E55] " + project.configFile() + ":4:1: deployless.yaml is not valid YAML:");
  }

  @Test
  void duplicateKey_isE55() {
    expectOnlyError("name: app\nstage: dev\nstage: prod\n",
        "[E55] " + at(3, 1) + "deployless.yaml is not valid YAML: duplicate key 'stage'");
  }

  @Test
  void unknownKey_isE56WithSuggestion() {
    expectOnlyError("name: app\nglobals:\n  memroy: 512\n",
        "[E56] " + at(3, 3) + "unknown key 'globals.memroy' (did you mean 'memory'?)");
  }

  @Test
  void keyOfAnotherAlarm_isE56WithSuggestion() {
    expectOnlyError("name: app\nalarms:\n  duration:\n    threshold: 5000\n",
        "[E56] " + at(4, 5) + "unknown key 'alarms.duration.threshold' (did you mean 'threshold_pct'?)");
  }

  @Test
  void wrongValueType_isE57() {
    expectOnlyError("name: app\nglobals:\n  memory: lots\n",
        "[E57] " + at(3, 11) + "globals.memory must be an integer, got the string 'lots'");
  }

  @Test
  void pythonRuntime_isE58() {
    expectOnlyError("name: app\nglobals:\n  runtime: python3.13\n",
        "[E58] " + at(3, 12) + "globals.runtime must be one of java21, java25, got 'python3.13'");
  }

  @Test
  void deprecatedRuntime_isE58WithTheDatesAndTheReplacement() {
    expectOnlyError("name: app\nglobals:\n  runtime: java17\n",
        "[E58] " + at(3, 12) + "globals.runtime java17 is deprecated: AWS Lambda blocks creating java17 functions"
            + " since 2026-07-31 and updating them since 2026-08-31, so the deploy would fail; use java21 or java25"
            + " (java21 is the default)");
  }

  @Test
  void otherProvider_isE59() {
    expectOnlyError("name: app\nprovider: gcp\n",
        "[E59] " + at(2, 11) + "provider must be 'aws', got 'gcp'");
  }

  @Test
  void nameWithSpaces_isE60() {
    expectOnlyError("name: my app\n",
        "[E60] " + at(1, 7) + "name must start with a letter and contain only letters, digits and"
            + " hyphens (at most 100 characters), got 'my app'");
  }

  @Test
  void missingConfigFile_isE64() throws Exception {
    Files.delete(project.configFile());
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).hadErrorContaining("[E64] -Adeployless.config names "
        + project.configFile() + ", which does not exist");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void reservedGlobalVariable_isE66() {
    expectOnlyError("name: app\nenv:\n  AWS_REGION: eu-west-1\n",
        "[E66] " + at(3, 15) + "environment variable 'AWS_REGION' is reserved by AWS Lambda");
  }

  @Test
  void unknownArchitecture_isE69WithSuggestion() {
    expectOnlyError("name: app\nglobals:\n  architecture: arm\n",
        "[E69] " + at(3, 17) + "globals.architecture must be x86_64 or arm64, got 'arm' (did you mean"
            + " 'arm64'?)");
  }

  @Test
  void pathsKey_isW03() {
    project.config("name: app\npaths:\n  features: app/features\n");
    Compilation compilation = project.compile(CONTROLLER);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W03] " + at(3, 3)
        + "paths has no effect in deployless for Java: features are the @Feature classes being"
        + " compiled");
  }
}
