package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.Caller;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.auth.AuthorizerResult;
import dev.deployless.runtime.handler.ApiFunction;
import dev.deployless.runtime.handler.ApiResponse;
import dev.deployless.runtime.handler.EventFunction;
import dev.deployless.runtime.handler.RouteTable;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local server's API keys and authorizers (descriptor version 2) around hand-written handlers:
 * API Gateway's 401 and 403 answers, the Lambda authorizer of the app invoked with a TOKEN event
 * and its policy honoured, Cognito claims passed through unverified, the caller reaching the
 * function, preflights never gated.
 */
class LocalAuthTest {

  /** Answers with the caller it was given: principal, claims, API key id. */
  public static final class MeHandler extends ApiFunction {
    public MeHandler() {
      super(new RouteTable("/me", "/keyed", "/claims", "/partner", "/both", "/open", "/signed"),
          null);
    }

    @Override
    protected ApiResponse dispatch(int route, Request request, Context context) {
      Caller caller = request.caller();
      return ApiResponse.text(200, caller.principalId() + " " + caller.claims() + " "
          + caller.apiKeyId());
    }
  }

  /** A Lambda authorizer: the token says what to answer; counts its invocations. */
  public static final class AuthorizeHandler extends EventFunction {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    protected String invoke(byte[] event, Context context) {
      CALLS.incrementAndGet();
      Map<String, Object> json = new JsonReader(event).readObject();
      if (!"TOKEN".equals(json.get("type"))) {
        throw new IllegalStateException("not a TOKEN event: " + json);
      }
      String token = (String) json.get("authorizationToken");
      String arn = (String) json.get("methodArn");
      AuthorizerResult result = switch (token) {
        case "Bearer everything" -> AuthorizerResult.allowApi("user-1", arn)
            .withContext("email", "a@example.com").withContext("tier", 2);
        case "Bearer this-method" -> AuthorizerResult.allow("user-2", arn);
        case "Bearer denied" -> AuthorizerResult.deny("user-3", arn);
        case "Bearer expired" -> throw new IllegalStateException("Unauthorized");
        case "Bearer no-policy" -> new AuthorizerResult("user-4", null, null);
        default -> throw new IllegalStateException("unexpected token " + token);
      };
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("principalId", result.principalId());
      if (result.policyDocument() != null) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Action", "execute-api:Invoke");
        statement.put("Effect", result.policyDocument().Statement().get(0).Effect());
        statement.put("Resource", java.util.List.of(result.policyDocument().Statement().get(0).Resource()));
        out.put("policyDocument", Map.of("Version", "2012-10-17",
            "Statement", java.util.List.of(statement)));
      }
      out.put("context", result.context());
      return JsonValues.toJson(out);
    }
  }

  static final String DESCRIPTOR = """
      {"version":2,"name":"auth","stage":"dev","binaryMediaTypes":[],
       "cors":{"origins":["*"],"methods":"GET","headers":"Authorization,x-api-key","maxAge":600,
               "credentials":false,"gatewayPreflight":true},
       "apiKeys":[{"name":"client-a","enabled":true},{"name":"old-key","enabled":false}],
       "authorizers":{
         "tokens":{"type":"lambda","function":"AuthorizeFunction","header":"Authorization","ttl":300,"scopes":[]},
         "users":{"type":"cognito","function":null,"header":"Authorization","ttl":300,"scopes":["users/read"]},
         "partner":{"type":"lambda","function":null,"header":"Authorization","ttl":0,"scopes":[]},
         "signed":{"type":"iam","function":null,"header":"Authorization","ttl":0,"scopes":[]}},
       "functions":[
        {"name":"MeFunction","handler":"%s","kind":"api","memory":512,"timeout":30,"environment":{},
         "routes":[
          {"method":"GET","path":"/me","apiKey":false,"authorizer":"tokens"},
          {"method":"GET","path":"/keyed","apiKey":true,"authorizer":null},
          {"method":"GET","path":"/claims","apiKey":false,"authorizer":"users"},
          {"method":"GET","path":"/partner","apiKey":false,"authorizer":"partner"},
          {"method":"GET","path":"/both","apiKey":true,"authorizer":"tokens"},
          {"method":"GET","path":"/open","apiKey":false,"authorizer":null},
          {"method":"GET","path":"/signed","apiKey":false,"authorizer":"signed"}],"schedules":[]},
        {"name":"AuthorizeFunction","handler":"%s","kind":"lambda","memory":256,"timeout":10,
         "environment":{},"routes":[],"schedules":[]}]}
      """.formatted(MeHandler.class.getName(), AuthorizeHandler.class.getName());

  private final HttpClient client = HttpClient.newHttpClient();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private LocalServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = LocalServer.start(DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "127.0.0.1", 0, true,
        10_000, new PrintStream(log, true, StandardCharsets.UTF_8));
    base = "http://127.0.0.1:" + server.port() + "/dev";
    AuthorizeHandler.CALLS.set(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertAnswer(int status, String body, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(body, response.body());
  }

  @Test
  void anApiKeyRouteNeedsAnEnabledKeysLocalValue() throws Exception {
    assertAnswer(403, "{\"message\":\"Forbidden\"}", get("/keyed"));
    assertEquals("ForbiddenException",
        get("/keyed").headers().firstValue("x-amzn-ErrorType").orElse(null));
    assertAnswer(403, "{\"message\":\"Forbidden\"}", get("/keyed", "x-api-key", "client-a"));
    assertAnswer(403, "{\"message\":\"Forbidden\"}", get("/keyed", "x-api-key", "local-old-key"));
    assertAnswer(200, "null {} client-a", get("/keyed", "X-API-Key", "local-client-a"));
    assertAnswer(200, "null {} null", get("/open"));
  }

  @Test
  void preflightsAreNeverGated() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/both"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://app.test").header("Access-Control-Request-Method", "GET")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void theAppsLambdaAuthorizerIsInvokedAndItsPrincipalAndContextReachTheFunction()
      throws Exception {
    assertAnswer(200, "user-1 {email=a@example.com, tier=2} null",
        get("/me", "Authorization", "Bearer everything"));
    assertAnswer(200, "user-1 {email=a@example.com, tier=2} client-a",
        get("/both", "Authorization", "Bearer everything", "x-api-key", "local-client-a"));
    assertEquals(1, AuthorizeHandler.CALLS.get(), "the result is cached for the token (ttl 300)");
  }

  @Test
  void withoutTheIdentityHeaderTheAnswerIs401AndTheAuthorizerIsNotCalled() throws Exception {
    HttpResponse<String> response = get("/me");
    assertAnswer(401, "{\"message\":\"Unauthorized\"}", response);
    assertEquals("UnauthorizedException",
        response.headers().firstValue("x-amzn-ErrorType").orElse(null));
    assertEquals(0, AuthorizeHandler.CALLS.get());
  }

  @Test
  void aPolicyThatDoesNotAllowTheMethodIs403() throws Exception {
    String denied = "{\"message\":\"User is not authorized to access this resource\"}";
    assertAnswer(403, denied, get("/me", "Authorization", "Bearer denied"));
    assertAnswer(200, "user-2 {} null", get("/me", "Authorization", "Bearer this-method"));
    // Cached for the token: the policy names GET /me only, so /both is refused.
    assertAnswer(403, denied,
        get("/both", "Authorization", "Bearer this-method", "x-api-key", "local-client-a"));
    assertEquals(2, AuthorizeHandler.CALLS.get());
  }

  @Test
  void aPolicyWithoutStatementsIsAMisconfigurationNotACrash() {
    for (String output : List.of("{\"principalId\":\"u\",\"policyDocument\":{}}",
        "{\"principalId\":\"u\",\"policyDocument\":{\"Statement\":[null]}}",
        "{\"principalId\":\"u\",\"policyDocument\":{\"Statement\":[\"Allow\"]}}")) {
      assertThrows(JsonException.class, () -> LocalAuth.result(output.getBytes(StandardCharsets.UTF_8)), output);
    }
  }

  @Test
  void anAuthorizerFailingWithUnauthorizedIs401AndAnyOtherFailureIs500() throws Exception {
    assertAnswer(401, "{\"message\":\"Unauthorized\"}", get("/me", "Authorization", "Bearer expired"));
    HttpResponse<String> noPolicy = get("/me", "Authorization", "Bearer no-policy");
    assertAnswer(500, "{\"message\":null}", noPolicy);
    assertEquals("AuthorizerConfigurationException",
        noPolicy.headers().firstValue("x-amzn-ErrorType").orElse(null));
    assertAnswer(500, "{\"message\":null}", get("/me", "Authorization", "Bearer surprise"));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains(
        "authorizer AuthorizeFunction returned no authorizer result"), log.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCognitoTokensClaimsArePassedThroughUnverified() throws Exception {
    String payload = "{\"sub\":\"u-9\",\"email\":\"c@example.com\",\"scope\":\"openid users/read\","
        + "\"cognito:groups\":[\"admin\",\"staff\"],\"exp\":1700000000}";
    String jwt = "eyJhbGciOiJSUzI1NiJ9."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
    assertAnswer(200, "u-9 {sub=u-9, email=c@example.com, scope=openid users/read,"
        + " cognito:groups=admin,staff, exp=1700000000} null", get("/claims", "Authorization", jwt));
    assertEquals(200, get("/claims", "Authorization", "Bearer " + jwt).statusCode());
    String unauthorized = "{\"message\":\"Unauthorized\"}";
    assertAnswer(401, unauthorized, get("/claims"));
    assertAnswer(401, unauthorized, get("/claims", "Authorization", "not-a-jwt"));
    assertAnswer(401, unauthorized, get("/claims", "Authorization", "a.!!!.c"));
    assertAnswer(401, unauthorized, get("/claims", "Authorization", "a."
        + Base64.getUrlEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + ".c"));
    String noScope = "e30." + Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"sub\":\"u-9\",\"scope\":\"openid\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    assertAnswer(401, unauthorized, get("/claims", "Authorization", noScope));
  }

  @Test
  void anExternalLambdaAuthorizerAndIamLetRequestsThroughWithAWarningOnce() throws Exception {
    assertAnswer(200, "null {} null", get("/partner"));
    assertAnswer(200, "null {} null", get("/partner"));
    assertAnswer(200, "null {} null", get("/signed"));
    String output = log.toString(StandardCharsets.UTF_8);
    assertEquals(1, output.split("authorizer partner is a function outside the app", -1).length - 1,
        output);
    assertTrue(output.contains("authorizer signed (iam): requests are not signature-checked locally"),
        output);
  }

  @Test
  void theBannerPrintsTheLocalKeysAndWhatEachAuthorizerDoes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    server.printRoutes(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("API key client-a: local-client-a (send it as x-api-key)"), printed);
    assertTrue(printed.contains("API key old-key: local-old-key (disabled: refused, as API Gateway"
        + " does)"), printed);
    assertTrue(printed.contains("/dev/both") && printed.contains(
        "MeFunction (authorizer tokens, API key)"), printed);
    assertTrue(printed.contains("Authorizer tokens (lambda): invokes AuthorizeFunction with the"
        + " Authorization header (TOKEN), result cached 300 s"), printed);
    assertTrue(printed.contains("Authorizer users (cognito): the Authorization token's claims are"
        + " passed through unverified"), printed);
    assertTrue(printed.contains("Authorizer partner (lambda): an external function: not invoked"
        + " locally, requests go through"), printed);
  }

  @Test
  void descriptorsOfVersion1HaveNoKeysOrAuthorizersAndNewerVersionsAreRefused() {
    LocalApp v1 = LocalApp.parse(LocalServerTest.DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, v1.apiKeys.size());
    assertEquals(0, v1.authorizers.size());
    assertEquals(null, v1.routes.get(0).authorizer);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LocalApp.parse("{\"version\":3,\"functions\":[]}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("the descriptor is version 3, newer than this local"
        + " server reads (1 to 2)"), e.getMessage());
  }
}
