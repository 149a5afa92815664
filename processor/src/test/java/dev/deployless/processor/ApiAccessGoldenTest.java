package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * API keys with usage plans, a Lambda authorizer of the application, the auth of features and
 * routes, and a custom domain: the template and the local server's descriptor (golden files), then
 * what API Gateway is given once SAM has translated it.
 */
class ApiAccessGoldenTest {
  @TempDir Path dir;

  static final JavaFileObject ORDERS = source("com.example.orders.OrderController", """
      package com.example.orders;

      import dev.deployless.annotations.*;
      import java.util.List;
      import java.util.Map;

      @Feature(basePath = "/orders")
      public class OrderController {
        @Route
        public List<String> list() {
          return List.of();
        }

        @Route(method = HttpMethod.POST, auth = Auth.API_KEY)
        public String create() {
          return "created";
        }

        @Route(path = "/health", auth = Auth.NONE)
        public String health() {
          return "ok";
        }

        @LambdaFunction
        public Map<String, Object> authorize(Map<String, Object> event) {
          return Map.of();
        }
      }
      """);

  static final JavaFileObject REPORTS = source("com.example.reports.ReportController", """
      package com.example.reports;

      import dev.deployless.annotations.*;

      @Feature(basePath = "/reports", auth = Auth.AUTHORIZER)
      public class ReportController {
        @Route
        public String daily() {
          return "daily";
        }

        @Route(path = "/signed", auth = Auth.AUTHORIZER_AND_API_KEY)
        public String signed() {
          return "signed";
        }
      }
      """);

  static final String CONFIG = """
      name: shop
      stage: prod
      tags:
        Team: platform
      api:
        cors:
          allow_origin: "https://shop.example.com"
          allow_headers: [Content-Type, Authorization, X-Api-Key]
        auth:
          type: lambda
          function: authorize
          ttl: 60
        usage_plans:
          premium:
            rate: 100
            burst: 200
            quota: 100000
            period: MONTH
          free:
            rate: 5.5
            burst: 10
        api_keys:
          - name: client-empresa
            plan: premium
          - name: old-client
            plan: free
            enabled: false
          - name: internal-tools
          - existing: abc123keyid
            plan: free
        domain:
          domain_name: api.shop.example.com
          base_path: /v1
          route53:
            hosted_zone_id: Z1234567890ABC
      """;

  @Test
  void keysPlansAuthorizerAndDomain(TestInfo test) throws IOException {
    TestProject project = new TestProject(dir).config(CONFIG);
    Compilation compilation = project.compile(ORDERS, REPORTS);
    assertThat(compilation).succeededWithoutWarnings();
    String method = test.getTestMethod().orElseThrow().getName();
    Goldens.assertMatches(getClass(), method, "template.yaml", project.templateText());
    Goldens.assertMatches(getClass(), method, "app.json", GoldenTest.resource(compilation,
        "META-INF/deployless/app.json"));
    CfnLint.assertClean(project.template());

    Map<String, Object> resources = TriggerGoldenTest.translatedResources(project.template());
    Map<String, String> gates = gates(resources);
    assertEquals(Map.ofEntries(
        Map.entry("GET /orders", "LambdaAuthorizer+key"),
        Map.entry("POST /orders", "key"),
        Map.entry("GET /orders/health", "open"),
        Map.entry("OPTIONS /orders", "open"),
        Map.entry("OPTIONS /orders/health", "open"),
        Map.entry("GET /reports", "LambdaAuthorizer"),
        Map.entry("OPTIONS /reports", "open"),
        Map.entry("GET /reports/signed", "LambdaAuthorizer+key"),
        Map.entry("OPTIONS /reports/signed", "open")), gates, "what each method requires");
    assertEquals(4, count(resources, "AWS::ApiGateway::UsagePlanKey"));
    for (Object resource : resources.values()) {
      if (type(resource).equals("AWS::ApiGateway::UsagePlan")) {
        Map<?, ?> stage = (Map<?, ?>) ((List<?>) TriggerGoldenTest.properties(resource).get("ApiStages")).get(0);
        assertEquals(Map.of("Ref", "Api"), stage.get("ApiId"));
        assertEquals(Map.of("Ref", "ApiprodStage"), stage.get("Stage"), "the plan is bound to the API's stage");
      }
    }
    Map<?, ?> permission = TriggerGoldenTest.properties(resources.get("ApiLambdaAuthorizerAuthorizerPermission"));
    assertEquals("apigateway.amazonaws.com", permission.get("Principal"));
    assertEquals(Map.of("Fn::GetAtt", List.of("AuthorizeFunction", "Arn")), permission.get("FunctionName"));
    Map<?, ?> mapping = TriggerGoldenTest.properties(resources.get("Apiv1BasePathMapping"));
    assertEquals("v1", mapping.get("BasePath"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void iamAuthorizationCallsTheFunctionWithTheApisPermissionNotTheCallers() throws IOException {
    TestProject project = new TestProject(dir).config("name: shop\napi:\n  auth:\n    type: iam\n  api_keys: true\n");
    assertThat(project.compile(REPORTS)).succeededWithoutWarnings();
    CfnLint.assertClean(project.template());
    Map<String, Object> resources = TriggerGoldenTest.translatedResources(project.template());
    assertEquals("AWS_IAM", gates(resources).get("GET /reports"));
    Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) TriggerGoldenTest.properties(
        resources.get("Api")).get("Body")).get("paths");
    Map<String, Object> integration = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
        paths.get("/reports")).get("get")).get("x-amazon-apigateway-integration");
    assertEquals(null, integration.get("credentials"),
        "with the callers' credentials every caller would need lambda:InvokeFunction");
    Map<?, ?> permission = TriggerGoldenTest.properties(resources.values().stream()
        .filter(resource -> type(resource).equals("AWS::Lambda::Permission")).findFirst().orElseThrow());
    assertEquals("apigateway.amazonaws.com", permission.get("Principal"));
  }

  /** Each method of the API's OpenAPI body: its authorizer and whether it requires a key, or "open". */
  @SuppressWarnings("unchecked")
  static Map<String, String> gates(Map<String, Object> resources) {
    Map<String, String> gates = new TreeMap<>();
    Map<String, Object> body = (Map<String, Object>) TriggerGoldenTest.properties(resources.get("Api")).get("Body");
    Map<String, Object> paths = (Map<String, Object>) body.get("paths");
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
        String method = operation.getKey().equals("x-amazon-apigateway-any-method") ? "ANY"
            : operation.getKey().toUpperCase(java.util.Locale.ROOT);
        String authorizer = null;
        boolean key = false;
        Object security = ((Map<String, Object>) operation.getValue()).get("security");
        if (security != null) {
          for (Object requirement : (List<Object>) security) {
            for (String name : ((Map<String, Object>) requirement).keySet()) {
              if (name.equals("api_key")) {
                key = true;
              } else if (!name.equals("NONE")) {
                authorizer = name;
              }
            }
          }
        }
        String gate = authorizer == null ? (key ? "key" : "open") : authorizer + (key ? "+key" : "");
        gates.put(method + " " + path.getKey(), gate);
      }
    }
    return gates;
  }

  private static String type(Object resource) {
    return (String) ((Map<?, ?>) resource).get("Type");
  }

  private static long count(Map<String, Object> resources, String type) {
    return resources.values().stream().filter(resource -> type(resource).equals(type)).count();
  }
}
