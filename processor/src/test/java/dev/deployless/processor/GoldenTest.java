package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole output for representative applications, compared with golden files: the template (also
 * judged by cfn-lint and the SAM translator) and the generated handlers.
 */
class GoldenTest {
  @TempDir Path dir;

  static final JavaFileObject USERS = source("com.example.users.UserController", """
      package com.example.users;

      import dev.deployless.annotations.*;
      import dev.deployless.runtime.Response;
      import java.time.Instant;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.UUID;

      @Feature(name = "users", basePath = "/users", memory = 512, description = "User Management Service",
          env = @Env(name = "TOKEN_EXPIRY", value = "3600"), architecture = Architecture.ARM64,
          logRetention = 30)
      public class UserController {
        public enum Role { ADMIN, MEMBER }
        public record User(UUID id, String email, List<Role> roles, Instant createdAt) {}
        public record CreateUser(String email, List<Role> roles) {}
        public record Export(String url, int count) {}

        @Route(method = HttpMethod.GET)
        public List<User> list(@QueryParam("limit") @DefaultValue("20") int limit,
            @QueryParam("role") Optional<Role> role) {
          return new ArrayList<>();
        }

        @Route(method = HttpMethod.GET, path = "/{userId}")
        public Optional<User> get(@PathParam("userId") UUID userId) {
          return Optional.empty();
        }

        @Route(method = HttpMethod.POST)
        public Response<User> create(@Body CreateUser body, @HeaderParam("X-Tenant") String tenant) {
          return Response.created(new User(UUID.randomUUID(), body.email(), body.roles(), Instant.now()));
        }

        @Route(method = HttpMethod.DELETE, path = "/{userId}")
        public void delete(@PathParam("userId") UUID userId) {}

        @Route(method = HttpMethod.POST, path = "/export", memory = 1024, timeout = 120,
            description = "Heavy data export")
        public Export export() {
          return new Export("https://example.com/export.csv", 0);
        }

        @Cron(schedule = "rate(24 hours)", memory = 128, timeout = 60,
            description = "Cleanup of expired sessions")
        public void cleanupSessions() {}
      }
      """);

  static final JavaFileObject ORDERS = source("com.example.orders.OrderController", """
      package com.example.orders;

      import com.amazonaws.services.lambda.runtime.Context;
      import com.amazonaws.services.lambda.runtime.events.SQSEvent;
      import dev.deployless.annotations.*;
      import java.util.Map;

      @Feature(basePath = "/orders", tracing = Tracing.ACTIVE, dlq = true, reservedConcurrency = 10,
          provisionedConcurrency = 2, ephemeralStorage = 1024,
          layers = "arn:aws:lambda:us-east-1:123456789012:layer:common:3")
      public class OrderController {
        public record Summary(int processed) {}

        @Route(method = HttpMethod.ANY, path = "/{proxy+}")
        public String any(@PathParam("proxy") String path) {
          return path;
        }

        @LambdaFunction(memory = 256, description = "Processes queued orders")
        public void processOrders(SQSEvent event, Context context) {}

        @Cron(schedule = {"cron(0 9 ? * MON-FRI *)", "rate(6 hours)"}, enabled = false,
            input = "{\\"mode\\": \\"full\\"}")
        public Summary reconcile(Map<String, Object> input) {
          return new Summary(0);
        }
      }
      """);

  private static final String CONFIG = """
      name: ums-api
      stage: dev
      tags:
        Project: ums
        Team: platform
      globals:
        runtime: java21
        memory: 256
        timeout: 30
        log_retention: 14
      api:
        endpoint_type: REGIONAL
        cors:
          allow_origin: "*"
          allow_methods: [GET, POST, PUT, DELETE, OPTIONS]
          allow_headers: [Content-Type, Authorization, X-Api-Key]
          max_age: 3600
        binary_media_types: [image/png]
        minimum_compression_size: 1024
      env:
        LOG_LEVEL: INFO
      """;

  @Test
  void fullApplication(TestInfo test) throws IOException {
    TestProject project = new TestProject(dir).config(CONFIG)
        .option("-Adeployless.codeUri=target/ums-api.jar");
    Compilation compilation = project.compile(USERS, ORDERS);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[W04] ExportFunction has a timeout of 120 seconds");
    String method = test.getTestMethod().orElseThrow().getName();
    Goldens.assertMatches(getClass(), method, "template.yaml", project.templateText());
    Goldens.assertMatches(getClass(), method, "UsersFunction.java",
        generated(compilation, "com.example.users.UsersFunction"));
    Goldens.assertMatches(getClass(), method, "CleanupSessionsFunction.java",
        generated(compilation, "com.example.users.CleanupSessionsFunction"));
    Goldens.assertMatches(getClass(), method, "ProcessOrdersFunction.java",
        generated(compilation, "com.example.orders.ProcessOrdersFunction"));
    Goldens.assertMatches(getClass(), method, "app.json", resource(compilation,
        "META-INF/deployless/app.json"));
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
  }

  @Test
  void severalCorsOriginsAreAnsweredByTheFunctions(TestInfo test) throws IOException {
    TestProject project = new TestProject(dir).config("""
        name: shop
        api:
          cors:
            allow_origin: [https://shop.example.com, https://admin.example.com]
            allow_credentials: true
        """);
    Compilation compilation = project.compile(USERS);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[W04] ExportFunction");
    String method = test.getTestMethod().orElseThrow().getName();
    Goldens.assertMatches(getClass(), method, "template.yaml", project.templateText());
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
  }

  @Test
  void verboseSummaryIsPrintedAsNotes() {
    TestProject project = new TestProject(dir).config(CONFIG).option("-Adeployless.verbose=true");
    Compilation compilation = project.compile(USERS, ORDERS);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[deployless] Project: ums-api | Stage: dev | Provider: aws"
        + " | Runtime: java21");
    assertThat(compilation).hadNoteContaining("[deployless]   users: 5 routes, 1 split"
        + " (com.example.users.UserController)");
    assertThat(compilation).hadNoteContaining("[deployless] Crons: reconcile (cron(0 9 ? * MON-FRI *),"
        + " rate(6 hours)), cleanupSessions (rate(24 hours))");
    assertThat(compilation).hadNoteContaining("[deployless] Lambda functions: processOrders");
    assertThat(compilation).hadNoteContaining("[deployless] Template written: " + project.template()
        + " (code: target/ums-api.jar)");
  }

  @Test
  void schedulesOnlyHaveNoApi(TestInfo test) throws IOException {
    TestProject project = new TestProject(dir).config("name: jobs\n");
    Compilation compilation = project.compile(source("com.example.JobController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class JobController {
          @Cron(schedule = "rate(5 minutes)")
          public void tick() {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String method = test.getTestMethod().orElseThrow().getName();
    Goldens.assertMatches(getClass(), method, "template.yaml", project.templateText());
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
  }

  static String generated(Compilation compilation, String className) {
    return compilation.generatedSourceFile(className)
        .map(GoldenTest::content)
        .orElseThrow(() -> new AssertionError("no generated source " + className));
  }

  static String resource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .map(GoldenTest::content)
        .orElseThrow(() -> new AssertionError("no generated resource " + path));
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
