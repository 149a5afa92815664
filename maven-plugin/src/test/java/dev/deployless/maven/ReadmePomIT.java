package dev.deployless.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.testing.MavenBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's pom, as a user copies it into a new project outside this build: with the Maven
 * running this test (3.8 on the project's machines, whose default compiler plugin would ignore
 * {@code <release>}), {@code mvn package} compiles a feature, writes the template and both jars;
 * {@code -Ddeployless.stage=prod} then builds the prod stage.
 */
class ReadmePomIT {

  /** The first {@code xml} block of the README's "Using it in your project" that is a whole pom. */
  static String readmePom() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("repository.root"), "README.md"),
        StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Using it in your project\n");
    assertTrue(section >= 0, "the README has no section 'Using it in your project'");
    Matcher block = Pattern.compile("```xml\n(<\\?xml.*?</project>\n)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(section), "no complete pom in 'Using it in your project'");
    return block.group(1);
  }

  @Test
  void theReadmesPomBuildsANewProject() throws Exception {
    Path project = Path.of("target", "it", "readme-project").toAbsolutePath();
    Files.createDirectories(project.resolve("src/main/java/com/example"));
    Files.writeString(project.resolve("pom.xml"), readmePom());
    Files.writeString(project.resolve("deployless.yaml"), "name: my-app\n");
    Files.writeString(project.resolve("src/main/java/com/example/HelloController.java"), """
        package com.example;

        import dev.deployless.annotations.Feature;
        import dev.deployless.annotations.Route;

        @Feature(name = "hello", basePath = "/hello")
        public class HelloController {
          public record Greeting(String text) {}

          @Route
          public Greeting hello() {
            return new Greeting("hello");
          }
        }
        """);
    MavenBuild.Result result = MavenBuild.in(project).run("package");
    assertTrue(result.succeeded(), result.output());
    String template = Files.readString(project.resolve("template.yaml"));
    assertTrue(template.contains("Handler: com.example.HelloFunction::handleRequest"), template);
    assertTrue(template.contains("CodeUri: target/my-app.jar"), template);
    assertTrue(Files.isRegularFile(project.resolve("target/my-app.jar")));
    assertTrue(Files.isRegularFile(project.resolve("target/my-app-local.jar")));
    assertTrue(template.contains("StageName: dev"), template);

    // -Ddeployless.stage reaches the processor through the pom, and track-config sees it changed.
    MavenBuild.Result prod = MavenBuild.in(project).run("package", "-Ddeployless.stage=prod");
    assertTrue(prod.succeeded(), prod.output());
    assertTrue(prod.output().contains("deployless.yaml or its inputs changed since the last compile"), prod.output());
    assertTrue(Files.readString(project.resolve("template.yaml")).contains("StageName: prod"));
  }
}
