package dev.deployless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the SAM CLI and the {@code sam deploy} command deploy hands over to. */
class SamCliTest {
  @TempDir Path dir;

  @Test
  void deployArgumentsNameTheStackRegionCapabilitiesAndBucket() {
    Path template = Path.of("/app/template.yaml");
    assertEquals(List.of("deploy", "--template-file", "/app/template.yaml", "--stack-name", "shop-prod",
        "--region", "eu-west-1", "--capabilities", "CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND", "--resolve-s3",
        "--no-fail-on-empty-changeset", "--no-confirm-changeset"),
        SamCli.deployArguments(new SamCli.Deployment(template, "shop-prod", "eu-west-1", null, false, false)));
    assertEquals(List.of("deploy", "--template-file", "/app/template.yaml", "--stack-name", "shop-prod",
        "--region", "eu-west-1", "--capabilities", "CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND", "--s3-bucket",
        "my-artifacts", "--no-fail-on-empty-changeset", "--confirm-changeset", "--guided"),
        SamCli.deployArguments(new SamCli.Deployment(template, "shop-prod", "eu-west-1", " my-artifacts ", true,
            true)));
  }

  @Test
  void samIsTheFirstExecutableOnThePath() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path sam = Files.writeString(bin.resolve("sam"), "#!/bin/sh\n");
    assertEquals(Optional.empty(), SamCli.find("sam", empty + ":" + bin));
    Files.setPosixFilePermissions(sam, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(Optional.of(sam), SamCli.find("sam", empty + "::" + bin));
    assertEquals(Optional.of(sam), SamCli.find(sam.toString(), null));
    assertEquals(Optional.empty(), SamCli.find("sam", null));
    assertTrue(SamCli.INSTALL_HINT.contains("pip install aws-sam-cli"));
  }
}
