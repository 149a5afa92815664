package com.example.ums.shared;

import dev.deployless.runtime.ForbiddenException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.UnauthorizedException;
import java.time.Instant;

/** The caller of a request, from its {@code Authorization: Bearer <token>} header. */
public final class Authorization {
  private Authorization() {}

  /**
   * The caller, who must hold {@code scope}.
   *
   * @throws UnauthorizedException (401) without a valid token
   * @throws ForbiddenException (403) when the token lacks the scope
   */
  public static Principal require(Request request, String scope, Directory directory) {
    Principal principal = caller(request, directory);
    if (!principal.has(scope)) {
      throw new ForbiddenException("this token does not grant " + scope);
    }
    return principal;
  }

  /** The caller, whatever its scopes. */
  public static Principal caller(Request request, Directory directory) {
    String header = request.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new UnauthorizedException("send Authorization: Bearer <token> (POST /auth/login gives one)");
    }
    return Tokens.verify(header.substring(7).trim(), Instant.now(), directory);
  }
}
