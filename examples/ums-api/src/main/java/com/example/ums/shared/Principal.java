package com.example.ums.shared;

import java.util.Set;

/** Who is calling: the user a session token was issued to, and the scopes it grants. */
public record Principal(String tenantId, String userId, String email, Set<String> scopes, String sessionId) {

  /** Whether the token grants {@code scope}. */
  public boolean has(String scope) {
    return scopes.contains(scope);
  }
}
