package com.example.ums.tenant;

import com.example.ums.shared.Authorization;
import com.example.ums.shared.Aws;
import com.example.ums.shared.Directory;
import com.example.ums.shared.DynamoDirectory;
import com.example.ums.shared.KeyVault;
import com.example.ums.shared.Passwords;
import com.example.ums.shared.Principal;
import com.example.ums.shared.Scopes;
import com.example.ums.shared.Tokens;
import com.example.ums.shared.Validation;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Auth;
import dev.deployless.annotations.Body;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.PathParam;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Route;
import dev.deployless.runtime.ForbiddenException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.Response;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant feature: sign-up of a tenant with its first administrator, and tenant details. A new
 * tenant gets an RSA key pair for its session tokens; this feature may only encrypt the private key
 * (the auth feature decrypts it to sign).
 */
@Feature(name = "tenant", basePath = "/tenants", description = "Tenant Service")
@Resource(name = "tenants")
@Resource(name = "users", access = Access.WRITE)
@Resource(name = "sessions", access = Access.READ)
@Resource(name = "tenantKey", access = Access.ENCRYPT)
public class TenantController {
  private final Directory directory;
  private final KeyVault vault;

  /** On Lambda the tables and key of {@code resources}; without resources (the local server's mode none), memory and no encryption. */
  public TenantController(TenantResources resources) {
    if (resources.available()) {
      directory = new DynamoDirectory(Aws.dynamoDb(), resources.tenants().name(), resources.users().name(),
          resources.sessions().name());
      vault = KeyVault.kms(Aws.kms(), resources.tenantKey().keyId());
    } else {
      directory = Directory.inMemory();
      vault = KeyVault.local();
    }
  }

  /** A sign-up: the organisation and its first administrator. */
  public record CreateTenant(String name, String adminEmail, String adminPassword) {}

  /** A tenant as the API shows it. */
  public record TenantView(String id, String name, Instant createdAt) {}

  /** The answer to a sign-up. */
  public record TenantCreated(TenantView tenant, String adminUserId) {}

  /** Sign-up: a client key is enough, there is no token before the tenant exists. */
  @Route(method = HttpMethod.POST, auth = Auth.API_KEY)
  public Response<TenantCreated> create(@Body CreateTenant body) {
    Validation.notBlank("name", body.name());
    Validation.email("adminEmail", body.adminEmail());
    Validation.password("adminPassword", body.adminPassword());
    Instant now = Instant.now();
    KeyPair keys = Tokens.newKeyPair();
    Directory.Tenant tenant = new Directory.Tenant(UUID.randomUUID().toString(), body.name().trim(), now,
        keys.getPublic().getEncoded(), vault.encrypt(keys.getPrivate().getEncoded()));
    directory.saveTenant(tenant);
    Directory.StoredUser admin = new Directory.StoredUser(tenant.id(), UUID.randomUUID().toString(),
        body.adminEmail().trim().toLowerCase(java.util.Locale.ROOT), Passwords.hash(body.adminPassword()),
        Scopes.ALL, now);
    directory.saveUser(admin);
    return Response.created(new TenantCreated(view(tenant), admin.id()))
        .header("Location", "/tenants/" + tenant.id());
  }

  @Route(method = HttpMethod.GET, path = "/{tenantId}")
  public Optional<TenantView> get(@PathParam("tenantId") UUID tenantId, Request request) {
    Principal caller = Authorization.require(request, Scopes.TENANTS_READ, directory);
    if (!caller.tenantId().equals(tenantId.toString())) {
      throw new ForbiddenException("a token may only read its own tenant");
    }
    return directory.tenant(tenantId.toString()).map(TenantController::view);
  }

  private static TenantView view(Directory.Tenant tenant) {
    return new TenantView(tenant.id(), tenant.name(), tenant.createdAt());
  }
}
