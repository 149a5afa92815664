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

  /**
   * The canary of the user feature on the translated CloudFormation: CodeDeploy rolls back on the
   * errors alarm of the alias, and API Gateway invokes the alias, not the function's latest code.
   */
  @Test
  @SuppressWarnings("unchecked")
  void userFeatureIsACanaryRolledBackOnItsAliasErrors() {
    Map<String, Object> resources = (Map<String, Object>) JsonReader.of(SamTranslator.transform(TEMPLATE))
        .readObject().get("Resources");
    Map<String, Object> group = properties(resources, "UserFunctionDeploymentGroup");
    assertEquals(Map.of("Alarms", List.of(Map.of("Name", Map.of("Ref", "UserFunctionErrorsAlarm"))),
        "Enabled", true), group.get("AlarmConfiguration"));
    assertTrue(String.valueOf(group.get("DeploymentConfigName")).contains("Canary10Percent5Minutes"));
    assertEquals(List.of(Map.of("Name", "Resource", "Value", Map.of("Fn::Sub", "${UserFunction}:live")),
        Map.of("Name", "FunctionName", "Value", Map.of("Ref", "UserFunction"))),
        properties(resources, "UserFunctionErrorsAlarm").get("Dimensions"));
    int permissions = 0;
    for (Map.Entry<String, Object> resource : resources.entrySet()) {
      Map<String, Object> definition = (Map<String, Object>) resource.getValue();
      if (resource.getKey().startsWith("UserFunction") && "AWS::Lambda::Permission".equals(definition.get("Type"))) {
        assertEquals(Map.of("Ref", "UserFunctionAliaslive"), properties(resources, resource.getKey())
            .get("FunctionName"), resource.getKey());
        permissions++;
      }
    }
    assertTrue(permissions > 0, "no API permission of UserFunction");
    String api = String.valueOf(resources.get("Api"));
    assertTrue(api.contains("${UserFunctionAliaslive}") && !api.contains("${UserFunction.Arn}"), api);
    // The other features have alarms (yaml) but no deployment.
    assertTrue(resources.containsKey("AuthFunctionErrorsAlarm"));
    assertTrue(!resources.containsKey("AuthFunctionDeploymentGroup"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> resources, String id) {
    Map<String, Object> resource = (Map<String, Object>) resources.get(id);
    assertTrue(resource != null, "no " + id + " in " + resources.keySet());
    return (Map<String, Object>) resource.get("Properties");
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
