package dev.deployless.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authorizer records' factories and policy matching. */
class AuthorizerResultTest {
  private static final String ARN =
      "arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/GET/users/42";

  @Test
  void allowNamesTheMethodAndCarriesTheContext() {
    AuthorizerResult result = AuthorizerResult.allow("u-1", ARN)
        .withContext("email", "a@example.com").withContext("tier", 3).withContext("admin", false);
    assertEquals("u-1", result.principalId());
    assertEquals(new PolicyDocument("2012-10-17",
        List.of(new PolicyStatement("execute-api:Invoke", "Allow", ARN))), result.policyDocument());
    assertEquals(Map.of("email", "a@example.com", "tier", 3L, "admin", false), result.context());
    assertTrue(result.allows(ARN));
    assertFalse(result.allows(ARN.replace("GET", "DELETE")));
  }

  @Test
  void allowApiAllowsEveryMethodOfTheStage() {
    AuthorizerResult result = AuthorizerResult.allowApi("u-1", ARN);
    assertEquals("arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/*",
        result.policyDocument().Statement().get(0).Resource());
    assertTrue(result.allows("arn:aws:execute-api:eu-west-1:123456789012:abc123/prod/POST/orders"));
    assertFalse(result.allows("arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/GET/users"));
  }

  @Test
  void aDenyWinsOverAnAllow() {
    assertFalse(AuthorizerResult.deny("u-1", ARN).allows(ARN));
    AuthorizerResult both = new AuthorizerResult("u-1", new PolicyDocument("2012-10-17", List.of(
        new PolicyStatement("execute-api:Invoke", "Allow", "*"),
        new PolicyStatement("execute-api:*", "Deny", "arn:aws:execute-api:*:*:abc123/prod/GET/users/?2"))),
        null);
    assertFalse(both.allows(ARN));
    assertTrue(both.allows(ARN.replace("42", "43")));
    assertFalse(new AuthorizerResult("u-1", null, null).allows(ARN));
  }

  @Test
  void theBearerTokenIsTheTokenOrTheAuthorizationHeaderWithoutItsScheme() {
    assertEquals("t0k", AuthorizerEvent.token("Bearer t0k", ARN).bearerToken());
    assertEquals("t0k", AuthorizerEvent.token("t0k", ARN).bearerToken());
    AuthorizerEvent request = new AuthorizerEvent("REQUEST", null, ARN, "/users/{id}", "/users/42",
        "GET", Map.of("authorization", "bearer abc"), null, null, null);
    assertEquals("abc", request.bearerToken());
    assertEquals("bearer abc", request.header("Authorization"));
    assertNull(AuthorizerEvent.token("Bearer ", ARN).bearerToken());
    assertNull(AuthorizerEvent.token(null, ARN).header("x"));
  }
}
