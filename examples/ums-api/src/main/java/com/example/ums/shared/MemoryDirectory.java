package com.example.ums.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directory in memory: one per JVM, shared by every function under the local server without an
 * AWS emulator (mode {@code none}); a hot reload starts it empty.
 */
final class MemoryDirectory implements Directory {
  static final MemoryDirectory INSTANCE = new MemoryDirectory();

  private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
  private final Map<String, StoredUser> users = new ConcurrentHashMap<>();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  private MemoryDirectory() {}

  @Override
  public void saveTenant(Tenant tenant) {
    tenants.put(tenant.id(), tenant);
  }

  @Override
  public Optional<Tenant> tenant(String id) {
    return Optional.ofNullable(tenants.get(id));
  }

  @Override
  public void saveUser(StoredUser user) {
    users.put(key(user.tenantId(), user.id()), user);
  }

  @Override
  public Optional<StoredUser> user(String tenantId, String userId) {
    return Optional.ofNullable(users.get(key(tenantId, userId)));
  }

  @Override
  public Optional<StoredUser> userByEmail(String tenantId, String email) {
    for (StoredUser user : users.values()) {
      if (user.tenantId().equals(tenantId) && user.email().equalsIgnoreCase(email)) {
        return Optional.of(user);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<StoredUser> users(String tenantId) {
    List<StoredUser> found = new ArrayList<>();
    for (StoredUser user : users.values()) {
      if (user.tenantId().equals(tenantId)) {
        found.add(user);
      }
    }
    found.sort(Comparator.comparing(StoredUser::createdAt).thenComparing(StoredUser::id));
    return found;
  }

  @Override
  public boolean deleteUser(String tenantId, String userId) {
    return users.remove(key(tenantId, userId)) != null;
  }

  @Override
  public void saveSession(Session session) {
    sessions.put(session.id(), session);
  }

  @Override
  public Optional<Session> session(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  @Override
  public void revokeSession(String id) {
    sessions.remove(id);
  }

  @Override
  public int removeExpiredSessions(Instant now) {
    int removed = 0;
    for (Session session : new ArrayList<>(sessions.values())) {
      if (!session.expiresAt().isAfter(now) && sessions.remove(session.id()) != null) {
        removed++;
      }
    }
    return removed;
  }

  private static String key(String tenantId, String userId) {
    return tenantId + "/" + userId;
  }
}
