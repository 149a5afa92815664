package com.example.ums.shared;

import dev.deployless.runtime.UnauthorizedException;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session tokens: {@code payload.signature}, the payload JSON in base64url and its SHA256withRSA
 * signature with the tenant's private key. Only the auth function can sign (it decrypts the private
 * key with KMS); every function verifies with the tenant's public key.
 */
public final class Tokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final Map<String, PublicKey> PUBLIC_KEYS = new ConcurrentHashMap<>();

  private Tokens() {}

  /** A new RSA key pair for a tenant. */
  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  /** The private key of PKCS#8 {@code encoded}. */
  public static PrivateKey privateKey(byte[] encoded) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("not an RSA private key", e);
    }
  }

  /** A token for {@code principal} expiring at {@code expiresAt}, signed with its tenant's {@code key}. */
  public static String issue(Principal principal, Instant expiresAt, PrivateKey key) {
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
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(body.getBytes(StandardCharsets.US_ASCII));
      return body + "." + ENCODER.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the token", e);
    }
  }

  /**
   * The principal of a valid, unexpired, unrevoked token of a tenant in {@code directory}.
   *
   * @throws UnauthorizedException otherwise
   */
  public static Principal verify(String token, Instant now, Directory directory) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      throw new UnauthorizedException("malformed token");
    }
    String body = token.substring(0, dot);
    Map<String, Object> claims;
    byte[] signature;
    try {
      signature = DECODER.decode(token.substring(dot + 1));
      claims = new JsonReader(DECODER.decode(body)).readObject();
    } catch (JsonException | IllegalArgumentException e) {
      throw new UnauthorizedException("malformed token");
    }
    String tenantId = claims.get("tid") instanceof String id ? id : "";
    if (!verifies(body, signature, publicKey(tenantId, directory))) {
      throw new UnauthorizedException("invalid token signature");
    }
    long expires = ((Number) claims.get("exp")).longValue();
    if (now.getEpochSecond() >= expires) {
      throw new UnauthorizedException("token expired");
    }
    String sessionId = (String) claims.get("sid");
    if (directory.session(sessionId).isEmpty()) {
      throw new UnauthorizedException("session ended");
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (Object scope : (List<?>) claims.get("scopes")) {
      scopes.add((String) scope);
    }
    return new Principal(tenantId, (String) claims.get("sub"), (String) claims.get("email"), scopes,
        sessionId);
  }

  private static PublicKey publicKey(String tenantId, Directory directory) {
    PublicKey cached = PUBLIC_KEYS.get(tenantId);
    if (cached != null) {
      return cached;
    }
    Directory.Tenant tenant = directory.tenant(tenantId)
        .orElseThrow(() -> new UnauthorizedException("unknown tenant"));
    try {
      PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(tenant.publicKey()));
      PUBLIC_KEYS.put(tenantId, key);
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("tenant " + tenantId + " has no valid public key", e);
    }
  }

  private static boolean verifies(String body, byte[] signature, PublicKey key) {
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key);
      verifier.update(body.getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(signature);
    } catch (java.security.SignatureException malformed) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA256withRSA is not available", e);
    }
  }
}
