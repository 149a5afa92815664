package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.SourceDiagnostics.assertOnlyError;
import static dev.deployless.processor.TestProject.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule on resources (@Resource, its bodies, links and @Policy), @Env SSM references
 * and the env file: each asserts the code, the message and the line the error is pinned to.
 */
class ResourceDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** A feature with {@code annotations} on the class and one route. */
  private static JavaFileObject feature(String annotations) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users")
        %s
        public class UserController {
          @Route public String hello() { return "hello"; }
        }
        """.formatted(annotations));
  }

  /** A class declaring shared resources. */
  private static JavaFileObject shared(String annotations) {
    return source("com.example.Shared", """
        package com.example;

        import dev.deployless.annotations.*;

        %s
        public class Shared {}
        """.formatted(annotations));
  }

  private void assertE00(String resource, String message, String line) {
    JavaFileObject source = feature(resource);
    assertOnlyError(project.compile(source), source, "[E00] " + message, line);
  }

  @Test
  void tableNameWithSpace_isE00() {
    assertE00("@Resource(name = \"users\",\n    dynamoDb = @DynamoDb(tableName = \"my table\"))",
        "DynamoDB table 'users': a table name has 3-255 characters: letters, digits, '_', '-' and '.'",
        "tableName = \"my table\"");
  }

  @Test
  void includeProjectionWithoutAttributes_isE00() {
    assertE00("@Resource(name = \"users\", dynamoDb = @DynamoDb(tableName = \"users\",\n"
            + "    gsi = @DynamoDb.Gsi(name = \"ByEmail\", pk = \"email\", projection = DynamoDb.Projection.INCLUDE)))",
        "DynamoDB table 'users': index ByEmail projects INCLUDE but lists no nonKeyAttributes",
        "gsi = @DynamoDb.Gsi");
  }

  @Test
  void keyAttributeWithTwoTypes_isE00() {
    assertE00("@Resource(name = \"users\", dynamoDb = @DynamoDb(tableName = \"users\", pk = \"id\",\n"
            + "    gsi = @DynamoDb.Gsi(name = \"ById\", pk = \"id\", pkType = DynamoDb.KeyType.N)))",
        "DynamoDB table 'users': attribute id is a key of type S and of type N", "gsi = @DynamoDb.Gsi");
  }

  @Test
  void capacityWithoutProvisionedBilling_isE00() {
    assertE00("@Resource(name = \"users\", dynamoDb = @DynamoDb(tableName = \"users\",\n    readCapacity = 10))",
        "DynamoDB table 'users': readCapacity only applies with billingMode = PROVISIONED",
        "readCapacity = 10");
  }

  @Test
  void bucketNameWithUnderscore_isE00() {
    assertE00("@Resource(name = \"uploads\",\n    s3 = @S3(bucketName = \"user_uploads\"))",
        "S3 bucket 'uploads': bucket names cannot contain '_' (they are DNS names)",
        "bucketName = \"user_uploads\"");
  }

  @Test
  void queueVisibilityTimeoutOutOfRange_isE00() {
    assertE00("@Resource(name = \"jobs\",\n    sqs = @Sqs(queueName = \"jobs\", visibilityTimeout = 50000))",
        "SQS queue 'jobs': visibilityTimeout must be 0-43200, got 50000", "visibilityTimeout = 50000");
  }

  @Test
  void eccKeyForEncryption_isE00() {
    assertE00("@Resource(name = \"signing\", kms = @Kms(alias = \"app/signing\",\n"
            + "    keySpec = Kms.KeySpec.ECC_NIST_P256))",
        "KMS key 'signing': ECC keys (ECC_NIST_P256) sign and verify; they cannot encrypt (use RSA or"
            + " SYMMETRIC_DEFAULT)", "@Resource(name = \"signing\"");
  }

  @Test
  void rotationOfAsymmetricKey_isE00() {
    assertE00("@Resource(name = \"signing\", kms = @Kms(keyUsage = Kms.KeyUsage.SIGN_VERIFY,\n"
            + "    keySpec = Kms.KeySpec.RSA_2048, rotation = Kms.Rotation.ENABLED))",
        "KMS key 'signing': only SYMMETRIC_DEFAULT keys rotate automatically, not RSA_2048",
        "rotation = Kms.Rotation.ENABLED");
  }

  @Test
  void parameterNameWithoutSlash_isE00() {
    assertE00("@Resource(name = \"dbHost\",\n    ssmParameter = @SsmParameter(name = \"db/host\", value = \"x\"))",
        "SSM parameter 'dbHost': a parameter name is a path starting with '/', such as /myapp/db/host",
        "name = \"db/host\"");
  }

  @Test
  void sendAccessOnTable_isE30() {
    JavaFileObject source = feature("@Resource(name = \"users\",\n    access = Access.SEND,\n"
        + "    dynamoDb = @DynamoDb(tableName = \"users\"))");
    assertOnlyError(project.compile(source), source,
        "[E30] access SEND is not valid for DynamoDB table 'users'; use one of [CRUD, READ, WRITE]",
        "access = Access.SEND");
  }

  @Test
  void linkWithLevelOfAnotherType_isE30() {
    JavaFileObject declarations = shared("@Resource(name = \"jobs\", sqs = @Sqs(queueName = \"jobs\"))");
    JavaFileObject source = feature("@Resource(name = \"jobs\",\n    access = Access.DECRYPT)");
    assertOnlyError(project.compile(declarations, source), source,
        "[E30] access DECRYPT is not valid for SQS queue 'jobs'; use one of [CRUD, SEND, POLL]",
        "access = Access.DECRYPT");
  }

  @Test
  void twoBodies_isE75() {
    JavaFileObject source = feature("@Resource(name = \"both\",\n    dynamoDb = @DynamoDb(tableName = \"both\"),"
        + "\n    s3 = @S3(bucketName = \"both\"))");
    assertOnlyError(project.compile(source), source,
        "[E75] resource 'both' has 2 bodies (dynamoDb, s3); declare exactly one of dynamoDb, s3, sqs,"
            + " sns, kms, ssmParameter", "dynamoDb = @DynamoDb");
  }

  @Test
  void sharedDeclarationWithoutBody_isE75() {
    JavaFileObject source = shared("@Resource(name = \"orphan\")");
    assertOnlyError(project.compile(source, feature("")), source,
        "[E75] resource 'orphan' has no body", "@Resource(name = \"orphan\")");
  }

  @Test
  void unknownLink_isE76WithSuggestion() {
    JavaFileObject declarations = shared("@Resource(name = \"sessions\", dynamoDb = @DynamoDb(tableName = \"sessions\"))");
    JavaFileObject source = feature("@Resource(name = \"session\")");
    assertOnlyError(project.compile(declarations, source), source,
        "[E76] @Resource names no declared resource 'session' (did you mean 'sessions'?)",
        "@Resource(name = \"session\")");
  }

  @Test
  void policyOnUnknownResource_isE76() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users", policies = @Policy(actions = "kms:Sign",
            resources = "signingKey"))
        public class UserController {
          @Route public String hello() { return "hello"; }
        }
        """);
    assertOnlyError(project.compile(source), source, "[E76] @Policy names no declared resource 'signingKey'",
        "resources = \"signingKey\"");
  }

  @Test
  void nameDeclaredTwice_isE77() {
    JavaFileObject declarations = shared("@Resource(name = \"users\", dynamoDb = @DynamoDb(tableName = \"table-a\"))");
    JavaFileObject source = feature("@Resource(name = \"users\",\n    dynamoDb = @DynamoDb(tableName = \"table-b\"))");
    Compilation compilation = project.compile(declarations, source);
    assertThat(compilation).hadErrorContaining(
        "[E77] resource 'users' is declared twice: also by Shared; link it with @Resource(name = \"users\") instead");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sameVariableFromTwoResources_isE78() {
    JavaFileObject source = feature("@Resource(name = \"a\", kms = @Kms(alias = \"app/a\", envVar = \"KEY\"))\n"
        + "@Resource(name = \"b\",\n    kms = @Kms(alias = \"app/b\", envVar = \"KEY\"))");
    assertOnlyError(project.compile(source), source,
        "[E78] feature 'users' gets environment variable KEY from resource 'a' and from resource 'b'; give"
            + " one of them another name", "@Resource(name = \"b\",");
  }

  @Test
  void resourceNameWithSpace_isE79() {
    JavaFileObject source = feature("@Resource(name = \"user table\",\n    dynamoDb = @DynamoDb(tableName = \"users\"))");
    assertOnlyError(project.compile(source), source,
        "[E79] resource name 'user table' must start with a letter and contain only letters, digits, '-'"
            + " and '_'", "@Resource(name = \"user table\"");
  }

  @Test
  void resourceNamedAfterAKeyword_isE79() {
    JavaFileObject source = feature("@Resource(name = \"class\",\n    dynamoDb = @DynamoDb(tableName = \"classes\"))");
    assertOnlyError(project.compile(source), source,
        "[E79] resource name 'class' gives the accessor class(), and class is a Java keyword",
        "@Resource(name = \"class\"");
  }

  @Test
  void twoResourcesWithOneAccessor_isE81() {
    JavaFileObject source = feature("@Resource(name = \"user-table\", dynamoDb = @DynamoDb(tableName = \"users-a\"))\n"
        + "@Resource(name = \"userTable\",\n    dynamoDb = @DynamoDb(tableName = \"users-b\"))");
    assertOnlyError(project.compile(source), source, "[E81] feature 'users' uses resources 'user-table' and"
        + " 'userTable', which both give the accessor userTable(); rename one", "@Resource(name = \"userTable\"");
  }

  @Test
  void sortKeyEqualToPartitionKey_isE00() {
    assertE00("@Resource(name = \"users\", dynamoDb = @DynamoDb(tableName = \"users\", pk = \"id\",\n    sk = \"id\"))",
        "DynamoDB table 'users': the sort key must be another attribute than the partition key id",
        "sk = \"id\"");
  }

  @Test
  void ssmVersionZero_isE66() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users", env = @Env(name = "DB_HOST", ssm = "/prod/db/host",
            version = 0))
        public class UserController {
          @Route public String hello() { return "hello"; }
        }
        """);
    assertOnlyError(project.compile(source), source, "[E66] environment variable 'DB_HOST' pins SSM parameter"
        + " version 0; versions count from 1", "version = 0");
  }

  @Test
  void policyWithoutActions_isE80() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users",
            policies = @Policy(resources = "*"))
        public class UserController {
          @Route public String hello() { return "hello"; }
        }
        """);
    assertOnlyError(project.compile(source), source,
        "[E80] @Policy sets neither managed nor actions; a policy is a managed policy or a statement",
        "policies = @Policy");
  }

  @Test
  void constructorTakingResourcesWithoutResources_isE48() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users")
        public class UserController {
          public UserController(UsersResources resources) {}
          @Route public String hello() { return "hello"; }
        }
        """);
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E48] @Feature class com.example.UserController cannot be"
        + " instantiated by its handler: its constructor takes UsersResources but the feature declares and"
        + " links no @Resource").inFile(source).onLineContaining("@Feature");
  }

  @Test
  void errorOnSecondOfRepeatedResources_pointsAtIt() {
    JavaFileObject source = feature("@Resource(name = \"users\", dynamoDb = @DynamoDb(tableName = \"users\"))\n"
        + "@Resource(name = \"jobs\", sqs = @Sqs(queueName = \"jobs\",\n    maxReceiveCount = 0))");
    assertOnlyError(project.compile(source), source,
        "[E00] SQS queue 'jobs': maxReceiveCount must be 1-1000, got 0", "maxReceiveCount = 0");
  }

  @Test
  void constructorTakingAnotherFeaturesResources_isE48() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users")
        @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "users"))
        public class UserController {
          public UserController(UserResources resources) {}
          @Route public String hello() { return "hello"; }
        }
        """);
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E48] @Feature class com.example.UserController cannot be"
        + " instantiated by its handler: its constructor takes UserResources, which does not exist; the"
        + " resources class of this feature is UsersResources (named after the feature)")
        .inFile(source).onLineContaining("UserResources resources");
  }

  @Test
  void secureSsmReference_isE66() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "users", env = @Env(name = "DB_PASS", ssm = "/prod/db/password",
            secure = true))
        public class UserController {
          @Route public String hello() { return "hello"; }
        }
        """);
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E66] environment variable 'DB_PASS' cannot resolve a"
        + " SecureString: CloudFormation rejects {{resolve:ssm-secure:...}} in Lambda environment variables")
        .inFile(source).onLineContaining("secure = true");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingEnvFile_isE27() {
    project.config("name: app\nenv_file: .env.production\n");
    Compilation compilation = project.compile(feature(""));
    assertThat(compilation).hadErrorContaining("[E27] " + project.configFile() + ":2:11: env_file"
        + " '.env.production' does not exist (looked for " + dir.resolve(".env.production") + ")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void emptySecret_isE28() throws Exception {
    Files.writeString(dir.resolve(".env"), "APP_ENV=production\n\n# secrets\nSECRET_DB_PASSWORD=\n");
    project.config("name: app\nenv_file: .env\n");
    Compilation compilation = project.compile(feature(""));
    assertThat(compilation).hadErrorContaining("[E28] " + dir.resolve(".env") + ":4:1: SECRET_DB_PASSWORD"
        + " in .env has an empty value; a SECRET_ variable names a value you store in SSM");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void secretsKmsWithSpace_isE29() {
    project.config("name: app\nsecrets_kms: my key\n");
    Compilation compilation = project.compile(feature(""));
    assertThat(compilation).hadErrorContaining("[E29] " + project.configFile() + ":2:14: secrets_kms must be"
        + " a KMS key alias (letters, digits, '-', '_', '/'), key ID or key ARN, got 'my key'");
    assertThat(compilation).hadErrorCount(1);
  }

  private static JavaFileObject usersTable(String table) {
    return feature("@Resource(name = \"users\",\n    dynamoDb = " + table + ")");
  }

  @Test
  void changedKeySchemaOfAnExistingTable_isW01AndKeepsTheTemplate() throws Exception {
    assertThat(project.compile(usersTable("@DynamoDb(tableName = \"ums-users\", pk = \"id\")"))).succeeded();
    String before = project.templateText();
    JavaFileObject source = usersTable("@DynamoDb(tableName = \"ums-users\", pk = \"user_id\")");
    assertOnlyError(project.compile(source), source, "[W01] resource 'users' (AWS::DynamoDB::Table) would be"
        + " replaced: KeySchema [id HASH S] -> [user_id HASH S]. CloudFormation cannot replace a"
        + " custom-named resource in place", "dynamoDb = @DynamoDb");
    assertEquals(before, project.templateText());
  }

  @Test
  void renamedTable_isW01() {
    assertThat(project.compile(usersTable("@DynamoDb(tableName = \"ums-users\")"))).succeeded();
    JavaFileObject source = usersTable("@DynamoDb(tableName = \"ums-people\")");
    assertOnlyError(project.compile(source), source, "[W01] resource 'users' (AWS::DynamoDB::Table) would be"
        + " replaced: logical ID UmsUsersTable -> UmsPeopleTable, TableName ums-users -> ums-people",
        "dynamoDb = @DynamoDb");
  }

  @Test
  void allowedReplacement_isAWarningAndWritesTheTemplate() throws Exception {
    assertThat(project.compile(usersTable("@DynamoDb(tableName = \"ums-users\")"))).succeeded();
    project.option("-Adeployless.allowReplacement=true");
    Compilation compilation = project.compile(usersTable("@DynamoDb(tableName = \"ums-users\", sk = \"at\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W01] resource 'users' (AWS::DynamoDB::Table) would be"
        + " replaced: KeySchema [id HASH S] -> [id HASH S, at RANGE S]");
    assertEquals(true, project.templateText().contains("AttributeName: at"));
  }

  @Test
  void changingAMutableProperty_isNoReplacement() throws Exception {
    assertThat(project.compile(usersTable("@DynamoDb(tableName = \"ums-users\")"))).succeeded();
    Compilation compilation = project.compile(usersTable("@DynamoDb(tableName = \"ums-users\","
        + " ttlAttribute = \"expires_at\", pointInTimeRecovery = true)"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(true, project.templateText().contains("AttributeName: expires_at"));
  }
}
