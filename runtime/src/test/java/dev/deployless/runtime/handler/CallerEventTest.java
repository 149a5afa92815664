package dev.deployless.runtime.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Request.caller()} of API Gateway REST proxy events as each kind of authorizer fills their
 * request context (the shapes of AWS's documented example events), and of malformed ones: a
 * malformed authorizer leaves the caller without a principal, a malformed identity is a 400 as the
 * rest of the identity is.
 */
class CallerEventTest {

  private static Caller caller(String requestContext) {
    String event = "{\"httpMethod\":\"GET\",\"path\":\"/\",\"requestContext\":" + requestContext + "}";
    return EventRequest.parse(event.getBytes(StandardCharsets.UTF_8)).caller();
  }

  @Test
  void cognitoClaimsAreTheCallersWithSubAsPrincipal() {
    Caller caller = caller("""
        {"identity": {"sourceIp": "198.51.100.7", "apiKeyId": "k9", "accountId": null,
          "userArn": null},
         "authorizer": {"claims": {"sub": "u-1", "email": "a@example.com",
           "email_verified": "true", "cognito:groups": "admin", "auth_time": 1700000000}}}
        """);
    assertEquals("u-1", caller.principalId());
    assertTrue(caller.isAuthenticated());
    assertEquals("a@example.com", caller.claim("email"));
    assertEquals("admin", caller.claim("cognito:groups"));
    assertEquals("1700000000", caller.claim("auth_time"));
    assertEquals(5, caller.claims().size());
    assertEquals("k9", caller.apiKeyId());
    assertNull(caller.accountId());
  }

  @Test
  void aLambdaAuthorizersPrincipalAndContextAreTheCallers() {
    Caller caller = caller("""
        {"authorizer": {"principalId": "user-7", "integrationLatency": 12,
          "stringKey": "value", "numberKey": "1", "booleanKey": true}}
        """);
    assertEquals("user-7", caller.principalId());
    assertEquals(Map.of("stringKey", "value", "numberKey", "1", "booleanKey", "true"),
        caller.claims());
    assertNull(caller.apiKeyId());
  }

  @Test
  void anIamCallerIsItsUserArn() {
    Caller caller = caller("""
        {"identity": {"accountId": "123456789012", "caller": "AIDAEXAMPLE",
          "userArn": "arn:aws:iam::123456789012:user/alice", "sourceIp": "198.51.100.7"}}
        """);
    assertEquals("arn:aws:iam::123456789012:user/alice", caller.principalId());
    assertEquals("arn:aws:iam::123456789012:user/alice", caller.userArn());
    assertEquals("123456789012", caller.accountId());
    assertEquals(Map.of(), caller.claims());
  }

  @Test
  void aRequestNoAuthorizerSawHasAnAnonymousCaller() {
    assertSame(Caller.anonymous(), caller("{\"requestId\": \"r-1\"}"));
    assertSame(Caller.anonymous(), caller("null"));
    Caller withKey = caller("{\"identity\": {\"apiKeyId\": \"k1\"}, \"authorizer\": null}");
    assertFalse(withKey.isAuthenticated());
    assertEquals("k1", withKey.apiKeyId());
  }

  @Test
  void aMalformedAuthorizerLeavesTheCallerWithoutAPrincipal() {
    assertSame(Caller.anonymous(), caller("{\"authorizer\": \"token\"}"));
    assertSame(Caller.anonymous(), caller("{\"authorizer\": [1, 2]}"));
    Caller numberPrincipal = caller("{\"authorizer\": {\"principalId\": 42, \"role\": {\"x\": 1}}}");
    assertNull(numberPrincipal.principalId());
    assertEquals(Map.of(), numberPrincipal.claims());
    Caller claimsNotAnObject = caller("{\"authorizer\": {\"claims\": \"sub=u-1\"}}");
    assertNull(claimsNotAnObject.principalId());
    Caller subNotText = caller("{\"authorizer\": {\"claims\": {\"sub\": [\"u-1\"], \"email\": null}}}");
    assertNull(subNotText.principalId());
    assertEquals(Map.of(), subNotText.claims());
  }

  @Test
  void aMalformedIdentityIsABadRequest() {
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> caller("{\"identity\": {\"apiKeyId\": 5}}"));
    assertEquals("malformed API Gateway event: expected a string at"
        + " $.requestContext.identity.apiKeyId but found a number", e.getMessage());
    assertThrows(BadRequestException.class, () -> caller("{\"identity\": {\"userArn\": {}}}"));
  }
}
