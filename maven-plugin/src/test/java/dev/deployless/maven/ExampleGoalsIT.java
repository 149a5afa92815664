package dev.deployless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.testing.MavenBuild;
import dev.deployless.testing.MotoServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Parameter;

/**
 * The plugin's goals on a copy of the example, run by Maven as a user runs them, in a user's order:
 * validate (clean, then a broken controller), package with info, a change to deployless.yaml alone,
 * secrets against moto_server, and deploy handing over to a stand-in {@code sam} that records its
 * arguments, then without {@code sam} on the PATH. The copy adds an env file with two secrets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleGoalsIT {
  private static final String SIGNING_KEY = "s3cr3t-signing-key-value";
  private static final String SMTP_PASSWORD = "smtp-password-value";

  private Path project;
  private Path template;
  private MotoServer moto;

  @BeforeAll
  void copyTheExample() throws Exception {
    Path root = Path.of(System.getProperty("repository.root"));
    Path copy = Path.of("target", "it", "examples").toAbsolutePath();
    delete(copy);
    Files.createDirectories(copy);
    Files.copy(root.resolve("examples/pom.xml"), copy.resolve("pom.xml"));
    project = copy.resolve("ums-api");
    copyTree(root.resolve("examples/ums-api"), project);
    template = project.resolve("template.yaml");
    Files.delete(template);
    Files.writeString(project.resolve("deployless.yaml"), "env_file: .env\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(project.resolve(".env"), "MAIL_FROM=noreply@example.test\nSECRET_SIGNING_KEY=" + SIGNING_KEY
        + "\nSECRET_SMTP_PASSWORD=" + SMTP_PASSWORD + "\n");
  }

  @AfterAll
  void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  @Order(1)
  void validateChecksEverythingAndWritesNothing() throws Exception {
    MavenBuild.Result result = maven().run("deployless:validate");
    assertTrue(result.succeeded(), result.output());
    assertTrue(result.output().contains("validate: no errors, 2 warnings in deployless.yaml and 16 sources (nothing written)"), result.output());
    assertFalse(Files.exists(template), "validate wrote template.yaml");
    assertFalse(Files.exists(project.resolve("target/classes")), "validate wrote the class output");
  }

  @Test
  @Order(2)
  void validateFailsWithTheCodeOnABrokenControllerAndLeavesNoTemplate() throws Exception {
    Path controller = project.resolve("src/main/java/com/example/ums/tenant/TenantController.java");
    String source = Files.readString(controller);
    Files.writeString(controller, source.replace("@Feature(name = \"tenant\",", "@Feature(name = \"tenant\", memory = 64,"));
    try {
      MavenBuild.Result result = maven().run("deployless:validate");
      assertFalse(result.succeeded(), result.output());
      assertTrue(result.output().contains("TenantController.java:[34,"), result.output());
      assertTrue(result.output().contains("[E05] memory must be 128-10240 MB, got 64"), result.output());
      assertTrue(result.output().contains("(nothing written)"), result.output());
      assertFalse(Files.exists(template), "validate wrote template.yaml");
    } finally {
      Files.writeString(controller, source);
    }
  }

  @Test
  @Order(3)
  void packageThenInfoShowsWhatTheBuildProduced() throws Exception {
    MavenBuild.Result result = maven().run("-DskipTests", "package", "deployless:info");
    assertTrue(result.succeeded(), result.output());
    String text = Files.readString(template);
    assertTrue(text.contains("      SkipBuild: true\n"), text);
    assertTrue(text.contains("SECRET_SIGNING_KEY: '{{resolve:ssm:/ums-api/SECRET_SIGNING_KEY}}'"), text);
    String output = result.output();
    for (String expected : List.of(
        "[INFO] ums-api, stage dev, runtime java21",
        "[INFO]   code:     target/ums-api.jar",
        "[INFO] Functions (8):",
        "[INFO]   AuthorizeFunction              512 MB   30 s  invoked directly",
        "[INFO]   AuthFunction                   256 MB   30 s  3 routes",
        "[INFO]     handler com.example.ums.auth.AuthFunction::handleRequest",
        "[INFO]   CleanupSessionsFunction        128 MB   60 s  schedule rate(24 hours)",
        "[INFO] Routes (12; deployed at https://api.ums.example.com/v1<path>):",
        "[INFO]   POST    /auth/login                  AuthFunction             http://127.0.0.1:3000/dev/auth/login",
        "[INFO]   UmsUsersTable                DynamoDB table ums-users; auth read, tenant write, user crud",
        "[INFO]   /ums-api/SECRET_SIGNING_KEY")) {
      assertTrue(output.contains(expected), expected + " not in:\n" + output);
    }
  }

  @Test
  @Order(4)
  void aChangeToDeploylessYamlAloneRebuildsTheTemplate() throws Exception {
    assertTrue(Files.readString(template).contains("    MemorySize: 256\n"));
    Path yaml = project.resolve("deployless.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("  memory: 256\n", "  memory: 384\n"));
    MavenBuild.Result result = maven().run("-DskipTests", "package");
    assertTrue(result.succeeded(), result.output());
    assertTrue(result.output().contains("deployless.yaml or its inputs changed since the last compile: recompiling"),
        result.output());
    assertTrue(Files.readString(template).contains("    MemorySize: 384\n"), Files.readString(template));
    // The next build (deploy's package, below) has nothing to compile and keeps the template.
  }

  @Test
  @Order(5)
  void secretsArePushedToSsmUnderTheTemplatesNamesAndNeverPrinted() throws Exception {
    moto = MotoServer.start();
    MavenBuild.Result push = maven().run("deployless:secrets", "-Dpush");
    assertTrue(push.succeeded(), push.output());
    assertTrue(push.output().contains("[INFO] Pushed 2 secrets to SSM Parameter Store (type String):"), push.output());
    assertTrue(push.output().contains("[INFO]   created   /ums-api/SECRET_SIGNING_KEY"), push.output());
    assertTrue(push.output().contains("[INFO]   created   /ums-api/SECRET_SMTP_PASSWORD"), push.output());
    try (SsmClient ssm = SsmClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.US_EAST_1)
        .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
      Parameter signing = ssm.getParameter(request -> request.name("/ums-api/SECRET_SIGNING_KEY")).parameter();
      assertEquals(SIGNING_KEY, signing.value());
      assertEquals("String", signing.typeAsString());
      assertEquals(SMTP_PASSWORD,
          ssm.getParameter(request -> request.name("/ums-api/SECRET_SMTP_PASSWORD")).parameter().value());
    }

    MavenBuild.Result after = maven().run("deployless:secrets");
    assertTrue(after.succeeded(), after.output());
    assertTrue(after.output().contains("[INFO]   same        /ums-api/SECRET_SIGNING_KEY"), after.output());
    assertTrue(after.output().contains("[INFO] SSM is up to date"), after.output());
    for (MavenBuild.Result result : List.of(push, after)) {
      assertFalse(result.output().contains(SIGNING_KEY) || result.output().contains(SMTP_PASSWORD),
          "a secret's value was printed:\n" + result.output());
    }
  }

  @Test
  @Order(6)
  void deployHandsTheTemplateToSamAndPrintsTheStacksOutputs() throws Exception {
    try (CloudFormationClient cloudFormation = CloudFormationClient.builder()
        .endpointOverride(URI.create(moto.endpoint())).region(Region.US_EAST_1).credentialsProvider(credentials())
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      // What sam deploy leaves behind, made directly: moto does not run the SAM transform.
      createStack(cloudFormation, """
          Resources:
            Marker:
              Type: AWS::SSM::Parameter
              Properties: {Type: String, Value: deployed}
          Outputs:
            ApiUrl:
              Value: https://abc123.execute-api.us-east-1.amazonaws.com/dev
          """);
    }
    Path bin = Files.createDirectories(project.resolve("target/fake-bin"));
    Path arguments = project.resolve("target/sam-arguments.txt");
    Path sam = bin.resolve("sam");
    Files.writeString(sam, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + arguments + "'\necho 'sam: stack deployed'\n");
    Files.setPosixFilePermissions(sam, PosixFilePermissions.fromString("rwxr-xr-x"));

    MavenBuild.Result result = maven().environment("PATH", bin + ":" + System.getenv("PATH"))
        .run("-DskipTests", "deployless:deploy", "deployless:info", "-Ddeployless.stackName=ums-api-dev");
    assertTrue(result.succeeded(), result.output());
    assertEquals(List.of("deploy", "--template-file", template.toString(), "--stack-name", "ums-api-dev",
        "--region", "us-east-1", "--capabilities", "CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND", "--resolve-s3",
        "--no-fail-on-empty-changeset", "--no-confirm-changeset"), Files.readAllLines(arguments));
    String output = result.output();
    assertTrue(output.contains("Nothing to compile - all classes are up to date"), output);
    assertFalse(output.contains("changed since the last compile"), output);
    assertTrue(output.contains("sam: stack deployed"), output);
    assertTrue(output.contains("[INFO] Stack ums-api-dev (CREATE_"), output);
    assertTrue(output.contains("[INFO]   ApiUrl                       https://abc123.execute-api.us-east-1.amazonaws.com/dev"),
        output);
    assertTrue(output.contains("[INFO] Routes (12; deployed at https://abc123.execute-api.us-east-1.amazonaws.com/dev<path>):"),
        output);
  }

  @Test
  @Order(7)
  void deployWithoutSamSaysHowToInstallIt() throws Exception {
    MavenBuild.Result result = maven().environment("PATH", "/usr/bin:/bin")
        .run("-DskipTests", "deployless:deploy");
    assertFalse(result.succeeded(), result.output());
    assertTrue(result.output().contains("the AWS SAM CLI ('sam') is not on the PATH: install the AWS SAM CLI"),
        result.output());
    assertTrue(result.output().contains("pip install aws-sam-cli"), result.output());
  }

  private MavenBuild maven() {
    MavenBuild build = MavenBuild.in(project).environment("AWS_REGION", "us-east-1")
        .environment("AWS_ACCESS_KEY_ID", "test").environment("AWS_SECRET_ACCESS_KEY", "test");
    return moto == null ? build : build.environment("AWS_ENDPOINT_URL", moto.endpoint());
  }

  /** Creates the stack; moto may take longer than the SDK waits for its first call, which the SDK retries. */
  private static void createStack(CloudFormationClient cloudFormation, String body) {
    try {
      cloudFormation.createStack(request -> request.stackName("ums-api-dev").templateBody(body));
    } catch (AlreadyExistsException createdByTheFirstAttempt) {
      // The first attempt did it.
    }
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(file);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
