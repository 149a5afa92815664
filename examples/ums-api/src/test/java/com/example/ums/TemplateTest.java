package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The template the build wrote next to deployless.yaml, judged by AWS's own tools. */
class TemplateTest {
  private static final Path TEMPLATE = Path.of(System.getProperty("basedir", "."), "template.yaml");

  @Test
  void cfnLintAcceptsTheTemplate() {
    CfnLint.assertClean(TEMPLATE);
  }

  @Test
  void samTranslatorTransformsTheTemplate() {
    String cloudFormation = SamTranslator.transform(TEMPLATE);
    for (String resource : new String[] {"\"AuthFunction\"", "\"TenantFunction\"", "\"UserFunction\"",
        "\"ExportUsersFunction\"", "\"CleanupSessionsFunction\"", "\"ApidevStage\""}) {
      assertTrue(cloudFormation.contains(resource), resource + " missing from\n" + cloudFormation);
    }
  }

  @Test
  void exportIsSplitWithItsOwnMemoryAndTimeout() throws Exception {
    String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
    assertTrue(template.contains("""
          ExportUsersFunction:
            Type: AWS::Serverless::Function
            Metadata:
              GeneratedBy: deployless
              SkipBuild: true
              GeneratedPolicies: 4
            Properties:
              Handler: com.example.ums.user.ExportUsersFunction::handleRequest
              Description: Bulk user export
              MemorySize: 1024
              Timeout: 120
        """), template);
    assertTrue(template.contains("Schedule: rate(24 hours)"), template);
    assertTrue(template.contains("CodeUri: target/ums-api.jar"), template);
  }
}
