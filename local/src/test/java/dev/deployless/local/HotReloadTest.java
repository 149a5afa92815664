package dev.deployless.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.deployless.runtime.handler.ApiFunction;
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
import java.util.List;
import java.util.function.Predicate;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload of a class output that a compiler writes while the server runs: a changed handler and
 * a new route are served without a restart; a class output left without its descriptor (what a
 * failed {@code mvn compile} leaves) keeps the last good version serving and says why.
 */
class HotReloadTest {
  @TempDir
  Path project;
  private Path classes;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final HttpClient client = HttpClient.newHttpClient();
  private LocalServer server;
  private String base;

  private static final String HANDLER = """
      package reload;

      import com.amazonaws.services.lambda.runtime.Context;
      import dev.deployless.runtime.Request;
      import dev.deployless.runtime.handler.ApiFunction;
      import dev.deployless.runtime.handler.ApiResponse;
      import dev.deployless.runtime.handler.RouteTable;

      public final class HelloHandler extends ApiFunction {
        public HelloHandler() {
          super(new RouteTable(%s), null);
        }

        @Override
        protected ApiResponse dispatch(int route, Request request, Context context) {
          return ApiResponse.text(200, route == 0 ? "%s" : "new route");
        }
      }
      """;

  private static final String DESCRIPTOR = """
      {"version":1,"name":"reload","stage":"dev","binaryMediaTypes":[],
       "functions":[{"name":"HelloFunction","handler":"reload.HelloHandler","kind":"api","memory":128,
         "timeout":10,"environment":{},"routes":[%s],"schedules":[]}]}
      """;

  @BeforeEach
  void start() throws Exception {
    classes = project.resolve("target/classes");
    compile("\"/hello\"", "version one", "{\"method\":\"GET\",\"path\":\"/hello\"}");
    server = LocalServer.start(new String[] {"--classes", classes.toString(), "--port", "0",
        "--aws", "none", "--crons", "off"}, new PrintStream(output, true, StandardCharsets.UTF_8));
    base = "http://127.0.0.1:" + server.port() + "/dev";
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Compiles the handler as a build would, writing the class and the descriptor. */
  private void compile(String templates, String greeting, String routes) throws Exception {
    Path source = project.resolve("src/reload/HelloHandler.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, HANDLER.formatted(templates, greeting));
    Files.createDirectories(classes.resolve("META-INF/deployless"));
    String classPath = location(ApiFunction.class) + File.pathSeparator + location(Context.class);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath,
        source.toString()));
    Files.writeString(classes.resolve(LocalApp.RESOURCE), DESCRIPTOR.formatted(routes));
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits (at most 20 s) until the server's output holds a line {@code line} matches. */
  private void awaitOutput(Predicate<String> line) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      for (String printed : output.toString(StandardCharsets.UTF_8).split("\n")) {
        if (line.test(printed)) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the server did not print the expected line:\n" + output);
  }

  @Test
  void aRecompiledHandlerAndANewRouteAreServedWithoutARestart() throws Exception {
    assertEquals("version one", get("/hello").body());
    assertEquals(403, get("/added").statusCode());
    int port = server.port();

    compile("\"/hello\", \"/added\"", "version two",
        "{\"method\":\"GET\",\"path\":\"/hello\"},{\"method\":\"GET\",\"path\":\"/added\"}");
    awaitOutput(line -> line.startsWith("hot reload: version 2 of "));

    assertEquals("version two", get("/hello").body());
    assertEquals("new route", get("/added").body());
    assertEquals(port, server.port());
    assertTrue(output.toString(StandardCharsets.UTF_8).contains("routes changed: GET /added, GET /hello"),
        output.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFailedBuildKeepsTheLastGoodVersionServingAndSaysWhy() throws Exception {
    // What mvn compile leaves when the compile fails: its earlier output deleted, nothing new.
    Files.delete(classes.resolve(LocalApp.RESOURCE));
    Files.delete(classes.resolve("reload/HelloHandler.class"));
    awaitOutput(line -> line.startsWith("hot reload: still serving the last good version: "
        + "META-INF/deployless/app.json is missing"));
    assertEquals("version one", get("/hello").body());

    // A handler that does not link: its superclass is gone.
    compile("\"/hello\"", "version three", "{\"method\":\"GET\",\"path\":\"/hello\"}");
    awaitOutput(line -> line.startsWith("hot reload: version 2 of "));
    assertEquals("version three", get("/hello").body());
    List<String> lines = List.of(output.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(1, lines.stream().filter(l -> l.contains("still serving")).count(), lines.toString());
  }
}
