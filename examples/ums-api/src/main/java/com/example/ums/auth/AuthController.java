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
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  /** API Gateway's TOKEN authorizer event: the token of the identity header and the method called. */
  public record TokenAuthorizerEvent(String type, String authorizationToken, String methodArn) {}

  /** One statement of an IAM policy (IAM's capitalized field names). */
  public record Statement(String Action, String Effect, String Resource) {}

  /** An IAM policy document. */
  public record PolicyDocument(String Version, List<Statement> Statement) {}

  /** What a Lambda authorizer answers: the principal, its policy, and context the functions receive. */
  public record AuthorizerResponse(String principalId, PolicyDocument policyDocument, Map<String, String> context) {}

  /**
   * The API's Lambda authorizer: allows the whole API's stage to the holder of a valid session token
   * ({@code Authorization: Bearer <token>}), denies anyone else. API Gateway caches the answer per
   * token ({@code api.auth.ttl}), hence the policy covers every method, not only the one called.
   */
  @LambdaFunction(memory = 512, description = "API Gateway Lambda authorizer")
  public AuthorizerResponse authorize(TokenAuthorizerEvent event) {
    String token = event.authorizationToken() == null ? "" : event.authorizationToken();
    if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = token.substring(7).trim();
    }
    String[] arn = event.methodArn() == null ? new String[0] : event.methodArn().split("/");
    String stage = arn.length >= 2 ? arn[0] + "/" + arn[1] + "/*" : "*";
    try {
      Principal caller = Tokens.verify(token, Instant.now(), directory);
      return new AuthorizerResponse(caller.userId(), policy("Allow", stage), Map.of("tenantId", caller.tenantId(),
          "email", caller.email(), "scopes", String.join(" ", caller.scopes())));
    } catch (UnauthorizedException e) {
      return new AuthorizerResponse("anonymous", policy("Deny", stage), Map.of());
    }
  }

  private static PolicyDocument policy(String effect, String resource) {
    return new PolicyDocument("2012-10-17", List.of(new Statement("execute-api:Invoke", effect, resource)));
  }
}
