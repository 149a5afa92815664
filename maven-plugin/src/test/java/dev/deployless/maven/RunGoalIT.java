package dev.deployless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.local.aws.MotoProcess;
import dev.deployless.testing.MavenBuild;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn deployless:run} on a copy of the example, as a user runs it: Maven compiles the
 * example, the goal serves it with its resources in the {@code moto_server} it starts, a sign-up
 * and a login go through the emulator, and stopping Maven (as Ctrl-C does) stops the emulator too.
 */
class RunGoalIT {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void servesTheExampleWithItsResourcesUntilMavenStops() throws Exception {
    if (MotoProcess.find().isEmpty()) {
      String message = "moto_server is not on the PATH; install it (pip install 'moto[server]')";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + ". CI requires it.");
      }
      Assumptions.abort(message + ". Skipped on this machine.");
    }
    Path root = Path.of(System.getProperty("repository.root"));
    Path copy = Path.of("target", "it", "run").toAbsolutePath();
    ExampleGoalsIT.delete(copy);
    Files.createDirectories(copy);
    Files.copy(root.resolve("examples/pom.xml"), copy.resolve("pom.xml"));
    Path project = copy.resolve("ums-api");
    ExampleGoalsIT.copyTree(root.resolve("examples/ums-api"), project);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port + "/dev";
    String moto;
    try (MavenBuild.Running run = MavenBuild.in(project).start("deployless:run",
        "-Ddeployless.port=" + port, "-Ddeployless.aws=moto", "-Ddeployless.crons=false")) {
      HttpResponse<String> tenant = awaitSignUp(run, base);
      assertEquals(201, tenant.statusCode(), tenant.body());
      String output = run.output();
      assertTrue(output.contains("created  DynamoDB Table         ums-users"), output);
      assertTrue(output.contains("Hot reload: watching " + project.resolve("target/classes")), output);
      assertTrue(output.contains("local-web-app"), output);
      Matcher endpoint = Pattern.compile("AWS: moto_server at (http://127.0.0.1:\\d+)").matcher(output);
      assertTrue(endpoint.find(), output);
      moto = endpoint.group(1);
      String tenantId = tenant.body().replaceAll(".*\"tenant\":\\{\"id\":\"([^\"]+)\".*", "$1");
      HttpResponse<String> login = post(base + "/auth/login", "{\"tenantId\":\"" + tenantId
          + "\",\"email\":\"run@example.test\",\"password\":\"correct-horse\"}");
      assertEquals(200, login.statusCode(), login.body());
    }
    // Maven stopped: its moto_server with it.
    try {
      client.send(HttpRequest.newBuilder(URI.create(moto + "/moto-api/")).build(),
          HttpResponse.BodyHandlers.ofString());
      Assertions.fail("moto_server still answers at " + moto);
    } catch (ConnectException stopped) {
      // As expected.
    }
  }

  /** Signs up once the server answers (Maven compiles first; at most five minutes). */
  private HttpResponse<String> awaitSignUp(MavenBuild.Running run, String base) throws Exception {
    long deadline = System.currentTimeMillis() + 300_000;
    while (System.currentTimeMillis() < deadline) {
      if (!run.isAlive()) {
        Assertions.fail("mvn deployless:run stopped:\n" + run.output());
      }
      try {
        HttpResponse<String> response = post(base + "/tenants", "{\"name\":\"Run\","
            + "\"adminEmail\":\"run@example.test\",\"adminPassword\":\"correct-horse\"}");
        if (response.statusCode() != 503) {
          return response;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("mvn deployless:run did not serve in five minutes:\n" + run.output());
  }

  private HttpResponse<String> post(String url, String json) throws Exception {
    // The example requires an API key; the server prints the local value of each (local-<name>).
    return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("x-api-key", "local-web-app").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
