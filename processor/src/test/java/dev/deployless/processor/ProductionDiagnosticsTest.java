package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules on alarms and safe deployments, in deployless.yaml and in @Alarms / @Deployment. */
class ProductionDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  private String at(int line, int column) {
    return project.configFile() + ":" + line + ":" + column + ": ";
  }

  private void expectOnlyYamlError(String yaml, String message) {
    project.config(yaml);
    Compilation compilation = project.compile(TestProject.HELLO);
    assertThat(compilation).hadErrorContaining(message);
    assertThat(compilation).hadErrorCount(1);
  }

  /** A feature whose @Feature carries {@code attributes}, with a hook candidate and a cron. */
  private static JavaFileObject feature(String attributes) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;
        import java.util.Map;

        @Feature(name = "users",
            %s)
        public class UserController {
          @Route public String hello() { return "hello"; }

          @LambdaFunction public void checkUsers(Map<String, Object> event) {}

          @Cron(schedule = "rate(1 hour)") public void sweep() {}
        }
        """.formatted(attributes));
  }

  private void expectOnlyAnnotationError(String attributes, String message) {
    JavaFileObject source = feature(attributes);
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining(message);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(attributes.trim());
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void snsTopicNotAnArn_isE23() {
    expectOnlyYamlError("name: app\nalarms:\n  sns_topic_arn: my-alerts\n",
        "[E23] " + at(3, 18) + "alarms.sns_topic_arn must be a valid ARN (starts with arn:), got 'my-alerts'");
  }

  @Test
  void durationPctAbove100_isE24() {
    expectOnlyYamlError("name: app\nalarms:\n  duration:\n    threshold_pct: 120\n",
        "[E24] " + at(4, 20) + "alarms.duration.threshold_pct must be between 1 and 100, got 120");
  }

  @Test
  void errorsThresholdZero_isE105() {
    expectOnlyYamlError("name: app\nalarms:\n  errors:\n    threshold: 0\n",
        "[E105] " + at(4, 16) + "alarms.errors.threshold must be >= 1 (a count in the period), got 0");
  }

  @Test
  void periodNotMinutes_isE106() {
    expectOnlyYamlError("name: app\nalarms:\n  throttles:\n    period: 90\n",
        "[E106] " + at(4, 13) + "alarms.throttles.period must be a multiple of 60 seconds from 60 to 86400"
            + " (Lambda's metrics are per minute), got 90");
  }

  @Test
  void numericAlias_isE107() {
    expectOnlyYamlError("name: app\ndeployment:\n  alias: '42'\n",
        "[E107] " + at(3, 10) + "deployment.alias must be 1-128 letters, digits, '-' or '_', not only digits,"
            + " got '42'");
  }

  @Test
  void unknownDeploymentType_isE69WithSuggestion() {
    expectOnlyYamlError("name: app\nalarms: true\ndeployment:\n  type: Canary10Percent5Minute\n",
        "[E69] " + at(4, 9) + "deployment.type must be AllAtOnce, Canary10Percent5Minutes,");
  }

  @Test
  void upperCaseStageWithStageInNames_isE01() {
    expectOnlyYamlError("name: app\nstage: Prod\nstage_in_names: true\n",
        "[E01] " + at(2, 8) + "stage_in_names puts the stage in physical names, and S3 bucket names are lower"
            + " case: use a lower-case stage, got 'Prod'");
  }

  @Test
  void alarmsTrue_compilesWithoutWarnings() {
    project.config("name: app\nalarms: true\n");
    assertThat(project.compile(TestProject.HELLO)).succeededWithoutWarnings();
  }

  @Test
  void gradualDeploymentWithoutAlarms_isW07() {
    project.config("name: app\ndeployment:\n  type: Linear10PercentEvery1Minute\n");
    Compilation compilation = project.compile(TestProject.HELLO);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W07] " + at(3, 3) + "every feature is deployed"
        + " Linear10PercentEvery1Minute through alias 'live' without alarms: CodeDeploy shifts the traffic but"
        + " cannot roll back");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void featureTurningAlarmsOffUnderACanary_isW07() {
    project.config("name: app\nalarms: true\ndeployment:\n  type: Canary10Percent10Minutes\n");
    JavaFileObject source = feature("alarms = @Alarms(Switch.OFF)");
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadWarningContaining("[W07] feature 'users' is deployed Canary10Percent10Minutes"
        + " through alias 'live' without alarms").inFile(source).onLineContaining("alarms = @Alarms");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void annotationSnsTopicNotAnArn_isE23() {
    expectOnlyAnnotationError("alarms = @Alarms(snsTopicArn = \"alerts\")",
        "[E23] @Alarms snsTopicArn must be a valid ARN (starts with arn:), got 'alerts'");
  }

  @Test
  void annotationDurationPctZero_isE24() {
    expectOnlyAnnotationError("alarms = @Alarms(durationPct = 0)",
        "[E24] @Alarms durationPct must be between 1 and 100 (or -1 to inherit), got 0");
  }

  @Test
  void annotationThrottlesZero_isE105() {
    expectOnlyAnnotationError("alarms = @Alarms(throttles = 0)",
        "[E105] @Alarms throttles must be >= 1 (a count in the period, or -1 to inherit), got 0");
  }

  @Test
  void annotationPeriodTooShort_isE106() {
    expectOnlyAnnotationError("alarms = @Alarms(period = 30)",
        "[E106] @Alarms period must be a multiple of 60 seconds from 60 to 86400");
  }

  @Test
  void annotationAliasWithDot_isE107() {
    expectOnlyAnnotationError("alarms = @Alarms, deployment = @Deployment(alias = \"v1.2\")",
        "[E107] @Deployment alias must be 1-128 letters, digits, '-' or '_', not only digits, got 'v1.2'");
  }

  @Test
  void hookNamingNoFunction_isE108WithSuggestion() {
    expectOnlyAnnotationError("alarms = @Alarms, deployment = @Deployment(preTraffic = \"checkUser\")",
        "[E108] @Deployment preTraffic names no function 'checkUser' (did you mean 'checkUsers'?)");
  }

  @Test
  void hookNamingACron_isE108() {
    expectOnlyAnnotationError("alarms = @Alarms, deployment = @Deployment(postTraffic = \"sweep\")",
        "[E108] @Deployment postTraffic names UserController.sweep(), which is not a @LambdaFunction");
  }

  @Test
  void hookNameBeyondLambdasLimit_isE109() {
    project.config("name: a-project-name-long-enough-to-overflow\nstage: production\n");
    expectOnlyAnnotationError("alarms = @Alarms, deployment = @Deployment(preTraffic = \"checkUsers\")",
        "[E109] @Deployment preTraffic names UserController.checkUsers(), which CodeDeploy can invoke only if"
            + " its name starts with CodeDeployHook_: 'CodeDeployHook_a-project-name-long-enough-to-overflow"
            + "-production-CheckUsersFunction' has 83 characters, Lambda allows 64");
  }
}
