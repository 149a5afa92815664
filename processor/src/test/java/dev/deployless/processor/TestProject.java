package dev.deployless.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A project compiled with the processor in tests: a directory holding {@code deployless.yaml}
 * (where the template is written), the environment {@code ${VAR}} reads, and javac options.
 */
final class TestProject {
  private final Path dir;
  private Map<String, String> environment = Map.of();
  private final List<String> options = new ArrayList<>();

  TestProject(Path dir) {
    this.dir = dir;
    config("name: test-app\n");
  }

  /** Writes {@code yaml} as the project's deployless.yaml. */
  TestProject config(String yaml) {
    try {
      Files.writeString(configFile(), yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  TestProject environment(Map<String, String> variables) {
    this.environment = variables;
    return this;
  }

  TestProject option(String option) {
    options.add(option);
    return this;
  }

  Path dir() {
    return dir;
  }

  Path configFile() {
    return dir.resolve("deployless.yaml");
  }

  Path template() {
    return dir.resolve("template.yaml");
  }

  String templateText() throws IOException {
    return Files.readString(template(), StandardCharsets.UTF_8);
  }

  Compilation compile(JavaFileObject... sources) {
    List<String> all = new ArrayList<>(options);
    if (options.stream().noneMatch(option -> option.startsWith("-Adeployless.config="))) {
      all.add("-Adeployless.config=" + configFile());
    }
    return javac()
        .withProcessors(new DeploylessProcessor(environment))
        .withOptions(all)
        .compile(sources);
  }

  /** A feature with one route, {@code GET /} returning "hello": the smallest valid application. */
  static final JavaFileObject HELLO = source("com.example.UserController", """
      package com.example;

      import dev.deployless.annotations.Feature;
      import dev.deployless.annotations.Route;

      @Feature
      public class UserController {
        @Route
        public String hello() {
          return "hello";
        }
      }
      """);

  /** A source file named after its class, whose text declares the package. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }
}
