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

/**
 * One test per rule on @Feature, @Cron and @LambdaFunction settings and signatures: each asserts the
 * code, the message and the line the error is pinned to.
 */
class FeatureDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** A controller with {@code annotation} on the class and {@code body} as members. */
  private static JavaFileObject controller(String annotation, String body) {
    return source("com.example.UserController", """
        package com.example;

        import com.amazonaws.services.lambda.runtime.Context;
        import dev.deployless.annotations.*;
        import java.util.Map;

        %s
        public class UserController {
        %s
        }
        """.formatted(annotation, body));
  }

  private static final String ROUTE = "  @Route public String hello() { return \"hello\"; }";

  @Test
  void featureMemoryOutOfRange_isE05() {
    JavaFileObject source = controller("@Feature(memory = 64)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E05] memory must be 128-10240 MB, got 64", "memory = 64");
  }

  @Test
  void splitRouteMemoryOutOfRange_isE05() {
    JavaFileObject source = controller("@Feature", "  @Route(path = \"/big\", memory = 20000) public void big() {}");
    assertOnlyError(project.compile(source), source, "[E05] memory must be 128-10240 MB, got 20000",
        "memory = 20000");
  }

  @Test
  void featureTimeoutOutOfRange_isE06() {
    JavaFileObject source = controller("@Feature(timeout = 901)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E06] timeout must be 1-900 seconds, got 901",
        "timeout = 901");
  }

  @Test
  void featureWithoutMethods_isE07() {
    JavaFileObject source = controller("@Feature(name = \"empty\")", "");
    assertOnlyError(project.compile(source), source,
        "[E07] feature 'empty' has no @Route, @Cron or @LambdaFunction method", "@Feature");
  }

  @Test
  void rateWithPluralForOne_isE08() {
    JavaFileObject source = controller("@Feature", ROUTE + "\n  @Cron(schedule = \"rate(1 hours)\") public void tick() {}");
    assertOnlyError(project.compile(source), source,
        "[E08] invalid schedule 'rate(1 hours)': a rate of 1 takes a singular unit: rate(1 hour)",
        "rate(1 hours)");
  }

  @Test
  void cronWithBothDayFields_isE08() {
    JavaFileObject source = controller("@Feature", ROUTE + "\n  @Cron(schedule = \"cron(0 9 * * MON *)\") public void tick() {}");
    assertOnlyError(project.compile(source), source,
        "[E08] invalid schedule 'cron(0 9 * * MON *)': exactly one of day-of-month and day-of-week"
            + " must be '?'", "cron(0 9");
  }

  @Test
  void cronWithFiveFields_isE08() {
    JavaFileObject source = controller("@Feature", ROUTE + "\n  @Cron(schedule = \"cron(0 9 * * ?)\") public void tick() {}");
    assertOnlyError(project.compile(source), source,
        "[E08] invalid schedule 'cron(0 9 * * ?)': a cron expression has 6 fields", "cron(0 9");
  }

  @Test
  void cronMemoryOutOfRange_isE09() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Cron(schedule = \"rate(5 minutes)\", memory = 100) public void tick() {}");
    assertOnlyError(project.compile(source), source, "[E09] memory must be 128-10240 MB, got 100",
        "memory = 100");
  }

  @Test
  void cronTimeoutOutOfRange_isE10() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Cron(schedule = \"rate(5 minutes)\", timeout = 0) public void tick() {}");
    assertOnlyError(project.compile(source), source, "[E10] timeout must be 1-900 seconds, got 0",
        "timeout = 0");
  }

  @Test
  void ephemeralStorageOutOfRange_isE19() {
    JavaFileObject source = controller("@Feature(ephemeralStorage = 256)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E19] ephemeralStorage must be 512-10240 MB, got 256",
        "ephemeralStorage = 256");
  }

  @Test
  void negativeReservedConcurrency_isE20() {
    JavaFileObject source = controller("@Feature(reservedConcurrency = -2)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E20] reservedConcurrency must be >= 0, got -2",
        "reservedConcurrency = -2");
  }

  @Test
  void zeroProvisionedConcurrency_isE21() {
    JavaFileObject source = controller("@Feature(provisionedConcurrency = 0)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E21] provisionedConcurrency must be >= 1, got 0",
        "provisionedConcurrency = 0");
  }

  @Test
  void featureLogRetentionNotCloudWatchValue_isE22() {
    JavaFileObject source = controller("@Feature(logRetention = 15)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E22] logRetention must be one of [1, 3, 5, 7, 14,",
        "logRetention = 15");
  }

  @Test
  void lambdaMemoryOutOfRange_isE25() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @LambdaFunction(memory = 100000) public void process(Map<String, Object> event) {}");
    assertOnlyError(project.compile(source), source, "[E25] memory must be 128-10240 MB, got 100000",
        "memory = 100000");
  }

  @Test
  void lambdaTimeoutOutOfRange_isE26() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @LambdaFunction(timeout = 1000) public void process(Map<String, Object> event) {}");
    assertOnlyError(project.compile(source), source, "[E26] timeout must be 1-900 seconds, got 1000",
        "timeout = 1000");
  }

  @Test
  void privateRouteMethod_isE40() {
    JavaFileObject source = controller("@Feature", "  @Route String hello() { return \"\"; }");
    assertOnlyError(project.compile(source), source,
        "[E40] @Route method UserController.hello() must be public", "@Route String hello()");
  }

  @Test
  void packagePrivateRouteMethod_isE40OnTheMethodNotTheAnnotation() {
    JavaFileObject source = controller("@Feature", "  @Route\n  String hello() { return \"\"; }");
    assertOnlyError(project.compile(source), source,
        "[E40] @Route method UserController.hello() must be public", "String hello()");
  }

  /**
   * A feature declaring the resource {@code users}, whose constructor takes its {@code UserResources}
   * and whose route {@code hello()} (with {@code modifiers}) uses it.
   */
  private static JavaFileObject injectingResources(String featureAnnotation, String modifiers) {
    return source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        %s
        @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "users", pk = "id"))
        public class UserController {
          private final UserResources resources;

          public UserController(UserResources resources) {
            this.resources = resources;
          }

          @Route
          %sString hello() {
            return resources.users().name();
          }
        }
        """.formatted(featureAnnotation, modifiers));
  }

  @Test
  void oneInvalidAttributeOfAFeatureWithResources_isExactlyOneError() {
    JavaFileObject source = injectingResources("@Feature(memory = 64)", "public ");
    assertOnlyError(project.compile(source), source, "[E05] memory must be 128-10240 MB, got 64", "memory = 64");
  }

  @Test
  void typoInDeploylessYamlWithAFeatureInjectingResources_isExactlyOneError() {
    project.config("name: app\nglobals:\n  memroy: 512\n");
    JavaFileObject source = injectingResources("@Feature", "public ");
    Compilation compilation = project.compile(source);
    assertThat(compilation).hadErrorContaining("[E56] " + project.configFile() + ":3:3: unknown key"
        + " 'globals.memroy' (did you mean 'memory'?)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void featureThatCannotBeReadWithValidResources_isExactlyOneError() {
    JavaFileObject source = injectingResources("@Feature", "");
    assertOnlyError(project.compile(source), source, "[E40] @Route method UserController.hello() must be public",
        "String hello()");
  }

  @Test
  void routeClashingWithAnotherFeatureInAFeatureWithResources_isExactlyOneError() {
    JavaFileObject other = source("com.example.GreetingController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class GreetingController {
          @Route public String greet() { return "hi"; }
        }
        """);
    JavaFileObject source = injectingResources("@Feature", "public ");
    Compilation compilation = project.compile(other, source);
    assertThat(compilation).hadErrorContaining("[E33] duplicate route GET /");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void staticCronMethod_isE40() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Cron(schedule = \"rate(5 minutes)\") public static void tick() {}");
    assertOnlyError(project.compile(source), source, "[E40] @Cron method UserController.tick() must be"
        + " an instance method, not static (the handler calls it on the controller)", "static void tick");
  }

  @Test
  void abstractController_isE48() {
    JavaFileObject source = source("com.example.UserController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public abstract class UserController {
          @Route public String hello() { return "hello"; }
        }
        """);
    assertOnlyError(project.compile(source), source,
        "[E48] @Feature class com.example.UserController cannot be instantiated by its handler: it is"
            + " abstract", "@Feature");
  }

  @Test
  void controllerWithoutNoArgConstructor_isE48() {
    JavaFileObject source = controller("@Feature", ROUTE + "\n  public UserController(String name) {}");
    assertOnlyError(project.compile(source), source,
        "[E48] @Feature class com.example.UserController cannot be instantiated by its handler: it has"
            + " no constructor without parameters", "@Feature");
  }

  @Test
  void cronWithTwoEvents_isE49() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Cron(schedule = \"rate(5 minutes)\") public void tick(String a, String b) {}");
    assertOnlyError(project.compile(source), source, "[E49] @Cron method UserController.tick(): parameter"
        + " 'b' is a second event; the method may take the event, the Context, or both", "String b");
  }

  @Test
  void lambdaWithUnreadableEvent_isE50() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @LambdaFunction public void process(Thread event) {}");
    assertOnlyError(project.compile(source), source, "[E50] @LambdaFunction method UserController.process():"
        + " the event parameter 'event' cannot be read from JSON: Thread has no JSON form deployless"
        + " knows", "Thread event");
  }

  @Test
  void featureNameWithSpace_isE61() {
    JavaFileObject source = controller("@Feature(name = \"user profile\")", ROUTE);
    assertOnlyError(project.compile(source), source, "[E61] feature name 'user profile' must start with a"
        + " letter and contain only letters, digits, '-' and '_'", "name = \"user profile\"");
  }

  @Test
  void cronInputNotJson_isE62() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Cron(schedule = \"rate(5 minutes)\", input = \"{task: 1}\") public void tick() {}");
    assertOnlyError(project.compile(source), source, "[E62] @Cron input is not valid JSON: malformed JSON"
        + " at line 1, column 2 ($): expected a property name", "input =");
  }

  @Test
  void layerNotAnArn_isE63() {
    JavaFileObject source = controller("@Feature(layers = \"my-layer\")", ROUTE);
    assertOnlyError(project.compile(source), source, "[E63] layer 'my-layer' is not a Lambda layer version"
        + " ARN", "layers =");
  }

  @Test
  void reservedVariableInEnv_isE66OnTheName() {
    JavaFileObject source = controller("@Feature(env = {\n    @Env(name = \"OK\", value = \"1\"),\n"
        + "    @Env(name = \"_HANDLER\", value = \"x\")})", ROUTE);
    assertOnlyError(project.compile(source), source,
        "[E66] environment variable '_HANDLER' is reserved by AWS Lambda", "name = \"_HANDLER\"");
  }

  @Test
  void variableSetTwice_isE66() {
    JavaFileObject source = controller("@Feature(env = {\n    @Env(name = \"MODE\", value = \"a\"),\n"
        + "    @Env(name = \"MODE\", value = \"b\")})", ROUTE);
    assertOnlyError(project.compile(source), source,
        "[E66] environment variable 'MODE' is set twice", "value = \"b\"");
  }

  @Test
  void descriptionTooLong_isE67() {
    JavaFileObject source = controller("@Feature(description = \"" + "x".repeat(257) + "\")", ROUTE);
    assertOnlyError(project.compile(source), source,
        "[E67] description has 257 characters; Lambda allows at most 256", "description =");
  }

  @Test
  void handlerNameTakenBySource_isE68() {
    JavaFileObject source = controller("@Feature", ROUTE);
    JavaFileObject clash = source("com.example.UserFunction", """
        package com.example;

        public class UserFunction {}
        """);
    Compilation compilation = project.compile(source, clash);
    assertThat(compilation).hadErrorContaining("[E68] cannot generate com.example.UserFunction: a class of"
        + " that name is declared in the sources; rename it or the function").inFile(source)
        .onLineContaining("@Feature");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodWithRouteAndCron_isE71() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Route(path = \"/tick\") @Cron(schedule = \"rate(5 minutes)\") public void tick() {}");
    assertOnlyError(project.compile(source), source, "[E71] UserController.tick() has more than one of"
        + " @Route, @Cron and @LambdaFunction; a method is one kind of function", "public void tick()");
  }

  @Test
  void provisionedAboveReserved_isE74() {
    JavaFileObject source = controller("@Feature(reservedConcurrency = 2, provisionedConcurrency = 5)", ROUTE);
    assertOnlyError(project.compile(source), source, "[E74] provisionedConcurrency (5) cannot exceed"
        + " reservedConcurrency (2): Lambda rejects the deployment", "provisionedConcurrency = 5");
  }

  @Test
  void splitRouteTimeoutAboveApiGateways_isW04() {
    JavaFileObject source = controller("@Feature", ROUTE
        + "\n  @Route(path = \"/export\", timeout = 120) public void export() {}");
    Compilation compilation = project.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W04] ExportFunction has a timeout of 120 seconds but API"
        + " Gateway answers 504 after 29 seconds (the function keeps running); split long work into a"
        + " @LambdaFunction or lower the timeout").inFile(source).onLineContaining("timeout = 120");
  }

  @Test
  void featureTimeoutAboveApiGateways_isW04OnTheFeature() {
    JavaFileObject source = controller("@Feature(timeout = 60)", ROUTE);
    Compilation compilation = project.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W04] UserFunction has a timeout of 60 seconds")
        .inFile(source).onLineContaining("timeout = 60");
  }

  @Test
  void deadLetterQueueOnHttpOnlyFeature_isW05() {
    JavaFileObject source = controller("@Feature(dlq = true)", ROUTE);
    Compilation compilation = project.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[W05] dlq has no effect on feature 'user': API Gateway"
        + " invokes it synchronously").inFile(source).onLineContaining("dlq = true");
  }

  @Test
  void awsEventTypesAreDeserializedByTheRuntime() {
    JavaFileObject source = controller("@Feature", ROUTE + """

          @LambdaFunction
          public void consume(com.amazonaws.services.lambda.runtime.events.SQSEvent event, Context context) {}
        """);
    assertThat(project.compile(source)).succeededWithoutWarnings();
  }
}
