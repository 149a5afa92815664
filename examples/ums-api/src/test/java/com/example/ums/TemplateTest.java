package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.json.JsonReader;

import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

  /**
   * On the CloudFormation the SAM transform makes: what each method of the API requires (the Lambda
   * authorizer, an API key, or nothing), the CORS preflights open, the usage plans bound to the
   * stage, API Gateway allowed to invoke the authorizer, the custom domain's base path.
   */
  @Test
  @SuppressWarnings("unchecked")
  void methodsAreGatedPerRouteAndPreflightsStayOpen() {
    Map<String, Object> resources = (Map<String, Object>) JsonReader.of(SamTranslator.transform(TEMPLATE))
        .readObject().get("Resources");
    Map<String, Object> body = (Map<String, Object>) properties(resources.get("Api")).get("Body");
    Map<String, String> gates = new TreeMap<>();
    for (Map.Entry<String, Object> path : ((Map<String, Object>) body.get("paths")).entrySet()) {
      for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
        List<Object> security = (List<Object>) ((Map<String, Object>) operation.getValue()).get("security");
        StringBuilder gate = new StringBuilder();
        for (Object requirement : security == null ? List.of() : security) {
          gate.append(gate.length() == 0 ? "" : "+").append(String.join("+", ((Map<String, Object>) requirement)
              .keySet()));
        }
        gates.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
            gate.length() == 0 ? "open" : gate.toString());
      }
    }
    assertEquals("open", gates.get("GET /health"), gates.toString());
    assertEquals("api_key", gates.get("POST /auth/login"), gates.toString());
    assertEquals("LambdaAuthorizer+api_key", gates.get("GET /users"), gates.toString());
    for (Map.Entry<String, String> gate : gates.entrySet()) {
      if (gate.getKey().startsWith("OPTIONS ")) {
        assertEquals("open", gate.getValue(), "the preflight " + gate.getKey());
      } else if (!gate.getKey().equals("GET /health")) {
        assertTrue(gate.getValue().contains("api_key"), gate.getKey() + " requires a key: " + gate.getValue());
      }
    }
    int plans = 0;
    for (Object resource : resources.values()) {
      if ("AWS::ApiGateway::UsagePlan".equals(((Map<String, Object>) resource).get("Type"))) {
        plans++;
        Map<String, Object> stage = (Map<String, Object>) ((List<Object>) properties(resource).get("ApiStages")).get(0);
        assertEquals(Map.of("Ref", "ApidevStage"), stage.get("Stage"), "plans are bound to the stage");
      }
    }
    assertEquals(2, plans, "premium and free");
    assertEquals(Map.of("Fn::GetAtt", List.of("AuthorizeFunction", "Arn")),
        properties(resources.get("ApiLambdaAuthorizerAuthorizerPermission")).get("FunctionName"));
    assertEquals("v1", properties(resources.get("Apiv1BasePathMapping")).get("BasePath"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Object resource) {
    return (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
  }
}
