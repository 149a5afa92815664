package dev.deployless.processor;

import static dev.deployless.processor.CompiledClasses.call;
import static dev.deployless.processor.CompiledClasses.invoke;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.ProxyResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caller in generated handlers: a route method's {@code Caller} parameter bound from the
 * request context each kind of authorizer fills, and a Lambda authorizer written as a
 * {@code @LambdaFunction} taking an {@code AuthorizerEvent} and returning an
 * {@code AuthorizerResult}, invoked with the events API Gateway sends (AWS's documented examples)
 * and answering with the JSON names API Gateway reads.
 */
class CallerHandlerTest {
  @TempDir static Path dir;
  private static Object me;
  private static Object authorize;

  private static final String CONTROLLER = """
      package com.example;

      import dev.deployless.annotations.*;
      import dev.deployless.runtime.Caller;
      import dev.deployless.runtime.Request;
      import dev.deployless.runtime.auth.AuthorizerEvent;
      import dev.deployless.runtime.auth.AuthorizerResult;
      import java.util.*;

      @Feature(name = "me", basePath = "/me")
      public class MeController {
        public record Me(String principal, String email, String key, boolean same) {}

        @Route(method = HttpMethod.GET)
        public Me me(Caller caller, Request request) {
          return new Me(caller.principalId(), caller.claim("email"), caller.apiKeyId(),
              caller.equals(request.caller()));
        }

        @LambdaFunction
        public AuthorizerResult authorize(AuthorizerEvent event) {
          String token = event.bearerToken();
          if ("good".equals(token)) {
            return AuthorizerResult.allowApi("user-" + token, event.methodArn())
                .withContext("email", "a@example.com").withContext("tier", 2)
                .withContext("admin", true);
          }
          return AuthorizerResult.deny("anonymous", event.methodArn());
        }
      }
      """;

  @BeforeAll
  static void compile() {
    CompiledClasses classes = new CompiledClasses(new TestProject(dir).compile(
        source("com.example.MeController", CONTROLLER)));
    me = classes.newHandler("com.example.MeFunction");
    authorize = classes.newHandler("com.example.AuthorizeFunction");
  }

  private static Map<?, ?> me(dev.deployless.local.ProxyEvent event) {
    ProxyResponse response = call(me, event.resource("/me").bytes());
    assertEquals(200, response.status(), response.body());
    return (Map<?, ?>) response.json();
  }

  @Test
  void aCallerParameterIsTheCognitoCaller() {
    Map<?, ?> json = me(ApiGatewayEvent.request("GET", "/me")
        .cognitoClaims(Map.of("sub", "u-1", "email", "a@example.com")).apiKey("k1", "v1"));
    assertEquals(Map.of("principal", "u-1", "email", "a@example.com", "key", "k1", "same", true), json);
  }

  @Test
  void aCallerParameterIsTheLambdaAuthorizersCaller() {
    Map<?, ?> json = me(ApiGatewayEvent.request("GET", "/me")
        .lambdaAuthorizer("user-7", Map.of("email", "b@example.com")));
    assertEquals("user-7", json.get("principal"));
    assertEquals("b@example.com", json.get("email"));
  }

  @Test
  void aCallerParameterOfAnUnauthenticatedRequestHasNoPrincipal() {
    Map<?, ?> json = me(ApiGatewayEvent.request("GET", "/me"));
    assertEquals(null, json.get("principal"));
    assertEquals(null, json.get("key"));
  }

  private static Map<String, Object> authorize(String event) {
    byte[] out = invoke(authorize, event.getBytes(StandardCharsets.UTF_8));
    return JsonReader.of(new String(out, StandardCharsets.UTF_8)).readObject();
  }

  @Test
  void aTokenAuthorizerAnswersWithThePolicyAndContextApiGatewayReads() {
    Map<String, Object> result = authorize("""
        {"type": "TOKEN", "authorizationToken": "Bearer good",
         "methodArn": "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/prod/GET/me"}
        """);
    assertEquals(Map.of(
        "principalId", "user-good",
        "policyDocument", Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
            "Action", "execute-api:Invoke", "Effect", "Allow",
            "Resource", "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/prod/*"))),
        "context", Map.of("email", "a@example.com", "tier", 2, "admin", true)), result);
  }

  @Test
  void aRequestAuthorizerReadsTheHeadersOfApiGatewaysEvent() {
    Map<String, Object> result = authorize("""
        {
          "type": "REQUEST",
          "methodArn": "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request",
          "resource": "/request", "path": "/request", "httpMethod": "GET",
          "headers": {"X-AMZ-Date": "20170718T062915Z", "Accept": "*/*",
            "Authorization": "Bearer bad", "HeaderAuth1": "headerValue1"},
          "multiValueHeaders": {"Authorization": ["Bearer bad"]},
          "queryStringParameters": {"QueryString1": "queryValue1"},
          "multiValueQueryStringParameters": {"QueryString1": ["queryValue1"]},
          "pathParameters": {}, "stageVariables": {"StageVar1": "stageValue1"},
          "requestContext": {"path": "/request", "accountId": "123456789012",
            "resourceId": "05c7jb", "stage": "test", "requestId": "...",
            "identity": {"apiKey": "...", "sourceIp": "..."},
            "resourcePath": "/request", "httpMethod": "GET", "apiId": "abcdef123"}
        }
        """);
    assertEquals("anonymous", result.get("principalId"));
    assertEquals(Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
        "Action", "execute-api:Invoke", "Effect", "Deny",
        "Resource", "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request"))),
        result.get("policyDocument"));
    assertEquals(Map.of(), result.get("context"));
  }
}
