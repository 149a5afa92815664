package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.SourceDiagnostics.assertOnlyError;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule on who may call the API and where: api.auth, API keys and usage plans, the
 * custom domain (each with its deployless.yaml line and column), and the auth of features and routes.
 */
class ApiAccessDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** Compiles the smallest application with {@code yaml} and expects exactly one error, {@code message}. */
  private void expectOnlyError(String yaml, String message) {
    project.config(yaml);
    Compilation compilation = project.compile(TestProject.HELLO);
    assertThat(compilation).hadErrorContaining(message);
    assertThat(compilation).hadErrorCount(1);
  }

  private String at(int line, int column) {
    return project.configFile() + ":" + line + ":" + column + ": ";
  }

  @Test
  void unknownAuthType_isE11WithSuggestion() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: cognitos\n",
        "[E11] " + at(4, 11) + "api.auth.type must be cognito, lambda, or iam, got 'cognitos' (did you mean"
            + " 'cognito'?)");
  }

  @Test
  void cognitoWithoutUserPool_isE12() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: cognito\n",
        "[E12] " + at(4, 5) + "api.auth (cognito): user_pool_arn is required");
  }

  @Test
  void lambdaWithoutFunction_isE13() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: lambda\n    ttl: 0\n",
        "[E13] " + at(4, 5) + "api.auth (lambda): function_arn is required (or function, naming a"
            + " @LambdaFunction method of the application)");
  }

  @Test
  void usagePlanWithoutBurst_isE14() {
    expectOnlyError("name: app\napi:\n  api_keys: true\n  usage_plan:\n    rate: 10\n",
        "[E14] " + at(5, 5) + "api.usage_plan: rate and burst are required");
  }

  @Test
  void quotaWithoutPeriod_isE15() {
    expectOnlyError("name: app\napi:\n  api_keys: true\n  usage_plan:\n    rate: 10\n    burst: 20\n"
        + "    quota: 1000\n", "[E15] " + at(7, 12) + "api.usage_plan: period is required if quota is set"
            + " (DAY, WEEK or MONTH)");
  }

  @Test
  void unknownPeriod_isE16() {
    expectOnlyError("name: app\napi:\n  api_keys: true\n  usage_plan:\n    rate: 10\n    burst: 20\n"
        + "    quota: 1000\n    period: YEAR\n",
        "[E16] " + at(8, 13) + "api.usage_plan.period must be DAY, WEEK, or MONTH, got 'YEAR'");
  }

  @Test
  void domainWithoutName_isE17() {
    expectOnlyError("name: app\napi:\n  domain:\n    base_path: /v1\n",
        "[E17] " + at(4, 5) + "api.domain: domain_name is required");
  }

  @Test
  void usagePlansWithoutKeys_isE34() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    free:\n      rate: 1\n      burst: 2\n",
        "[E34] " + at(4, 5) + "api.usage_plans defined without api.api_keys: a usage plan throttles the"
            + " keys in it; add api_keys");
  }

  @Test
  void planWithoutRate_isE35() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    free:\n      burst: 2\n  api_keys:\n"
        + "    - name: a\n      plan: free\n",
        "[E35] " + at(5, 7) + "plan 'free' in api.usage_plans is missing rate/burst");
  }

  @Test
  void planWithUnknownPeriod_isE35() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    free:\n      rate: 1\n      burst: 2\n"
        + "      quota: 5\n      period: YEAR\n  api_keys:\n    - name: a\n      plan: free\n",
        "[E35] " + at(8, 15) + "plan 'free' in api.usage_plans has an invalid period 'YEAR' (DAY, WEEK or"
            + " MONTH)");
  }

  @Test
  void keyWithoutNameOrId_isE36() {
    expectOnlyError("name: app\napi:\n  api_keys:\n    - enabled: false\n",
        "[E36] " + at(4, 7) + "api.api_keys[0] is missing both name and existing: name a new key, or give"
            + " the id of an existing one");
  }

  @Test
  void keyOfUndefinedPlan_isE37WithSuggestion() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    premium:\n      rate: 1\n      burst: 2\n"
        + "  api_keys:\n    - name: a\n      plan: premiun\n",
        "[E37] " + at(9, 13) + "api.api_keys[0] references plan 'premiun', which api.usage_plans does not"
            + " define (did you mean 'premium'?)");
  }

  @Test
  void blankAuth_isE11() {
    expectOnlyError("name: app\napi:\n  auth:\n  endpoint_type: REGIONAL\n",
        "[E11] " + at(3, 8) + "api.auth.type is required: cognito, lambda, or iam");
  }

  @Test
  void blankUsagePlan_isE14() {
    expectOnlyError("name: app\napi:\n  api_keys: true\n  usage_plan:\n",
        "[E14] " + at(4, 14) + "api.usage_plan: rate and burst are required");
  }

  @Test
  void blankDomain_isE17() {
    expectOnlyError("name: app\napi:\n  domain:\n",
        "[E17] " + at(3, 10) + "api.domain: domain_name is required");
  }

  @Test
  void blankPlan_isE35() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    free:\n  api_keys:\n    - name: a\n      plan: free\n",
        "[E35] " + at(4, 10) + "plan 'free' in api.usage_plans is missing rate/burst");
    expectOnlyError("name: app\napi:\n  usage_plans: {free: }\n  api_keys: [{name: a, plan: free}]\n",
        "[E35] " + at(3, 22) + "plan 'free' in api.usage_plans is missing rate/burst");
  }

  @Test
  void blankKeyEntry_isE36() {
    expectOnlyError("name: app\napi:\n  api_keys:\n    -\n",
        "[E36] " + at(4, 6) + "api.api_keys[0] is missing both name and existing: name a new key, or give"
            + " the id of an existing one");
    expectOnlyError("name: app\napi:\n  api_keys:\n    - name:\n",
        "[E36] " + at(4, 7) + "api.api_keys[0] is missing both name and existing: name a new key, or give"
            + " the id of an existing one");
  }

  @Test
  void emptyKeyList_isE103() {
    expectOnlyError("name: app\napi:\n  api_keys: []\n",
        "[E103] " + at(3, 13) + "api.api_keys is an empty list: every route then needs an API key, but there is"
            + " none; list a key, or remove api_keys");
  }

  @Test
  void planNameWithOtherCharacters_isE103() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    'free${AWS::Region}': {rate: 1, burst: 2}\n"
        + "  api_keys:\n    - name: a\n",
        "[E103] " + at(4, 27) + "api.usage_plans.free${AWS::Region}: a plan name has letters, digits, '-', '_' and"
            + " '.', got 'free${AWS::Region}'");
  }

  @Test
  void plansWithTheSameLogicalId_isE103() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    free-tier: {rate: 1, burst: 2}\n"
        + "    free_tier: {rate: 2, burst: 4}\n  api_keys:\n    - {name: a, plan: free-tier}\n",
        "[E103] " + at(5, 16) + "api.usage_plans.free_tier: plan 'free_tier' gets the logical ID UsagePlanFreeTier,"
            + " as plan 'free-tier' does; rename one");
  }

  @Test
  void planAndKeyMembershipWithTheSameLogicalId_isE103() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    key-a: {rate: 1, burst: 2}\n"
        + "  api_keys:\n    - {name: b, plan: key-a}\n    - {name: a, plan: key-a}\n",
        "[E103] " + at(7, 7) + "api.api_keys[1]: the plan membership of key 'a' gets the logical ID UsagePlanKeyA,"
            + " as plan 'key-a' does; rename one");
  }

  @Test
  void planWithoutLettersOrDigitsAndTheDefaultPlan_isE103() {
    expectOnlyError("name: app\napi:\n  usage_plans:\n    '--': {rate: 1, burst: 2}\n"
        + "  api_keys:\n    - {name: a, plan: '--'}\n    - name: b\n",
        "[E103] " + at(4, 11) + "api.usage_plans.--: plan '--' gets the logical ID UsagePlan, as the plan of the keys"
            + " without one does; rename one");
  }

  @Test
  void basePathOfTwoSegments_isE115() {
    expectOnlyError("name: app\napi:\n  domain:\n    domain_name: api.example.com\n    base_path: /v1/users\n",
        "[E115] " + at(5, 16) + "api.domain.base_path must be one segment of letters and digits, got 'v1/users':"
            + " SAM removes every other character, so the API would answer under /v1users");
  }

  @Test
  void authTtlAboveAnHour_isE116() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: lambda\n"
        + "    function_arn: arn:aws:lambda:us-east-1:123456789012:function:auth\n    ttl: 7200\n",
        "[E116] " + at(6, 10) + "api.auth.ttl must be 0-3600 seconds (how long API Gateway caches the authorizer's"
            + " answer), got 7200");
  }

  @Test
  void authFunctionThatIsNoLambdaFunction_isE102() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: lambda\n    function: authorise\n",
        "[E102] " + at(5, 15) + "api.auth.function 'authorise' is not a @LambdaFunction method of the"
            + " application");
  }

  @Test
  void authFunctionAndArn_isE102() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: lambda\n    function: authorize\n"
        + "    function_arn: arn:aws:lambda:us-east-1:123456789012:function:auth\n",
        "[E102] " + at(5, 15) + "api.auth sets both function and function_arn; keep one");
  }

  @Test
  void authFunctionOfCognito_isE102() {
    expectOnlyError("name: app\napi:\n  auth:\n    type: cognito\n"
        + "    user_pool_arn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_ABC\n"
        + "    function: authorize\n",
        "[E102] " + at(6, 15) + "api.auth.function applies to type: lambda, not 'cognito'");
  }

  @Test
  void usagePlanWithListOfKeys_isE103() {
    expectOnlyError("name: app\napi:\n  api_keys:\n    - name: a\n  usage_plan:\n    rate: 1\n    burst: 2\n",
        "[E103] " + at(6, 5) + "api.usage_plan goes with the simple form of api_keys (true or a key id); with"
            + " a list of keys, define api.usage_plans and give each key a plan");
  }

  @Test
  void keyListedTwice_isE103() {
    expectOnlyError("name: app\napi:\n  api_keys:\n    - name: client-a\n    - name: client_a\n",
        "[E103] " + at(5, 7) + "api.api_keys[1]: key 'client_a' is listed twice (or gives the same logical"
            + " ID ApiKeyClientA as another); rename one");
  }

  @Test
  void route53Lookup_isE104() {
    expectOnlyError("name: app\napi:\n  domain:\n    domain_name: api.example.com\n    route53: true\n",
        "[E104] " + at(5, 14) + "api.domain.route53: true asks to find the hosted zone by name, which needs an"
            + " AWS call a compiler cannot make; give its id instead, as route53.hosted_zone_id (aws route53"
            + " list-hosted-zones-by-name --dns-name api.example.com prints it)");
  }

  @Test
  void domainOfPrivateApi_isE104() {
    expectOnlyError("name: app\napi:\n  endpoint_type: PRIVATE\n  domain:\n    domain_name: api.example.com\n",
        "[E104] " + at(5, 5) + "api.domain needs api.endpoint_type REGIONAL or EDGE; a PRIVATE API has no"
            + " public custom domain");
  }

  @Test
  void edgeCertificateOutsideUsEast1_isW06() {
    project.config("name: app\napi:\n  endpoint_type: EDGE\n  domain:\n    domain_name: api.example.com\n"
        + "    certificate_arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc\n");
    Compilation compilation = project.compile(TestProject.HELLO);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W06] " + at(6, 22) + "api.domain: an EDGE endpoint needs"
        + " its certificate in us-east-1, but certificate_arn is in eu-west-1; use a certificate of"
        + " us-east-1, or endpoint_type: REGIONAL");
  }

  @Test
  void edgeWithCreatedCertificate_isW06() {
    project.config("name: app\napi:\n  endpoint_type: EDGE\n  domain:\n    domain_name: api.example.com\n");
    Compilation compilation = project.compile(TestProject.HELLO);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W06] " + at(5, 5) + "api.domain: an EDGE endpoint needs"
        + " its certificate in us-east-1, and the stack creates it in the region it is deployed to");
  }

  @Test
  void authorizerWithoutApiAuth_isE100() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(auth = Auth.AUTHORIZER)
        public class UserController {
          @Route
          public String hello() {
            return "hello";
          }
        }
        """);
    assertOnlyError(project.compile(source), source, "[E100] auth = Auth.AUTHORIZER asks for the authorizer"
        + " of api.auth, which deployless.yaml does not set; set api.auth or choose another Auth",
        "@Feature(auth = Auth.AUTHORIZER)");
  }

  @Test
  void apiKeyWithoutApiKeys_isE101() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class UserController {
          @Route(auth = Auth.API_KEY)
          public String hello() {
            return "hello";
          }
        }
        """);
    assertOnlyError(project.compile(source), source, "[E101] auth = Auth.API_KEY asks for an API key, but"
        + " deployless.yaml sets no api.api_keys; add api_keys or choose another Auth",
        "@Route(auth = Auth.API_KEY)");
  }
}
