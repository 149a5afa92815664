package com.example.ums.shared;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OAuth-style scopes of the API. */
public final class Scopes {
  public static final String TENANTS_READ = "ums:tenants:read";
  public static final String USERS_CREATE = "ums:users:create";
  public static final String USERS_READ = "ums:users:read";
  public static final String USERS_UPDATE = "ums:users:update";
  public static final String USERS_DELETE = "ums:users:delete";
  public static final String USERS_EXPORT = "ums:users:export";

  /** Every scope, in a stable order: what a tenant's first administrator gets. */
  public static final Set<String> ALL = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
      TENANTS_READ, USERS_CREATE, USERS_READ, USERS_UPDATE, USERS_DELETE, USERS_EXPORT)));

  private Scopes() {}
}
