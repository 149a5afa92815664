package com.example.ums.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenants, users and sessions, kept in memory for this example (one store per JVM: shared by every
 * function under the local server, one per container on Lambda). The resources release replaces it
 * with DynamoDB tables declared with {@code @Resource}.
 */
public final class Directory {
  /** A tenant organisation. */
  public record Tenant(String id, String name, Instant createdAt) {}

  /** A stored user, with its password hash. */
  public record StoredUser(String tenantId, String id, String email, String passwordHash,
      Set<String> scopes, Instant createdAt) {}

  /** A login session; its id is inside the token, so revoking it invalidates the token. */
  public record Session(String id, String tenantId, String userId, Instant expiresAt) {}

  private static final Map<String, Tenant> TENANTS = new ConcurrentHashMap<>();
  private static final Map<String, StoredUser> USERS = new ConcurrentHashMap<>();
  private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

  private Directory() {}

  public static void saveTenant(Tenant tenant) {
    TENANTS.put(tenant.id(), tenant);
  }

  public static Optional<Tenant> tenant(String id) {
    return Optional.ofNullable(TENANTS.get(id));
  }

  public static void saveUser(StoredUser user) {
    USERS.put(key(user.tenantId(), user.id()), user);
  }

  public static Optional<StoredUser> user(String tenantId, String userId) {
    return Optional.ofNullable(USERS.get(key(tenantId, userId)));
  }

  public static Optional<StoredUser> userByEmail(String tenantId, String email) {
    for (StoredUser user : USERS.values()) {
      if (user.tenantId().equals(tenantId) && user.email().equalsIgnoreCase(email)) {
        return Optional.of(user);
      }
    }
    return Optional.empty();
  }

  /** The tenant's users, oldest first. */
  public static List<StoredUser> users(String tenantId) {
    List<StoredUser> users = new ArrayList<>();
    for (StoredUser user : USERS.values()) {
      if (user.tenantId().equals(tenantId)) {
        users.add(user);
      }
    }
    users.sort(Comparator.comparing(StoredUser::createdAt).thenComparing(StoredUser::id));
    return users;
  }

  public static boolean deleteUser(String tenantId, String userId) {
    return USERS.remove(key(tenantId, userId)) != null;
  }

  public static void saveSession(Session session) {
    SESSIONS.put(session.id(), session);
  }

  public static Optional<Session> session(String id) {
    return Optional.ofNullable(SESSIONS.get(id));
  }

  public static void revokeSession(String id) {
    SESSIONS.remove(id);
  }

  /** Removes the sessions expired at {@code now}; returns how many. */
  public static int removeExpiredSessions(Instant now) {
    int removed = 0;
    for (Session session : new ArrayList<>(SESSIONS.values())) {
      if (!session.expiresAt().isAfter(now) && SESSIONS.remove(session.id()) != null) {
        removed++;
      }
    }
    return removed;
  }

  private static String key(String tenantId, String userId) {
    return tenantId + "/" + userId;
  }
}
