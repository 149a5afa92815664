package com.example.ums.tenant;

import com.example.ums.shared.Authorization;
import com.example.ums.shared.Directory;
import com.example.ums.shared.Passwords;
import com.example.ums.shared.Principal;
import com.example.ums.shared.Scopes;
import com.example.ums.shared.Validation;
import dev.deployless.annotations.Body;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.PathParam;
import dev.deployless.annotations.Route;
import dev.deployless.runtime.ForbiddenException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The tenant feature: sign-up of a tenant with its first administrator, and tenant details. */
@Feature(name = "tenant", basePath = "/tenants", description = "Tenant Service")
public class TenantController {

  /** A sign-up: the organisation and its first administrator. */
  public record CreateTenant(String name, String adminEmail, String adminPassword) {}

  /** A tenant as the API shows it. */
  public record TenantView(String id, String name, Instant createdAt) {}

  /** The answer to a sign-up. */
  public record TenantCreated(TenantView tenant, String adminUserId) {}

  @Route(method = HttpMethod.POST)
  public Response<TenantCreated> create(@Body CreateTenant body) {
    Validation.notBlank("name", body.name());
    Validation.email("adminEmail", body.adminEmail());
    Validation.password("adminPassword", body.adminPassword());
    Instant now = Instant.now();
    Directory.Tenant tenant = new Directory.Tenant(UUID.randomUUID().toString(), body.name().trim(), now);
    Directory.saveTenant(tenant);
    Directory.StoredUser admin = new Directory.StoredUser(tenant.id(), UUID.randomUUID().toString(),
        body.adminEmail().trim().toLowerCase(java.util.Locale.ROOT), Passwords.hash(body.adminPassword()),
        Scopes.ALL, now);
    Directory.saveUser(admin);
    return Response.created(new TenantCreated(view(tenant), admin.id()))
        .header("Location", "/tenants/" + tenant.id());
  }

  @Route(method = HttpMethod.GET, path = "/{tenantId}")
  public Optional<TenantView> get(@PathParam("tenantId") UUID tenantId, Request request) {
    Principal caller = Authorization.require(request, Scopes.TENANTS_READ);
    if (!caller.tenantId().equals(tenantId.toString())) {
      throw new ForbiddenException("a token may only read its own tenant");
    }
    return Directory.tenant(tenantId.toString()).map(TenantController::view);
  }

  private static TenantView view(Directory.Tenant tenant) {
    return new TenantView(tenant.id(), tenant.name(), tenant.createdAt());
  }
}
