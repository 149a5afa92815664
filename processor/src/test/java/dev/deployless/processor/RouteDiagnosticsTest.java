package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.SourceDiagnostics.assertOnlyError;
import static dev.deployless.processor.TestProject.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule on @Route methods: paths, bindings, parameter and return types. */
class RouteDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** A feature at /users whose members are {@code body}. */
  private static JavaFileObject controller(String body) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;
        import java.util.List;
        import java.util.Optional;

        @Feature(basePath = "/users")
        public class UserController {
          public record User(String id) {}

        %s
        }
        """.formatted(body));
  }

  @Test
  void pathVariableWithoutBinding_isE41() {
    JavaFileObject source = controller("  @Route(path = \"/{userId}\") public User get() { return null; }");
    assertOnlyError(project.compile(source), source, "[E41] path parameter {userId} of '/users/{userId}'"
        + " has no @PathParam(\"userId\") parameter in get()", "path = \"/{userId}\"");
  }

  @Test
  void bindingWithoutPathVariable_isE42WithSuggestion() {
    JavaFileObject source = controller("""
          @Route(path = "/{userId}")
          public User get(@PathParam("userId") String id, @PathParam("user") String other) { return null; }
        """);
    assertOnlyError(project.compile(source), source, "[E42] @PathParam(\"user\") names no path parameter"
        + " of '/users/{userId}' (did you mean 'userId'?)", "@PathParam(\"user\")");
  }

  @Test
  void flaskStylePathVariable_isE43() {
    JavaFileObject source = controller("  @Route(path = \"/<user_id>\") public User get() { return null; }");
    assertOnlyError(project.compile(source), source, "[E43] invalid path '/users/<user_id>': write path"
        + " variables as {user_id}, not <user_id>", "path = \"/<user_id>\"");
  }

  @Test
  void greedyVariableNotLast_isE43() {
    JavaFileObject source = controller("""
          @Route(path = "/{rest+}/x") public User get(@PathParam("rest") String rest) { return null; }
        """);
    assertOnlyError(project.compile(source), source, "[E43] invalid path '/users/{rest+}/x': the greedy"
        + " variable {rest+} must be the last segment", "path = \"/{rest+}/x\"");
  }

  @Test
  void emptySegment_isE43() {
    JavaFileObject source = controller("  @Route(path = \"/a//b\") public void odd() {}");
    assertOnlyError(project.compile(source), source, "[E43] invalid path '/users/a//b': it has an empty"
        + " segment ('//')", "path = \"/a//b\"");
  }

  @Test
  void pathParameterOfRecordType_isE44() {
    JavaFileObject source = controller("""
          @Route(path = "/{userId}") public User get(@PathParam("userId") User id) { return null; }
        """);
    assertOnlyError(project.compile(source), source, "[E44] parameter 'id' of UserController.get(): a path"
        + " parameter must be a String, a primitive or its box, a UUID, an enum, BigDecimal, BigInteger or"
        + " a java.time value", "@PathParam(\"userId\") User id");
  }

  @Test
  void bodyOfAbstractType_isE44() {
    JavaFileObject source = controller("""
          public interface Task {}
          @Route(method = HttpMethod.POST) public void add(@Body Task task) {}
        """);
    assertOnlyError(project.compile(source), source, "[E44] parameter 'task' of UserController.add(): the"
        + " request body cannot be read as Task: Task is abstract; JSON needs a concrete record or"
        + " class", "@Body Task task");
  }

  @Test
  void bodyRecordWithUnsupportedComponent_isE44NamingTheComponent() {
    JavaFileObject source = controller("""
          public record Upload(String name, Thread worker) {}
          @Route(method = HttpMethod.POST) public void add(@Body Upload upload) {}
        """);
    assertOnlyError(project.compile(source), source, "[E44] parameter 'upload' of UserController.add(): the"
        + " request body cannot be read as Upload: Upload.worker: Thread has no JSON form deployless"
        + " knows", "@Body Upload upload");
  }

  @Test
  void returnTypeWithoutGetters_isE45() {
    JavaFileObject source = controller("""
          public static class Secret { private String value; }
          @Route(path = "/secret") public Secret secret() { return new Secret(); }
        """);
    assertOnlyError(project.compile(source), source, "[E45] return type Secret of UserController.secret():"
        + " Secret has no public getters or fields to write as JSON", "public Secret secret()");
  }

  @Test
  void twoBodies_isE46() {
    JavaFileObject source = controller("""
          @Route(method = HttpMethod.POST)
          public void add(@Body User first, @Body User second) {}
        """);
    assertOnlyError(project.compile(source), source, "[E46] UserController.add() has more than one @Body"
        + " parameter", "public void add(");
  }

  @Test
  void parameterWithoutBinding_isE52() {
    JavaFileObject source = controller("  @Route public List<User> list(int limit) { return List.of(); }");
    assertOnlyError(project.compile(source), source, "[E52] parameter 'limit' of UserController.list() has no"
        + " binding: annotate it with @PathParam, @QueryParam, @HeaderParam or @Body, or declare it as"
        + " Context, Request or Caller", "int limit");
  }

  @Test
  void pathVariableBoundByTheWrongName_isE52NamingTheVariable() {
    JavaFileObject source = controller("  @Route(path = \"/notes/{id}\") public User get(String noteId) { return null; }");
    assertOnlyError(project.compile(source), source, "[E52] parameter 'noteId' of UserController.get() has no"
        + " binding, and path '/users/notes/{id}' has the variable {id} that no parameter binds: did you mean"
        + " @PathParam(\"id\")?", "String noteId");
  }

  @Test
  void emptyQueryParameterName_isE110() {
    assertE110("@QueryParam(\"\") String q", "[E110] @QueryParam(\"\") of parameter 'q': the name"
        + " cannot be empty", "@QueryParam(\"\")");
  }

  @Test
  void emptyHeaderParameterName_isE110() {
    assertE110("@HeaderParam(\"\") String h", "[E110] @HeaderParam(\"\") of parameter 'h': the name"
        + " cannot be empty", "@HeaderParam(\"\")");
  }

  @Test
  void headerNameWithLineBreak_isE110() {
    assertE110("@HeaderParam(\"X-A\\r\\nX-B\") String h",
        "[E110] @HeaderParam(\"X-A\\r\\nX-B\") of parameter 'h': a header name has only letters, digits and"
            + " !#$%&'*+-.^_`|~ (an HTTP token), not U+000D", "X-A");
  }

  @Test
  void headerNameWithSpace_isE110() {
    assertE110("@HeaderParam(\"X Tenant\") String h", "[E110] @HeaderParam(\"X Tenant\") of parameter 'h': a"
        + " header name has only letters, digits and !#$%&'*+-.^_`|~ (an HTTP token), not U+0020", "X Tenant");
  }

  @Test
  void queryNameWithControlCharacter_isE110() {
    assertE110("@QueryParam(\"a\\tb\") String q", "[E110] @QueryParam(\"a\\tb\") of parameter 'q': a query"
        + " parameter name cannot contain control characters, such as U+0009", "@QueryParam(");
  }

  /** Expects E110 alone for a route {@code list(parameter)}, on the line containing {@code line}. */
  private void assertE110(String parameter, String message, String line) {
    JavaFileObject source = controller("  @Route public List<User> list(" + parameter + ") { return List.of(); }");
    assertOnlyError(project.compile(source), source, message, line);
  }

  @Test
  void unusualButValidNames_compile() {
    JavaFileObject source = controller("""
          @Route public List<User> list(@QueryParam("filter[name]") Optional<String> q,
              @HeaderParam("X-Request_ID.v2~") Optional<String> h) { return List.of(); }
        """);
    assertThat(project.compile(source)).succeededWithoutWarnings();
  }

  @Test
  void parameterWithTwoBindings_isE53() {
    JavaFileObject source = controller("""
          @Route public List<User> list(@QueryParam("q") @HeaderParam("q") String q) { return List.of(); }
        """);
    assertOnlyError(project.compile(source), source, "[E53] parameter 'q' of UserController.list() has more"
        + " than one binding: @QueryParam, @HeaderParam", "String q");
  }

  @Test
  void defaultThatDoesNotConvert_isE65() {
    JavaFileObject source = controller("""
          @Route public List<User> list(@QueryParam("limit") @DefaultValue("ten") int limit) { return List.of(); }
        """);
    assertOnlyError(project.compile(source), source, "[E65] @DefaultValue(\"ten\") of parameter 'limit' is not"
        + " an integer", "@DefaultValue(\"ten\")");
  }

  @Test
  void defaultOnOptional_isE65() {
    JavaFileObject source = controller("""
          @Route public List<User> list(@QueryParam("q") @DefaultValue("x") Optional<String> q) { return List.of(); }
        """);
    assertOnlyError(project.compile(source), source, "[E65] @DefaultValue(\"x\") of parameter 'q' is not"
        + " allowed on Optional<String>", "@DefaultValue(\"x\")");
  }

  @Test
  void binaryResponseWithoutBinaryMediaTypes_isW02() {
    JavaFileObject source = controller("  @Route(path = \"/avatar\") public byte[] avatar() { return new byte[0]; }");
    Compilation compilation = project.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W02] avatar() returns binary data but"
        + " api.binary_media_types is empty: API Gateway will deliver it as base64 text").inFile(source)
        .onLineContaining("@Route(path = \"/avatar\")");
  }

  @Test
  void binaryResponseWithBinaryMediaTypes_hasNoWarning() {
    project.config("name: app\napi:\n  binary_media_types: [image/png]\n");
    JavaFileObject source = controller("  @Route(path = \"/avatar\") public byte[] avatar() { return new byte[0]; }");
    assertThat(project.compile(source)).succeededWithoutWarnings();
  }
}
