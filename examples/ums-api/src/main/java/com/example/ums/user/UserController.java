package com.example.ums.user;

import com.example.ums.shared.Authorization;
import com.example.ums.shared.Aws;
import com.example.ums.shared.Directory;
import com.example.ums.shared.DynamoDirectory;
import com.example.ums.shared.Passwords;
import com.example.ums.shared.Principal;
import com.example.ums.shared.Scopes;
import com.example.ums.shared.Validation;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Body;
import dev.deployless.annotations.Cron;
import dev.deployless.annotations.DefaultValue;
import dev.deployless.annotations.Deployment;
import dev.deployless.annotations.DeploymentType;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.LambdaFunction;
import dev.deployless.annotations.PathParam;
import dev.deployless.annotations.QueryParam;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Route;
import dev.deployless.annotations.Sqs;
import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.ConflictException;
import dev.deployless.runtime.NotFoundException;
import dev.deployless.runtime.Request;
import dev.deployless.runtime.Response;
import dev.deployless.runtime.json.JsonWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The user feature: user management within the caller's tenant, a heavy export split into its own
 * function (1 GB, 2 minutes), and the daily cleanup of expired sessions.
 */
@Feature(name = "user", basePath = "/users", memory = 512, timeout = 30,
    description = "User Management Service",
    deployment = @Deployment(type = DeploymentType.Canary10Percent5Minutes))
@Resource(name = "tenants", access = Access.READ)
@Resource(name = "users")
@Resource(name = "sessions")
@Resource(name = "notifications", access = Access.SEND,
    sqs = @Sqs(queueName = "ums-notifications", dlq = true, visibilityTimeout = 60))
public class UserController {
  private final Directory directory;
  /** Publishes an event (JSON) for the notification service; without resources, events are dropped. */
  private final Consumer<String> events;

  /** On Lambda the tables and queue of {@code resources}; without resources (the local server's mode none), memory and no events. */
  public UserController(UserResources resources) {
    if (resources.available()) {
      directory = new DynamoDirectory(Aws.dynamoDb(), resources.tenants().name(), resources.users().name(),
          resources.sessions().name());
      String queue = resources.notifications().url();
      events = event -> Aws.sqs().sendMessage(message -> message.queueUrl(queue).messageBody(event));
    } else {
      directory = Directory.inMemory();
      events = event -> { };
    }
  }

  /** A new user. */
  public record CreateUserRequest(String email, String password, List<String> scopes) {}

  /** Changes to a user; absent fields stay as they are. */
  public record UpdateUserRequest(Optional<String> email, Optional<String> password,
      Optional<List<String>> scopes) {}

  /** A user as the API shows it (never the password hash). */
  public record UserView(String id, String email, Set<String> scopes, Instant createdAt) {}

  /** A page of users. */
  public record UserList(List<UserView> users, int total) {}

  /** The export formats. */
  public enum ExportFormat { CSV, JSON }

  /** What the cleanup did. */
  public record CleanupResult(int removedSessions, Instant ranAt) {}

  /** Whose users to count. */
  public record CountUsersRequest(String tenantId) {}

  /** A tenant's number of users. */
  public record UserCount(String tenantId, int users) {}

  @Route(method = HttpMethod.POST)
  public Response<UserView> create(@Body CreateUserRequest body, Request request) {
    Principal caller = Authorization.require(request, Scopes.USERS_CREATE, directory);
    Validation.email("email", body.email());
    Validation.password("password", body.password());
    String email = body.email().trim().toLowerCase(Locale.ROOT);
    if (directory.userByEmail(caller.tenantId(), email).isPresent()) {
      throw new ConflictException("a user with email " + email + " already exists");
    }
    Directory.StoredUser user = new Directory.StoredUser(caller.tenantId(), UUID.randomUUID().toString(),
        email, Passwords.hash(body.password()), scopes(body.scopes()), Instant.now());
    directory.saveUser(user);
    JsonWriter event = new JsonWriter();
    event.beginObject().name("type").value("user.created").name("tenantId").value(user.tenantId())
        .name("userId").value(user.id()).name("email").value(user.email()).endObject();
    events.accept(event.toString());
    return Response.created(view(user)).header("Location", "/users/" + user.id());
  }

  @Route(method = HttpMethod.GET)
  public UserList list(Request request, @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("scope") Optional<String> scope) {
    Principal caller = Authorization.require(request, Scopes.USERS_READ, directory);
    if (limit < 1 || limit > 500) {
      throw new BadRequestException("limit must be 1-500");
    }
    List<UserView> users = new ArrayList<>();
    for (Directory.StoredUser user : directory.users(caller.tenantId())) {
      if (scope.isEmpty() || user.scopes().contains(scope.get())) {
        users.add(view(user));
      }
    }
    return new UserList(users.subList(0, Math.min(limit, users.size())), users.size());
  }

  @Route(method = HttpMethod.GET, path = "/{userId}")
  public Optional<UserView> get(@PathParam("userId") UUID userId, Request request) {
    Principal caller = Authorization.require(request, Scopes.USERS_READ, directory);
    return directory.user(caller.tenantId(), userId.toString()).map(UserController::view);
  }

  @Route(method = HttpMethod.PUT, path = "/{userId}")
  public UserView update(@PathParam("userId") UUID userId, @Body UpdateUserRequest body,
      Request request) {
    Principal caller = Authorization.require(request, Scopes.USERS_UPDATE, directory);
    Directory.StoredUser user = directory.user(caller.tenantId(), userId.toString())
        .orElseThrow(() -> new NotFoundException("no user " + userId));
    String email = user.email();
    if (body.email() != null && body.email().isPresent()) {
      Validation.email("email", body.email().get());
      email = body.email().get().trim().toLowerCase(Locale.ROOT);
    }
    String hash = user.passwordHash();
    if (body.password() != null && body.password().isPresent()) {
      Validation.password("password", body.password().get());
      hash = Passwords.hash(body.password().get());
    }
    Set<String> scopes = body.scopes() != null && body.scopes().isPresent()
        ? scopes(body.scopes().get()) : user.scopes();
    Directory.StoredUser updated = new Directory.StoredUser(user.tenantId(), user.id(), email, hash,
        scopes, user.createdAt());
    directory.saveUser(updated);
    return view(updated);
  }

  @Route(method = HttpMethod.DELETE, path = "/{userId}")
  public void delete(@PathParam("userId") UUID userId, Request request) {
    Principal caller = Authorization.require(request, Scopes.USERS_DELETE, directory);
    if (!directory.deleteUser(caller.tenantId(), userId.toString())) {
      throw new NotFoundException("no user " + userId);
    }
  }

  /** Exports every user of the tenant; split into its own function with more memory and time. */
  @Route(method = HttpMethod.POST, path = "/export", memory = 1024, timeout = 120,
      description = "Bulk user export")
  public Response<String> exportUsers(Request request,
      @QueryParam("format") @DefaultValue("CSV") ExportFormat format) {
    Principal caller = Authorization.require(request, Scopes.USERS_EXPORT, directory);
    List<Directory.StoredUser> users = directory.users(caller.tenantId());
    StringBuilder out = new StringBuilder();
    if (format == ExportFormat.CSV) {
      out.append("id,email,scopes,created_at\n");
      for (Directory.StoredUser user : users) {
        out.append(user.id()).append(',').append(user.email()).append(',')
            .append(String.join(" ", new java.util.TreeSet<>(user.scopes()))).append(',')
            .append(user.createdAt()).append('\n');
      }
      return Response.ok(out.toString()).header("Content-Type", "text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"users.csv\"");
    }
    out.append('[');
    for (int i = 0; i < users.size(); i++) {
      Directory.StoredUser user = users.get(i);
      out.append(i == 0 ? "" : ",").append("{\"id\":\"").append(user.id()).append("\",\"email\":\"")
          .append(user.email()).append("\"}");
    }
    return Response.ok(out.append(']').toString()).header("Content-Type", "application/json");
  }

  /** Removes expired sessions once a day, in a function of its own. */
  @Cron(schedule = "rate(24 hours)", memory = 128, timeout = 60,
      description = "Cleanup of expired sessions")
  public CleanupResult cleanupSessions() {
    Instant now = Instant.now();
    return new CleanupResult(directory.removeExpiredSessions(now), now);
  }

  /** Counts a tenant's users: a function of its own, that other services invoke directly. */
  @LambdaFunction(memory = 256, timeout = 10, description = "User count of a tenant")
  public UserCount countUsers(CountUsersRequest request) {
    Validation.notBlank("tenantId", request.tenantId());
    return new UserCount(request.tenantId(), directory.users(request.tenantId()).size());
  }

  private static Set<String> scopes(List<String> requested) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String scope : requested == null ? List.<String>of() : requested) {
      if (!Scopes.ALL.contains(scope)) {
        throw new BadRequestException("unknown scope " + scope + "; known scopes: " + Scopes.ALL);
      }
      scopes.add(scope);
    }
    return scopes;
  }

  private static UserView view(Directory.StoredUser user) {
    return new UserView(user.id(), user.email(), user.scopes(), user.createdAt());
  }
}
