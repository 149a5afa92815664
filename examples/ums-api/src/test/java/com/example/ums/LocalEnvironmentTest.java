package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.local.LocalServer;
import dev.deployless.local.aws.MotoProcess;
import dev.deployless.runtime.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The development environment end to end: the local server started as {@code mvn deployless:run}
 * starts it, on a copy of the built example with mode {@code moto}, driven over HTTP through a user
 * story whose data lives in the emulator's tables; the cleanup schedule and a standalone function
 * invoked through the Lambda API; a failing request that harms no other; and a controller edited
 * and recompiled while the server runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalEnvironmentTest {
  @TempDir
  static Path project;
  private static Path classes;
  private static LocalServer server;
  private static final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private static final HttpClient client = HttpClient.newHttpClient();
  /** The local value of the example's web-app key (deployless.yaml, api.api_keys). */
  private static final String API_KEY = "local-web-app";
  private static String base;
  private static DynamoDbClient dynamo;
  private static String tenantId;
  private static String token;
  private static String userId;

  @BeforeAll
  static void start() throws Exception {
    if (MotoProcess.find().isEmpty()) {
      String message = "moto_server is not on the PATH; install it (pip install 'moto[server]')";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + ". CI requires it.");
      }
      Assumptions.abort(message + ". Skipped on this machine.");
    }
    // The project as a developer has it: sources, deployless.yaml, template.yaml, target/classes.
    copy(Path.of("src/main/java"), project.resolve("src/main/java"));
    copy(Path.of("target/classes"), project.resolve("target/classes"));
    Files.copy(Path.of("deployless.yaml"), project.resolve("deployless.yaml"));
    Files.copy(Path.of("template.yaml"), project.resolve("template.yaml"));
    classes = project.resolve("target/classes");
    server = LocalServer.start(new String[] {"--port", "0", "--aws", "moto", "--classes",
        classes.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
    base = "http://127.0.0.1:" + server.port();
    dynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(server.awsEndpoint()).build();
  }

  @AfterAll
  static void stop() {
    if (dynamo != null) {
      dynamo.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void theBannerNamesRoutesSchedulesAndTheEmulator() {
    String banner = output.toString(StandardCharsets.UTF_8);
    assertTrue(banner.contains("created  DynamoDB Table         ums-users"), banner);
    assertTrue(banner.contains("created  KMS Alias              alias/ums/tenant-keys"), banner);
    assertTrue(banner.contains("POST    " + base + "/dev/tenants"), banner);
    assertTrue(banner.contains("CleanupSessionsFunction                  schedule rate(24 hours)"), banner);
    assertTrue(banner.contains("AWS: moto_server at " + server.awsEndpoint()), banner);
    assertTrue(banner.contains("Hot reload: watching " + classes), banner);
  }

  @Test
  @Order(2)
  void aUserStoryThroughTheEmulatorsTables() throws Exception {
    HttpResponse<String> tenant = post("/dev/tenants", null,
        "{\"name\":\"Acme\",\"adminEmail\":\"admin@acme.test\",\"adminPassword\":\"correct-horse\"}");
    assertEquals(201, tenant.statusCode(), tenant.body());
    tenantId = (String) ((Map<?, ?>) json(tenant).get("tenant")).get("id");
    // Written by the tenant function to the emulator's table, with its private key KMS-encrypted.
    Map<String, AttributeValue> stored = dynamo.getItem(get -> get.tableName("ums-tenants")
        .key(Map.of("tenant_id", AttributeValue.fromS(tenantId)))).item();
    assertEquals("Acme", stored.get("name").s());

    HttpResponse<String> login = post("/dev/auth/login", null, "{\"tenantId\":\"" + tenantId
        + "\",\"email\":\"admin@acme.test\",\"password\":\"correct-horse\"}");
    assertEquals(200, login.statusCode(), login.body());
    token = (String) json(login).get("token");

    HttpResponse<String> created = post("/dev/users", token,
        "{\"email\":\"bob@acme.test\",\"password\":\"bobs-password\",\"scopes\":[\"ums:users:read\"]}");
    assertEquals(201, created.statusCode(), created.body());
    userId = (String) json(created).get("id");

    HttpResponse<String> list = get("/dev/users", token);
    assertEquals(200, list.statusCode(), list.body());
    assertEquals(2, json(list).get("total"));
    HttpResponse<String> one = get("/dev/users/" + userId, token);
    assertEquals(200, one.statusCode(), one.body());
    assertEquals("bob@acme.test", json(one).get("email"));
    assertEquals(2, dynamo.scan(scan -> scan.tableName("ums-users")).count());
  }

  @Test
  @Order(3)
  void theCleanupScheduleAndAStandaloneFunctionThroughTheLambdaApi() throws Exception {
    String expired = Long.toString(Instant.now().minusSeconds(60).getEpochSecond());
    dynamo.putItem(put -> put.tableName("ums-sessions").item(Map.of("session_id",
        AttributeValue.fromS("expired-session"), "tenant_id", AttributeValue.fromS(tenantId),
        "user_id", AttributeValue.fromS(userId), "expires_at", AttributeValue.fromN(expired))));
    HttpResponse<String> cleanup = invoke("CleanupSessionsFunction", "{}");
    assertEquals(200, cleanup.statusCode(), cleanup.body());
    assertEquals(1, json(cleanup).get("removedSessions"), cleanup.body());
    assertTrue(dynamo.getItem(get -> get.tableName("ums-sessions")
        .key(Map.of("session_id", AttributeValue.fromS("expired-session")))).item().isEmpty());

    HttpResponse<String> count = invoke("CountUsersFunction", "{\"tenantId\":\"" + tenantId + "\"}");
    assertEquals(200, count.statusCode(), count.body());
    assertEquals("{\"tenantId\":\"" + tenantId + "\",\"users\":2}", count.body());
  }

  @Test
  @Order(4)
  void aFailingRequestHarmsNoOther() throws Exception {
    // A user item the code cannot read (no scopes): the handler fails on it, a 500 for that request.
    String broken = "00000000-0000-0000-0000-000000000001";
    dynamo.putItem(put -> put.tableName("ums-users").item(Map.of("tenant_id",
        AttributeValue.fromS(tenantId), "user_id", AttributeValue.fromS(broken))));
    HttpResponse<String> failed = get("/dev/users/" + broken, token);
    assertEquals(500, failed.statusCode(), failed.body());
    assertEquals(400, post("/dev/users", token, "{not json").statusCode());
    assertEquals(200, get("/dev/users/" + userId, token).statusCode());
    dynamo.deleteItem(delete -> delete.tableName("ums-users").key(Map.of("tenant_id",
        AttributeValue.fromS(tenantId), "user_id", AttributeValue.fromS(broken))));
  }

  @Test
  @Order(5)
  void anEditedControllerIsServedAfterItsRecompileWithoutARestart() throws Exception {
    assertEquals(403, get("/dev/users/stats/count", token).statusCode());
    Path controller = project.resolve("src/main/java/com/example/ums/user/UserController.java");
    String source = Files.readString(controller);
    Files.writeString(controller, source.replace("  /** Exports every user of the tenant;",
        "  @Route(method = HttpMethod.GET, path = \"/stats/count\")\n"
            + "  public UserCount count(Request request) {\n"
            + "    Principal caller = Authorization.require(request, Scopes.USERS_READ, directory);\n"
            + "    return new UserCount(caller.tenantId(), directory.users(caller.tenantId()).size());\n"
            + "  }\n\n  /** Exports every user of the tenant;"));
    compile(controller);

    HttpResponse<String> count = awaitStatus("/dev/users/stats/count", 200);
    assertEquals("{\"tenantId\":\"" + tenantId + "\",\"users\":2}", count.body());
    // The emulator's data survived the reload; the server never stopped.
    assertEquals("bob@acme.test", json(get("/dev/users/" + userId, token)).get("email"));
    assertTrue(output.toString(StandardCharsets.UTF_8).contains("routes changed:"), output.toString());
  }

  /** Compiles {@code source} into the class output with the processor, as an IDE's save does. */
  private static void compile(Path source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
    int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath,
        "-Adeployless.config=" + project.resolve("deployless.yaml"),
        source.toString());
    assertEquals(0, status, "the edited controller does not compile");
  }

  private static HttpResponse<String> awaitStatus(String path, int status) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    HttpResponse<String> response = get(path, token);
    while (response.statusCode() != status && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      response = get(path, token);
    }
    assertEquals(status, response.statusCode(), response.body() + "\n" + output);
    return response;
  }

  private static HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("x-api-key", API_KEY);
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String bearer, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("x-api-key", API_KEY)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> invoke(String function, String event) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + "/2015-03-31/functions/" + function
        + "/invocations")).POST(HttpRequest.BodyPublishers.ofString(event)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> response) {
    Object value = JsonReader.of(response.body()).readAny();
    assertNotNull(value, response.body());
    return (Map<String, Object>) value;
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
