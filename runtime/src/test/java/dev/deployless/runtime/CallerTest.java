package dev.deployless.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Caller} as tests build it, and {@link RequestBuilder#caller}. */
class CallerTest {

  @Test
  void aCallerIsImmutable() {
    Map<String, String> claims = new HashMap<>(Map.of("email", "a@example.com"));
    claims.put("gone", null);
    Caller caller = Caller.of("u-1", claims);
    claims.put("email", "b@example.com");
    assertEquals(Map.of("email", "a@example.com"), caller.claims());
    assertThrows(UnsupportedOperationException.class, () -> caller.claims().put("x", "y"));
    Caller withKey = caller.withApiKeyId("k1");
    assertNull(caller.apiKeyId());
    assertEquals("k1", withKey.apiKeyId());
    assertNotEquals(caller, withKey);
    assertEquals(withKey, Caller.of("u-1", Map.of("email", "a@example.com")).withApiKeyId("k1"));
    assertEquals(withKey.hashCode(),
        Caller.of("u-1", Map.of("email", "a@example.com")).withApiKeyId("k1").hashCode());
  }

  @Test
  void toStringLeavesTheClaimsOut() {
    assertEquals("Caller{principalId=u-1, apiKeyId=k1}",
        Caller.of("u-1", Map.of("email", "a@example.com")).withApiKeyId("k1").toString());
  }

  @Test
  void anIamIdentityDoesNotReplaceAnAuthorizersPrincipal() {
    Caller caller = Caller.of("u-1", Map.of()).withIam("123456789012", "arn:aws:iam::123456789012:user/a");
    assertEquals("u-1", caller.principalId());
    assertEquals("arn:aws:iam::123456789012:user/a", caller.userArn());
    assertSame(Caller.anonymous(), Caller.anonymous().withIam(null, null));
  }

  @Test
  void aBuiltRequestsCallerIsTheOneSetOrTheAuthorizersOrAnonymous() {
    Caller set = Caller.of("u-1", Map.of()).withApiKeyId("k1");
    assertSame(set, Request.builder("GET", "/").caller(set).build().caller());
    Request cognito = Request.builder("GET", "/")
        .authorizer(Map.of("claims", Map.of("sub", "u-2", "email", "c@example.com"))).build();
    assertEquals("u-2", cognito.caller().principalId());
    assertEquals("c@example.com", cognito.caller().claim("email"));
    Request none = Request.builder("GET", "/").build();
    assertFalse(none.caller().isAuthenticated());
    assertSame(Caller.anonymous(), none.caller());
  }
}
