package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.deployless.testing.CfnLint;
import dev.deployless.testing.SamTranslator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An application using every resource type, shared and linked, with extra policies, SSM references
 * and an env file: the template and the accessor classes against golden files, the template judged by
 * cfn-lint and the SAM translator, and each function's permissions and variables against what its
 * feature declares and links.
 */
class ResourceTemplateTest {
  @TempDir Path dir;

  static final JavaFileObject SHARED = source("com.example.shared.SharedResources", """
      package com.example.shared;

      import dev.deployless.annotations.*;

      @Resource(name = "tenantKey", kms = @Kms(alias = "ums/tenant-keys",
          description = "Encryption of RSA private keys per tenant"))
      @Resource(name = "notifications", access = Access.SEND,
          sqs = @Sqs(queueName = "email-notifications", dlq = true, visibilityTimeout = 60,
              messageRetention = 86400, maxReceiveCount = 5))
      @Resource(name = "orders", sqs = @Sqs(queueName = "orders", fifo = true, dlq = true))
      @Resource(name = "legacyUsers", dynamoDb = @DynamoDb(tableName = "prod-users-table", existing = true))
      @Resource(name = "signingKey", kms = @Kms(keyUsage = Kms.KeyUsage.SIGN_VERIFY,
          keySpec = Kms.KeySpec.RSA_2048, envVar = "SIGNING_KEY"))
      public final class SharedResources {
        private SharedResources() {}
      }
      """);

  static final JavaFileObject USERS = source("com.example.users.UserController", """
      package com.example.users;

      import dev.deployless.annotations.*;

      @Feature(name = "users", basePath = "/users",
          env = @Env(name = "DB_HOST", ssm = "/prod/db/host", version = 3),
          policies = {
              @Policy(managed = "AWSXrayWriteOnlyAccess"),
              @Policy(actions = "dynamodb:Query", resources = "users/index/EmailIndex")})
      @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "ums-users", pk = "tenant_id",
          sk = "user_id", gsi = {
              @DynamoDb.Gsi(name = "EmailIndex", pk = "email"),
              @DynamoDb.Gsi(name = "CreatedIndex", pk = "tenant_id", sk = "created_at",
                  skType = DynamoDb.KeyType.N, projection = DynamoDb.Projection.INCLUDE,
                  nonKeyAttributes = {"email", "status"})},
          ttlAttribute = "expires_at", pointInTimeRecovery = true,
          stream = DynamoDb.StreamView.NEW_AND_OLD_IMAGES, deletionPolicy = DeletionPolicy.RETAIN))
      @Resource(name = "uploads", access = Access.READ, s3 = @S3(bucketName = "ums-user-uploads",
          versioning = true, cors = @S3.Cors(allowedOrigins = "https://app.example.com",
              allowedMethods = {"GET", "PUT"}, allowedHeaders = "*", maxAge = 3600),
          lifecycleRules = @S3.Lifecycle(id = "expire-tmp", prefix = "tmp/", expirationDays = 7)))
      @Resource(name = "tenantKey", access = Access.DECRYPT)
      @Resource(name = "notifications")
      @Resource(name = "legacyUsers", access = Access.READ)
      public class UserController {
        private final UsersResources resources;

        public UserController(UsersResources resources) {
          this.resources = resources;
        }

        @Route(method = HttpMethod.GET, path = "/{id}")
        public String get(@PathParam("id") String id) {
          return resources.users().name();
        }

        @Route(method = HttpMethod.POST, path = "/export", split = true)
        public String export() {
          return resources.uploads().name();
        }

        @Cron(schedule = "rate(1 hour)")
        public void sweep() {}
      }
      """);

  static final JavaFileObject TENANTS = source("com.example.tenants.TenantController", """
      package com.example.tenants;

      import dev.deployless.annotations.*;

      @Feature(name = "tenants", basePath = "/tenants",
          policies = @Policy(actions = {"kms:Sign", "kms:GetPublicKey"}, resources = "signingKey"))
      @Resource(name = "tenantKey", access = Access.ENCRYPT)
      @Resource(name = "orders", access = Access.POLL)
      @Resource(name = "dbHost", ssmParameter = @SsmParameter(name = "/ums/db/host",
          value = "db.example.com", description = "RDS endpoint"))
      @Resource(name = "counter", access = Access.WRITE,
          ssmParameter = @SsmParameter(name = "/ums/counter", value = "0"))
      public class TenantController {
        public TenantController(TenantsResources resources) {}

        @Route(method = HttpMethod.POST)
        public void create() {}
      }
      """);

  /** A feature using no resources: no policies, no variables, no accessor class. */
  static final JavaFileObject HEALTH = source("com.example.health.HealthController", """
      package com.example.health;

      import dev.deployless.annotations.*;

      @Feature(basePath = "/health")
      public class HealthController {
        @Route public String ok() { return "ok"; }
      }
      """);

  @Test
  void everyResourceType(TestInfo test) throws IOException {
    Files.writeString(dir.resolve(".env"), "APP_ENV=production\nexport LOG_FORMAT=\"json\"\n"
        + "# secrets\nSECRET_DB_PASSWORD=s3cr3t-value\n");
    TestProject project = new TestProject(dir).config("""
        name: ums-api
        tags:
          Project: ums
        env_file: .env
        secrets_kms: ums/secrets
        """).option("-Adeployless.codeUri=target/ums-api.jar");
    Compilation compilation = project.compile(SHARED, USERS, TENANTS, HEALTH);
    assertThat(compilation).succeededWithoutWarnings();
    String method = test.getTestMethod().orElseThrow().getName();
    String template = project.templateText();
    Goldens.assertMatches(getClass(), method, "template.yaml", template);
    Goldens.assertMatches(getClass(), method, "UsersResources.java",
        GoldenTest.generated(compilation, "com.example.users.UsersResources"));
    Goldens.assertMatches(getClass(), method, "TenantsResources.java",
        GoldenTest.generated(compilation, "com.example.tenants.TenantsResources"));
    assertEquals(false, template.contains("s3cr3t-value"), "a secret reached the template");
    assertEquals(true, compilation.generatedSourceFile("com.example.health.HealthResources").isEmpty());
    CfnLint.assertClean(project.template());
    SamTranslator.transform(project.template());
  }

  @Test
  void verboseSummaryListsResourcesAndSecrets() throws IOException {
    Files.writeString(dir.resolve(".env"), "SECRET_API_KEY=abc\n");
    TestProject project = new TestProject(dir).config("name: ums-api\nenv_file: .env\n")
        .option("-Adeployless.verbose=true");
    Compilation compilation = project.compile(SHARED, USERS, TENANTS, HEALTH);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[deployless] Resources: counter (SSM parameter /ums/counter;"
        + " tenants WRITE), dbHost (SSM parameter /ums/db/host; tenants READ), legacyUsers (DynamoDB table"
        + " prod-users-table, existing; users READ), notifications (SQS queue email-notifications; users SEND)");
    assertThat(compilation).hadNoteContaining("tenantKey (KMS key alias/ums/tenant-keys; tenants ENCRYPT,"
        + " users DECRYPT)");
    assertThat(compilation).hadNoteContaining("[deployless] Secrets to store in SSM before deploying:"
        + " /ums-api/SECRET_API_KEY");
  }

  /**
   * Least privilege: the logical IDs and names each function's policies and variables mention are
   * exactly those of the resources its feature declares or links (plus what its @Policy names).
   */
  @Test
  void everyFunctionReachesExactlyItsFeaturesResources() throws IOException {
    TestProject project = new TestProject(dir).config("name: ums-api\n");
    assertThat(project.compile(SHARED, USERS, TENANTS, HEALTH)).succeededWithoutWarnings();
    Map<String, Object> template = load(project.template());
    Map<String, Set<String>> expected = new TreeMap<>();
    Set<String> users = Set.of("UmsUsersTable", "UmsUserUploadsBucket", "UmsTenantKeysKey",
        "EmailNotificationsQueue", "EmailNotificationsDeadLetterQueue", "prod-users-table");
    expected.put("UsersFunction", users);
    expected.put("ExportFunction", users);
    expected.put("SweepFunction", users);
    expected.put("TenantsFunction", Set.of("UmsTenantKeysKey", "OrdersQueue", "OrdersDeadLetterQueue",
        "UmsDbHostParameter", "UmsCounterParameter", "SigningKeyKey", "ums/db/host", "ums/counter"));
    expected.put("HealthFunction", Set.of());
    Set<String> declared = new TreeSet<>(List.of("UmsUsersTable", "UmsUserUploadsBucket",
        "UmsTenantKeysKey", "EmailNotificationsQueue", "EmailNotificationsDeadLetterQueue", "OrdersQueue",
        "OrdersDeadLetterQueue", "UmsDbHostParameter", "UmsCounterParameter", "SigningKeyKey",
        "prod-users-table", "ums/db/host", "ums/counter", "UmsTenantKeysKeyAlias"));
    @SuppressWarnings("unchecked")
    Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
    for (Map.Entry<String, Set<String>> function : expected.entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>)
          resources.get(function.getKey())).get("Properties");
      Set<String> reached = new TreeSet<>();
      collect(properties.get("Policies"), declared, reached);
      collect(properties.get("Environment"), declared, reached);
      assertEquals(function.getValue(), reached, function.getKey() + " reaches");
    }
  }

  /** Every declared logical ID or physical name mentioned anywhere in {@code node}. */
  private static void collect(Object node, Set<String> declared, Set<String> reached) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        collect(entry.getKey(), declared, reached);
        collect(entry.getValue(), declared, reached);
      }
    } else if (node instanceof List<?> list) {
      for (Object element : list) {
        collect(element, declared, reached);
      }
    } else if (node instanceof String text) {
      for (String name : declared) {
        if (text.equals(name) || text.contains("${" + name + ".") || text.contains("${" + name + "}")
            || text.endsWith("/" + name) || text.endsWith(":" + name)) {
          reached.add(name);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(Path file) throws IOException {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(file));
  }
}
