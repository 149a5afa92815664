package com.example.signups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The template the build wrote next to deployless.yaml, judged by AWS's own tools, and its
 * permissions as CloudFormation would deploy them (after the SAM transform): no role holds a managed
 * policy but basic logging, and only the triggered functions may receive from the queue or read the
 * stream, only the sign-up function may invoke the export task.
 */
class TemplateTest {
  private static final Path TEMPLATE = Path.of(System.getProperty("basedir", "."), "template.yaml");
  private static final List<String> FUNCTIONS = List.of("SignupFunction", "WelcomeFunction", "AuditFunction",
      "AttachAvatarFunction", "ExportSignupsFunction");

  @Test
  void cfnLintAcceptsTheTemplate() {
    CfnLint.assertClean(TEMPLATE);
  }

  @Test
  void triggersAreReadExactlyByTheirFunctions() {
    Map<String, Object> resources = EmulatedAws.map(JsonReader.of(SamTranslator.transform(TEMPLATE)).readObject()
        .get("Resources"));
    Map<String, String> receives = new TreeMap<>();
    Map<String, String> streams = new TreeMap<>();
    Map<String, String> invokes = new TreeMap<>();
    for (String function : FUNCTIONS) {
      Map<String, Object> role = EmulatedAws.map(EmulatedAws.map(resources.get(function + "Role")).get("Properties"));
      assertEquals(List.of("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
          role.get("ManagedPolicyArns"), function);
      for (Object policy : EmulatedAws.list(role.get("Policies"))) {
        Map<String, Object> document = EmulatedAws.map(EmulatedAws.map(policy).get("PolicyDocument"));
        for (Object item : EmulatedAws.list(document.get("Statement"))) {
          Map<String, Object> statement = EmulatedAws.map(item);
          String actions = statement.get("Action").toString();
          String resource = statement.get("Resource").toString();
          assertTrue(!resource.equals("*"), function + " has a statement on every resource: " + statement);
          record(receives, function, actions, "sqs:ReceiveMessage", resource);
          record(streams, function, actions, "dynamodb:GetRecords", resource);
          record(invokes, function, actions, "lambda:InvokeFunction", resource);
        }
      }
    }
    assertEquals(List.of("WelcomeFunction"), List.copyOf(receives.keySet()));
    assertTrue(receives.get("WelcomeFunction").endsWith(":${queueName}, {queueName={Fn::GetAtt=[SignupsWelcomeQueue,"
        + " QueueName]}}]}"), receives.toString());
    assertEquals(Map.of("AuditFunction", "{Fn::GetAtt=[SignupsUsersTable, StreamArn]}"), streams);
    assertEquals(Map.of("SignupFunction", "[{Fn::GetAtt=[ExportSignupsFunction, Arn]},"
        + " {Fn::Sub=${ExportSignupsFunction.Arn}:*}]"), invokes);
  }

  private static void record(Map<String, String> found, String function, String actions, String action,
      String resource) {
    if (actions.contains(action)) {
      found.merge(function, resource, (a, b) -> a + " " + b);
    }
  }
}
