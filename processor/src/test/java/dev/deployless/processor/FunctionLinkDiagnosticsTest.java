package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.deployless.processor.SourceDiagnostics.assertOnlyError;
import static dev.deployless.processor.TestProject.source;

import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule on function links (@Invokes): code, message and line. */
class FunctionLinkDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  /** A feature with a task ({@code generateInvoice}), a queue consumer ({@code fulfil}) and a cron. */
  private static final JavaFileObject INVOICES = source("com.example.InvoiceWorker", """
      package com.example;

      import dev.deployless.annotations.*;
      import dev.deployless.runtime.event.*;

      @Feature(name = "invoices")
      @Resource(name = "orders", sqs = @Sqs(queueName = "orders"))
      public class InvoiceWorker {
        public record InvoiceRequest(String orderId) {}

        @LambdaFunction
        public void generateInvoice(InvoiceRequest request) {}

        @OnQueue(queue = "orders")
        public void fulfil(SqsMessage message) {}

        @Cron(schedule = "rate(1 day)")
        public void sweep() {}
      }
      """);

  private static JavaFileObject checkout(String annotations, String body) {
    return source("com.example.CheckoutController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "checkout", basePath = "/checkout")
        %s
        public class CheckoutController {
        %s
        }
        """.formatted(annotations, body));
  }

  private static final String ROUTE = "  @Route(method = HttpMethod.POST) public void pay() {}";

  @Test
  void linksToATaskAndACronCompile() {
    JavaFileObject source = checkout("@Invokes({\"generateInvoice\", \"sweep\"})", ROUTE);
    assertThat(project.compile(INVOICES, source)).succeededWithoutWarnings();
  }

  @Test
  void unknownFunction_isE98WithDidYouMean() {
    JavaFileObject source = checkout("@Invokes(\"generateInvoce\")", ROUTE);
    assertOnlyError(project.compile(INVOICES, source), source,
        "[E98] @Invokes names no function 'generateInvoce' (did you mean 'generateInvoice'?)", "@Invokes");
  }

  @Test
  void linkToAnHttpFunction_isE120() {
    JavaFileObject source = checkout("", ROUTE + "\n  @Invokes(\"checkout\") @LambdaFunction public void task() {}");
    assertOnlyError(project.compile(INVOICES, source), source,
        "[E120] @Invokes(\"checkout\") links feature 'checkout' (CheckoutController), which answers API Gateway"
            + " events; link a @LambdaFunction (or @Cron) method, or call the API over HTTP", "@Invokes(\"checkout\")");
  }

  @Test
  void linkToATriggeredFunction_isE120() {
    JavaFileObject source = checkout("@Invokes(\"fulfil\")", ROUTE);
    assertOnlyError(project.compile(INVOICES, source), source,
        "[E120] @Invokes(\"fulfil\") links InvoiceWorker.fulfil(), which reads the events of resource 'orders';"
            + " send to its source instead, or link a @LambdaFunction method", "@Invokes");
  }

  @Test
  void featureLinkingItsOwnFunction_isE121() {
    JavaFileObject source = checkout("@Invokes(\"task\")", ROUTE + "\n  @LambdaFunction public void task() {}");
    assertOnlyError(project.compile(source), source,
        "[E121] @Invokes(\"task\") makes CheckoutController.task() link itself; put @Invokes on the methods that"
            + " invoke it", "@Invokes");
  }

  @Test
  void functionsLinkingEachOther_isE121() {
    JavaFileObject first = source("com.example.Ping", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class Ping {
          @Invokes("pong") @LambdaFunction public void ping() {}
        }
        """);
    JavaFileObject second = source("com.example.Pong", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class Pong {
          @Invokes("ping") @LambdaFunction public void pong() {}
        }
        """);
    assertOnlyError(project.compile(first, second), first, "[E121] functions link each other in a cycle"
        + " (PingFunction -> PongFunction -> PingFunction): CloudFormation cannot create functions whose"
        + " permissions name each other; invoke in one direction, or send through a queue", "@Invokes(\"pong\")");
  }

  @Test
  void linkNamedLikeAResource_isE122() {
    JavaFileObject tasks = source("com.example.Tasks", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        public class Tasks {
          @LambdaFunction public void orders() {}
        }
        """);
    JavaFileObject source = checkout("@Resource(name = \"orders\")\n@Invokes(\"orders\")", ROUTE);
    assertOnlyError(project.compile(INVOICES, tasks, source), source,
        "[E122] @Invokes(\"orders\") gives the accessor orders(), which resource 'orders' gives too; rename one",
        "@Invokes(\"orders\")");
  }

  @Test
  void functionLinkedTwice_isE122() {
    JavaFileObject source = checkout("@Invokes(\"generateInvoice\")",
        "  @Invokes(\"generateInvoice\") @Route(method = HttpMethod.POST) public void pay() {}");
    assertOnlyError(project.compile(INVOICES, source), source,
        "[E122] @Invokes names 'generateInvoice' twice for CheckoutController.pay(); keep one",
        "@Invokes(\"generateInvoice\") @Route");
  }

  @Test
  void linkOnAMethodThatIsNoFunction_isE122() {
    JavaFileObject source = checkout("", ROUTE + "\n  @Invokes(\"generateInvoice\") public void helper() {}");
    assertOnlyError(project.compile(INVOICES, source), source,
        "[E122] @Invokes is on CheckoutController.helper(), which is not a function (no @Route, @Cron,"
            + " @LambdaFunction or trigger); put it on the class or on a function's method", "public void helper");
  }

  @Test
  void linkVariableAlsoSetByEnv_isE78() {
    JavaFileObject source = source("com.example.CheckoutController", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature(name = "checkout", env = @Env(name = "GENERATE_INVOICE_FUNCTION", value = "x"))
        @Invokes("generateInvoice")
        public class CheckoutController {
          @Route(method = HttpMethod.POST) public void pay() {}
        }
        """);
    assertOnlyError(project.compile(INVOICES, source), source,
        "[E78] feature 'checkout' (CheckoutController) gets environment variable GENERATE_INVOICE_FUNCTION from"
            + " @Invokes(\"generateInvoice\") and from @Env; give one of them another name", "@Invokes");
  }
}
