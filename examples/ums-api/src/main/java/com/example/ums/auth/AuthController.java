package com.example.ums.auth;

import com.example.ums.shared.Authorization;
import com.example.ums.shared.Aws;
import com.example.ums.shared.Directory;
import com.example.ums.shared.DynamoDirectory;
import com.example.ums.shared.KeyVault;
import com.example.ums.shared.Passwords;
import com.example.ums.shared.Principal;
import com.example.ums.shared.Tokens;
import com.example.ums.shared.Validation;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Auth;
import dev.deployless.annotations.Body;
import dev.deployless.annotations.Env;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.LambdaFunction;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Route;
import dev.deployless.runtime.Environment;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.UnauthorizedException;
import dev.deployless.runtime.auth.AuthorizerEvent;
import dev.deployless.runtime.auth.AuthorizerResult;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The auth feature: login with email and password, logout, and who am I; and the API's Lambda
 * authorizer ({@code api.auth.function: authorize}). Its routes need an API key but no token (a
 * client logs in to get one).
 */
@Feature(name = "auth", basePath = "/auth", description = "Auth Service",
    env = @Env(name = "TOKEN_EXPIRY", value = "3600"), auth = Auth.API_KEY)
@Resource(name = "tenants", access = Access.READ)
@Resource(name = "users", access = Access.READ)
@Resource(name = "sessions")
@Resource(name = "tenantKey", access = Access.DECRYPT)
public class AuthController {
  private final Directory directory;
  private final KeyVault vault;

  /** On Lambda the tables and key of {@code resources}; without resources (the local server's mode none), memory and no encryption. */
  public AuthController(AuthResources resources) {
    if (resources.available()) {
      directory = new DynamoDirectory(Aws.dynamoDb(), resources.tenants().name(), resources.users().name(),
          resources.sessions().name());
      vault = KeyVault.kms(Aws.kms(), resources.tenantKey().keyId());
    } else {
      directory = Directory.inMemory();
      vault = KeyVault.local();
    }
  }

  /** Login credentials. */
  public record Credentials(String tenantId, String email, String password) {}

  /** A session token. */
  public record Session(String token, String tokenType, long expiresIn) {}

  /** The caller, as a token describes it. */
  public record Me(String tenantId, String userId, String email, Set<String> scopes) {}

  private final long tokenSeconds = Long.parseLong(Environment.get("TOKEN_EXPIRY", "3600"));

  @Route(method = HttpMethod.POST, path = "/login")
  public Session login(@Body Credentials credentials) {
    Validation.notBlank("tenantId", credentials.tenantId());
    Validation.notBlank("email", credentials.email());
    Validation.notBlank("password", credentials.password());
    Directory.StoredUser user = directory.userByEmail(credentials.tenantId(), credentials.email().trim())
        .filter(found -> Passwords.matches(credentials.password(), found.passwordHash()))
        .orElseThrow(() -> new UnauthorizedException("unknown tenant, email or password"));
    Instant expiresAt = Instant.now().plusSeconds(tokenSeconds);
    String sessionId = UUID.randomUUID().toString();
    Directory.Tenant tenant = directory.tenant(user.tenantId())
        .orElseThrow(() -> new UnauthorizedException("unknown tenant, email or password"));
    PrivateKey signingKey = Tokens.privateKey(vault.decrypt(tenant.encryptedPrivateKey()));
    directory.saveSession(new Directory.Session(sessionId, user.tenantId(), user.id(), expiresAt));
    Principal principal = new Principal(user.tenantId(), user.id(), user.email(), user.scopes(), sessionId);
    return new Session(Tokens.issue(principal, expiresAt, signingKey), "Bearer", tokenSeconds);
  }

  @Route(method = HttpMethod.POST, path = "/logout")
  public void logout(Request request) {
    directory.revokeSession(Authorization.caller(request, directory).sessionId());
  }

  @Route(method = HttpMethod.GET, path = "/me")
  public Me me(Request request) {
    Principal caller = Authorization.caller(request, directory);
    return new Me(caller.tenantId(), caller.userId(), caller.email(), caller.scopes());
  }

  /**
   * The API's Lambda authorizer: allows the whole API's stage to the holder of a valid session token
   * ({@code Authorization: Bearer <token>}), denies anyone else. API Gateway caches the answer per
   * token ({@code api.auth.ttl}), hence {@code allowApi}: the policy covers every method, not only
   * the one called. The routes read the context entries as {@code caller.claim("tenantId")}.
   */
  @LambdaFunction(memory = 512, description = "API Gateway Lambda authorizer")
  public AuthorizerResult authorize(AuthorizerEvent event) {
    String token = event.bearerToken();
    if (token == null) {
      return AuthorizerResult.deny("anonymous", event.methodArn());
    }
    try {
      Principal caller = Tokens.verify(token, Instant.now(), directory);
      return AuthorizerResult.allowApi(caller.userId(), event.methodArn())
          .withContext("tenantId", caller.tenantId())
          .withContext("email", caller.email())
          .withContext("scopes", String.join(" ", caller.scopes()));
    } catch (UnauthorizedException e) {
      return AuthorizerResult.deny("anonymous", event.methodArn());
    }
  }
}
