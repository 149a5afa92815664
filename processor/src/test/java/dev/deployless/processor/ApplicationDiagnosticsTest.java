package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.SourceDiagnostics.assertOnlyError;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules across features, and what an invalid compilation leaves behind. */
class ApplicationDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  private static JavaFileObject feature(String className, String annotation, String body) {
    return source("com.example." + className, """
        package com.example;

        import dev.deployless.annotations.*;

        %s
        public class %s {
        %s
        }
        """.formatted(annotation, className, body));
  }

  @Test
  void sameRouteInTwoFeatures_isE33OnTheSecond() {
    JavaFileObject users = feature("UserController", "@Feature(basePath = \"/users\")",
        "  @Route(path = \"/{id}\") public String get(@PathParam(\"id\") String id) { return id; }");
    JavaFileObject admins = feature("ZAdminController", "@Feature",
        "  @Route(path = \"/users/{userId}\") public String get(@PathParam(\"userId\") String id) { return id; }");
    assertOnlyError(project.compile(users, admins), admins, "[E33] duplicate route GET /users/{userId}: also"
        + " declared by UserController.get()", "path = \"/users/{userId}\"");
  }

  @Test
  void twoFeaturesWithOneName_isE47() {
    JavaFileObject first = feature("UserController", "@Feature", "  @Route(path = \"/a\") public void a() {}");
    JavaFileObject second = feature("UserApi", "@Feature(name = \"user\")", "  @Route(path = \"/b\") public void b() {}");
    // Features are checked in class-name order: UserApi, then UserController.
    assertOnlyError(project.compile(first, second), first, "[E47] logical ID UserFunction of feature 'user'"
        + " (UserController) is also used by feature 'user' (UserApi); give one feature another name"
        + " (@Feature(name = ...))", "@Feature");
  }

  @Test
  void routeOutsideAFeature_isE51() {
    JavaFileObject source = source("com.example.Helper", """
        package com.example;

        import dev.deployless.annotations.Route;

        public class Helper {
          @Route public String hello() { return ""; }
        }
        """);
    assertOnlyError(project.compile(source), source, "[E51] @Route method Helper.hello() is in Helper, which"
        + " is not annotated @Feature", "@Route public String hello()");
  }

  @Test
  void siblingVariablesWithDifferentNames_isE54() {
    JavaFileObject source = feature("UserController", "@Feature(basePath = \"/users\")", """
          @Route(path = "/{id}") public String get(@PathParam("id") String id) { return id; }
          @Route(path = "/{userId}/orders") public String orders(@PathParam("userId") String id) { return id; }
        """);
    assertOnlyError(project.compile(source), source, "[E54] path '/users/{userId}/orders' names the variable"
        + " after '/users' {userId}, but /users/{id} names it {id}: API Gateway requires one name for"
        + " sibling path variables", "path = \"/{userId}/orders\"");
  }

  @Test
  void everyErrorIsReportedInOnePass() {
    JavaFileObject source = feature("UserController", "@Feature(memory = 1, timeout = 1000)", """
          @Route(path = "/{id}") public String get() { return ""; }
        """);
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E05]");
    assertThat(compilation).hadErrorContaining("[E06]");
    assertThat(compilation).hadErrorContaining("[E41]");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void unwritableTemplate_isE72() throws Exception {
    Files.createDirectories(project.template().resolve("occupied"));
    JavaFileObject source = feature("UserController", "@Feature", "  @Route public String get() { return \"\"; }");
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E72] cannot write " + project.template() + ": ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unreadableExistingTemplate_isE73() throws Exception {
    Files.writeString(project.template(), "Resources:\n  Broken: [unclosed\n");
    JavaFileObject source = feature("UserController", "@Feature", "  @Route public String get() { return \"\"; }");
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E73] " + project.template() + " cannot be merged with the"
        + " generated template: line 3: ");
    assertThat(compilation).hadErrorCount(1);
    Assertions.assertEquals("Resources:\n  Broken: [unclosed\n", project.templateText());
  }

  @Test
  void failedCompilationLeavesTheTemplateUntouched() throws Exception {
    Files.writeString(project.template(), "previous template\n");
    JavaFileObject source = feature("UserController", "@Feature(memory = 1)",
        "  @Route public String get() { return \"\"; }");
    assertThat(project.compile(source)).failed();
    Assertions.assertEquals("previous template\n", project.templateText());
  }
}
