package com.example.ums.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tenants, users and sessions. On Lambda they live in the DynamoDB tables declared with
 * {@code @Resource} ({@link DynamoDirectory}), also under the local server with an AWS emulator;
 * without one (its mode {@code none}, when {@code moto_server} is not installed),
 * in memory ({@link #inMemory()}).
 */
public interface Directory {
  /**
   * A tenant organisation with its token-signing key pair: the private key only as KMS ciphertext
   * (the tenant feature encrypts it, the auth feature decrypts it to sign), the public key in clear
   * (every feature verifies tokens with it).
   */
  record Tenant(String id, String name, Instant createdAt, byte[] publicKey, byte[] encryptedPrivateKey) {}

  /** A stored user, with its password hash. */
  record StoredUser(String tenantId, String id, String email, String passwordHash, Set<String> scopes,
      Instant createdAt) {}

  /** A login session; its id is inside the token, so revoking it invalidates the token. */
  record Session(String id, String tenantId, String userId, Instant expiresAt) {}

  /** The store shared by every function of this JVM, for local runs and tests. */
  static Directory inMemory() {
    return MemoryDirectory.INSTANCE;
  }

  void saveTenant(Tenant tenant);

  Optional<Tenant> tenant(String id);

  void saveUser(StoredUser user);

  Optional<StoredUser> user(String tenantId, String userId);

  Optional<StoredUser> userByEmail(String tenantId, String email);

  /** The tenant's users, oldest first. */
  List<StoredUser> users(String tenantId);

  boolean deleteUser(String tenantId, String userId);

  void saveSession(Session session);

  Optional<Session> session(String id);

  void revokeSession(String id);

  /** Removes the sessions expired at {@code now}; returns how many. */
  int removeExpiredSessions(Instant now);
}
