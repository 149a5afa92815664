package com.example.ums.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The directory in the DynamoDB tables of {@link UmsResources}: {@code ums-tenants},
 * {@code ums-users} (users by tenant, and by email through {@code EmailIndex}) and
 * {@code ums-sessions} (expired by TTL, and by the daily cleanup). A feature passes the names of the
 * tables it may use; the others are null, and using them is a bug.
 */
public final class DynamoDirectory implements Directory {
  private static final Base64.Encoder BASE64 = Base64.getEncoder();
  private static final Base64.Decoder UNBASE64 = Base64.getDecoder();

  private final DynamoDbClient dynamo;
  private final String tenants;
  private final String users;
  private final String sessions;

  public DynamoDirectory(DynamoDbClient dynamo, String tenants, String users, String sessions) {
    this.dynamo = dynamo;
    this.tenants = tenants;
    this.users = users;
    this.sessions = sessions;
  }

  @Override
  public void saveTenant(Tenant tenant) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("tenant_id", text(tenant.id()));
    item.put("name", text(tenant.name()));
    item.put("created_at", text(tenant.createdAt().toString()));
    item.put("public_key", text(BASE64.encodeToString(tenant.publicKey())));
    item.put("private_key", text(BASE64.encodeToString(tenant.encryptedPrivateKey())));
    dynamo.putItem(put -> put.tableName(table(tenants)).item(item));
  }

  @Override
  public Optional<Tenant> tenant(String id) {
    Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table(tenants))
        .key(Map.of("tenant_id", text(id)))).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Tenant(id, item.get("name").s(), Instant.parse(item.get("created_at").s()),
        UNBASE64.decode(item.get("public_key").s()), UNBASE64.decode(item.get("private_key").s())));
  }

  @Override
  public void saveUser(StoredUser user) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("tenant_id", text(user.tenantId()));
    item.put("user_id", text(user.id()));
    item.put("email", text(user.email()));
    item.put("password_hash", text(user.passwordHash()));
    item.put("scopes", AttributeValue.fromL(user.scopes().stream().map(DynamoDirectory::text).toList()));
    item.put("created_at", text(user.createdAt().toString()));
    dynamo.putItem(put -> put.tableName(table(users)).item(item));
  }

  @Override
  public Optional<StoredUser> user(String tenantId, String userId) {
    Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table(users))
        .key(Map.of("tenant_id", text(tenantId), "user_id", text(userId)))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(user(item));
  }

  @Override
  public Optional<StoredUser> userByEmail(String tenantId, String email) {
    QueryResponse found = dynamo.query(query -> query.tableName(table(users)).indexName("EmailIndex")
        .keyConditionExpression("email = :email")
        .expressionAttributeValues(Map.of(":email", text(email.toLowerCase(java.util.Locale.ROOT)))));
    for (Map<String, AttributeValue> item : found.items()) {
      if (item.get("tenant_id").s().equals(tenantId)) {
        return user(tenantId, item.get("user_id").s());
      }
    }
    return Optional.empty();
  }

  @Override
  public List<StoredUser> users(String tenantId) {
    List<StoredUser> found = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder query = QueryRequest.builder().tableName(table(users))
          .keyConditionExpression("tenant_id = :tenant")
          .expressionAttributeValues(Map.of(":tenant", text(tenantId)));
      if (start != null) {
        query.exclusiveStartKey(start);
      }
      QueryResponse page = dynamo.query(query.build());
      page.items().forEach(item -> found.add(user(item)));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    found.sort(Comparator.comparing(StoredUser::createdAt).thenComparing(StoredUser::id));
    return found;
  }

  @Override
  public boolean deleteUser(String tenantId, String userId) {
    Map<String, AttributeValue> old = dynamo.deleteItem(delete -> delete.tableName(table(users))
        .key(Map.of("tenant_id", text(tenantId), "user_id", text(userId)))
        .returnValues(ReturnValue.ALL_OLD)).attributes();
    return old != null && !old.isEmpty();
  }

  @Override
  public void saveSession(Session session) {
    dynamo.putItem(put -> put.tableName(table(sessions)).item(Map.of(
        "session_id", text(session.id()),
        "tenant_id", text(session.tenantId()),
        "user_id", text(session.userId()),
        "expires_at", AttributeValue.fromN(Long.toString(session.expiresAt().getEpochSecond())))));
  }

  @Override
  public Optional<Session> session(String id) {
    Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table(sessions))
        .key(Map.of("session_id", text(id))).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Instant expires = Instant.ofEpochSecond(Long.parseLong(item.get("expires_at").n()));
    // TTL deletes expired items within days, not at once: an expired item is no session.
    return expires.isAfter(Instant.now()) ? Optional.of(new Session(id, item.get("tenant_id").s(),
        item.get("user_id").s(), expires)) : Optional.empty();
  }

  @Override
  public void revokeSession(String id) {
    dynamo.deleteItem(delete -> delete.tableName(table(sessions)).key(Map.of("session_id", text(id))));
  }

  @Override
  public int removeExpiredSessions(Instant now) {
    int removed = 0;
    Map<String, AttributeValue> start = null;
    do {
      ScanRequest.Builder scan = ScanRequest.builder().tableName(table(sessions))
          .filterExpression("expires_at <= :now").projectionExpression("session_id")
          .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))));
      if (start != null) {
        scan.exclusiveStartKey(start);
      }
      ScanResponse page = dynamo.scan(scan.build());
      for (Map<String, AttributeValue> item : page.items()) {
        revokeSession(item.get("session_id").s());
        removed++;
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return removed;
  }

  private static StoredUser user(Map<String, AttributeValue> item) {
    Set<String> scopes = new LinkedHashSet<>();
    for (AttributeValue scope : item.get("scopes").l()) {
      scopes.add(scope.s());
    }
    return new StoredUser(item.get("tenant_id").s(), item.get("user_id").s(), item.get("email").s(),
        item.get("password_hash").s(), scopes, Instant.parse(item.get("created_at").s()));
  }

  private static AttributeValue text(String value) {
    return AttributeValue.fromS(value);
  }

  private static String table(String name) {
    if (name == null) {
      throw new IllegalStateException("this feature does not use that table");
    }
    return name;
  }
}
