package com.example.ums.shared;

import dev.deployless.runtime.Environment;
import dev.deployless.runtime.UnauthorizedException;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session tokens: {@code payload.signature}, the payload JSON in base64url and an HMAC-SHA256 of it
 * with {@code TOKEN_SECRET}, so any function can verify a token the auth function issued.
 */
public final class Tokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Tokens() {}

  /** A token for {@code principal} expiring at {@code expiresAt}. */
  public static String issue(Principal principal, Instant expiresAt) {
    JsonWriter payload = new JsonWriter();
    payload.beginObject()
        .name("tid").value(principal.tenantId())
        .name("sub").value(principal.userId())
        .name("email").value(principal.email())
        .name("sid").value(principal.sessionId())
        .name("exp").value(expiresAt.getEpochSecond());
    payload.name("scopes").beginArray();
    for (String scope : principal.scopes()) {
      payload.value(scope);
    }
    payload.endArray().endObject();
    String body = ENCODER.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
    return body + "." + ENCODER.encodeToString(sign(body));
  }

  /**
   * The principal of a valid, unexpired, unrevoked token.
   *
   * @throws UnauthorizedException otherwise
   */
  public static Principal verify(String token, Instant now) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      throw new UnauthorizedException("malformed token");
    }
    String body = token.substring(0, dot);
    byte[] signature;
    try {
      signature = DECODER.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new UnauthorizedException("malformed token");
    }
    if (!MessageDigest.isEqual(sign(body), signature)) {
      throw new UnauthorizedException("invalid token signature");
    }
    Map<String, Object> claims;
    try {
      claims = new JsonReader(DECODER.decode(body)).readObject();
    } catch (JsonException | IllegalArgumentException e) {
      throw new UnauthorizedException("malformed token");
    }
    long expires = ((Number) claims.get("exp")).longValue();
    if (now.getEpochSecond() >= expires) {
      throw new UnauthorizedException("token expired");
    }
    String sessionId = (String) claims.get("sid");
    if (Directory.session(sessionId).isEmpty()) {
      throw new UnauthorizedException("session ended");
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (Object scope : (List<?>) claims.get("scopes")) {
      scopes.add((String) scope);
    }
    return new Principal((String) claims.get("tid"), (String) claims.get("sub"),
        (String) claims.get("email"), scopes, sessionId);
  }

  private static byte[] sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String secret() {
    return Environment.require("TOKEN_SECRET");
  }
}
