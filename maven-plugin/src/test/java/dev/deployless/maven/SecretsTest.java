package dev.deployless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.processor.model.Project;
import dev.deployless.testing.MotoServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** The secrets of an env file against SSM Parameter Store on moto_server: diff, push, list. */
class SecretsTest {
  private static MotoServer moto;
  private static SsmClient ssm;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoServer.start();
    ssm = SsmClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.EU_WEST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  @AfterAll
  static void stop() {
    if (ssm != null) {
      ssm.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  private Project project(String name, String env) throws Exception {
    Files.writeString(dir.resolve("deployless.yaml"), "name: " + name + "\nenv_file: .env\n");
    Files.writeString(dir.resolve(".env"), env);
    return ProjectSettings.load(dir.resolve("deployless.yaml"), Map.of(), null).valid();
  }

  @Test
  void diffPushAndListByTheTemplatesNames() throws Exception {
    Secrets secrets = new Secrets(ssm, project("shop", "PLAIN=1\nSECRET_A=alpha\nSECRET_B=beta\n"));
    ssm.putParameter(request -> request.name("/shop/SECRET_B").value("old").type(ParameterType.STRING));
    ssm.putParameter(request -> request.name("/shop/SECRET_GONE").value("x").type(ParameterType.STRING));
    ssm.putParameter(request -> request.name("/shop/OTHER").value("not a secret").type(ParameterType.STRING));
    assertEquals(List.of(
        new Secrets.Comparison("/shop/SECRET_A", Secrets.State.MISSING),
        new Secrets.Comparison("/shop/SECRET_B", Secrets.State.DIFFERS),
        new Secrets.Comparison("/shop/SECRET_GONE", Secrets.State.ONLY_IN_SSM)), secrets.diff());

    List<String> pushed = SecretsMojo.pushed(secrets.push());
    assertEquals("Pushed 2 secrets to SSM Parameter Store (type String):", pushed.get(0));
    assertEquals("  created   /shop/SECRET_A", pushed.get(1));
    assertEquals("  updated   /shop/SECRET_B", pushed.get(2));
    assertTrue(pushed.get(3).startsWith("  kept      /shop/SECRET_GONE (no longer in the env file"), pushed.get(3));
    assertEquals("alpha", ssm.getParameter(request -> request.name("/shop/SECRET_A")).parameter().value());
    assertEquals("beta", ssm.getParameter(request -> request.name("/shop/SECRET_B")).parameter().value());

    List<Secrets.Comparison> after = secrets.diff();
    assertEquals(Secrets.State.SAME, after.get(0).state());
    assertEquals(Secrets.State.SAME, after.get(1).state());
    assertEquals(List.of("  same        /shop/SECRET_A", "  same        /shop/SECRET_B",
        "  only in SSM /shop/SECRET_GONE", "SSM is up to date"), SecretsMojo.diffLines(after));

    List<Secrets.Listed> listed = secrets.list();
    assertEquals(List.of("/shop/SECRET_A", "/shop/SECRET_B", "/shop/SECRET_GONE"),
        listed.stream().map(Secrets.Listed::parameter).toList());
    assertEquals(2, listed.get(1).version());
    String lines = String.join("\n", SecretsMojo.lines(listed));
    assertTrue(lines.contains("/shop/SECRET_B") && lines.contains("String") && lines.contains("version 2"), lines);
    assertFalse(lines.contains("alpha") || lines.contains("beta"), lines);
  }

  @Test
  void aSecondPushStoresNothing() throws Exception {
    Secrets secrets = new Secrets(ssm, project("again", "SECRET_X=one\n"));
    secrets.push();
    List<String> lines = SecretsMojo.pushed(secrets.push());
    assertEquals(List.of("Pushed 0 secrets to SSM Parameter Store (type String):", "  unchanged /again/SECRET_X"), lines);
    assertEquals(1, secrets.list().get(0).version());
  }

  @Test
  void anEnvFileWithoutSecretsHasNothingToCompare() throws Exception {
    Secrets secrets = new Secrets(ssm, project("plain", "LOG=debug\n"));
    assertEquals(List.of("  (none: the env file has no SECRET_ variables)", "SSM is up to date"),
        SecretsMojo.diffLines(secrets.diff()));
  }
}
