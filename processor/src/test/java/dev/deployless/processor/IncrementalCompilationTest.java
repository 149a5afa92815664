package dev.deployless.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compilations that see only some classes, as IDEs and Gradle run them (same output directories,
 * only the changed source given to javac), produce exactly the output of a clean full build: the
 * template, the local server's descriptor, the index and every generated handler, byte for byte.
 */
class IncrementalCompilationTest {
  @TempDir Path incremental;
  @TempDir Path clean;

  /** A project on disk compiled with the real javac: sources, class output, generated sources. */
  private static final class DiskProject {
    final Path root;

    DiskProject(Path root) throws IOException {
      this.root = root;
      Files.writeString(root.resolve("deployless.yaml"), "name: shop\napi:\n  cors:\n    allow_origin: \"*\"\n");
      Files.createDirectories(root.resolve("out"));
      Files.createDirectories(root.resolve("gen"));
    }

    Path source(String simpleName) {
      return root.resolve("src/com/example/" + simpleName + ".java");
    }

    void write(String simpleName, String text) throws IOException {
      Files.createDirectories(source(simpleName).getParent());
      Files.writeString(source(simpleName), text);
    }

    /** Deletes a source and what an IDE deletes with it: its classes and the files generated from it. */
    void delete(String simpleName, String... generated) throws IOException {
      Files.delete(source(simpleName));
      deleteMatching(root.resolve("out/com/example"), simpleName + ".class", simpleName + "$");
      for (String name : generated) {
        deleteMatching(root.resolve("out/com/example"), name + ".class", name + "$");
        Files.deleteIfExists(root.resolve("gen/com/example/" + name + ".java"));
      }
    }

    private static void deleteMatching(Path dir, String exact, String prefix) throws IOException {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.equals(exact) || name.startsWith(prefix)) {
            Files.delete(file);
          }
        }
      }
    }

    /** Compiles {@code simpleNames} only, with the class output on the class path as IDEs do. */
    void compile(String... simpleNames) throws IOException {
      String failure = tryCompile(simpleNames);
      assertTrue(failure == null, failure);
    }

    /** Compiles; returns the diagnostics of a failed compilation, or null. */
    String tryCompile(String... simpleNames) throws IOException {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter diagnostics = new StringWriter();
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
        List<Path> sources = new ArrayList<>();
        for (String name : simpleNames) {
          sources.add(source(name));
        }
        List<String> options = List.of("-d", root.resolve("out").toString(), "-s", root.resolve("gen").toString(),
            "-cp", System.getProperty("java.class.path") + java.io.File.pathSeparator + root.resolve("out"),
            "-Adeployless.config=" + root.resolve("deployless.yaml"), "-implicit:none");
        JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
            files.getJavaFileObjectsFromPaths(sources));
        task.setProcessors(List.of(new DeploylessProcessor(Map.of())));
        return task.call() ? null : diagnostics.toString();
      }
    }

    /** Every output file: template, descriptor, index entries, generated sources and classes. */
    Map<String, String> outputs() throws IOException {
      Map<String, String> outputs = new TreeMap<>();
      outputs.put("template.yaml", Files.readString(root.resolve("template.yaml")));
      for (String dir : List.of("out", "gen")) {
        try (Stream<Path> files = Files.walk(root.resolve(dir))) {
          for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            String name = root.relativize(file).toString();
            byte[] bytes = Files.readAllBytes(file);
            outputs.put(name, name.endsWith(".class") ? Base64.getEncoder().encodeToString(bytes)
                : new String(bytes, StandardCharsets.UTF_8));
          }
        }
      }
      return outputs;
    }
  }

  private static String feature(String simpleName, String annotation, String path) {
    return """
        package com.example;

        import dev.deployless.annotations.*;

        %s
        public class %s {
          public record Item(String id, int quantity) {}

          @Route(path = "%s/{id}")
          public Item get(@PathParam("id") String id) {
            return new Item(id, 1);
          }

          @Route(method = HttpMethod.POST, path = "%s", split = true)
          public Item add%s(@Body Item item) {
            return item;
          }
        }
        """.formatted(annotation, simpleName, path, path, simpleName);
  }

  private DiskProject fullBuild(Path dir, Map<String, String> sources) throws IOException {
    DiskProject project = new DiskProject(dir);
    for (Map.Entry<String, String> source : sources.entrySet()) {
      project.write(source.getKey(), source.getValue());
    }
    project.compile(sources.keySet().toArray(new String[0]));
    return project;
  }

  private static Map<String, String> threeFeatures() {
    Map<String, String> sources = new TreeMap<>();
    sources.put("Apples", feature("Apples", "@Feature", "/apples"));
    sources.put("Bananas", feature("Bananas", "@Feature(memory = 256)", "/bananas"));
    sources.put("Cherries", feature("Cherries", "@Feature", "/cherries"));
    return sources;
  }

  @Test
  void editingOneClassGivesTheFullBuildsOutput() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    String edited = feature("Bananas", "@Feature(memory = 1024, timeout = 20)", "/yellow");
    project.write("Bananas", edited);
    project.compile("Bananas");

    Map<String, String> sources = threeFeatures();
    sources.put("Bananas", edited);
    Map<String, String> expected = fullBuild(clean, sources).outputs();
    assertEquals(expected, project.outputs());
    assertTrue(expected.get("template.yaml").contains("Path: /yellow/{id}"));
  }

  private static Map<String, String> triggersAndLinks(String checkoutPath) {
    Map<String, String> sources = new TreeMap<>();
    sources.put("Workers", """
        package com.example;

        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.*;

        @Feature
        @Resource(name = "orders", sqs = @Sqs(queueName = "orders"))
        @Resource(name = "users", dynamoDb = @DynamoDb(tableName = "users", pk = "id",
            stream = DynamoDb.StreamView.NEW_IMAGE))
        public class Workers {
          public record Task(String id) {}

          @OnQueue(queue = "orders", batchSize = 5) public void fulfil(Task task) {}
          @OnTableChange(table = "users") public void audit(DynamoDbStreamRecord change) {}
          @LambdaFunction public void invoice(Task task) {}
        }
        """);
    sources.put("Checkout", feature("Checkout", "@Feature\n@Invokes(\"invoice\")", checkoutPath));
    return sources;
  }

  @Test
  void triggersAndLinksOfAClassNotRecompiledKeepTheirPlaceInTheTemplate() throws IOException {
    DiskProject project = fullBuild(incremental, triggersAndLinks("/checkout"));
    Map<String, String> edited = triggersAndLinks("/pay");
    project.write("Checkout", edited.get("Checkout"));
    project.compile("Checkout");

    Map<String, String> expected = fullBuild(clean, edited).outputs();
    assertEquals(expected, project.outputs());
    String template = expected.get("template.yaml");
    assertTrue(template.contains("FulfilFunctionEventSourceMapping:") && template.contains("BatchSize: 5")
        && template.contains("AuditFunctionEventSourceMapping:") && template.contains("INVOICE_FUNCTION_ARN"),
        template);
  }

  @Test
  void unwritableIndex_isE72() throws IOException {
    DiskProject project = new DiskProject(incremental);
    project.write("Apples", feature("Apples", "@Feature", "/apples"));
    Files.createDirectories(incremental.resolve("out/META-INF/deployless/index.jsonl/occupied"));
    String failure = project.tryCompile("Apples");
    assertTrue(failure != null && failure.contains("error: [E72] cannot write META-INF/deployless/index.jsonl: "),
        failure);
  }

  @Test
  void addingAClassGivesTheFullBuildsOutput() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    String added = feature("Dates", "@Feature", "/dates");
    project.write("Dates", added);
    project.compile("Dates");

    Map<String, String> sources = threeFeatures();
    sources.put("Dates", added);
    assertEquals(fullBuild(clean, sources).outputs(), project.outputs());
  }

  @Test
  void deletingAClassGivesTheFullBuildsOutput() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    project.delete("Cherries", "CherriesFunction", "AddCherriesFunction");
    project.compile("Apples");

    Map<String, String> sources = threeFeatures();
    sources.remove("Cherries");
    assertEquals(fullBuild(clean, sources).outputs(), project.outputs());
  }

  @Test
  void renamingAClassGivesTheFullBuildsOutput() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    project.delete("Cherries", "CherriesFunction", "AddCherriesFunction");
    String renamed = feature("Plums", "@Feature", "/cherries");
    project.write("Plums", renamed);
    project.compile("Plums");

    Map<String, String> sources = threeFeatures();
    sources.remove("Cherries");
    sources.put("Plums", renamed);
    assertEquals(fullBuild(clean, sources).outputs(), project.outputs());
  }

  @Test
  void aClassThatLostItsFeatureAnnotationLeavesTheTemplate() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    String plain = "package com.example;\n\npublic class Bananas {}\n";
    project.delete("Bananas", "BananasFunction", "AddBananasFunction");
    project.write("Bananas", plain);
    project.compile("Bananas");

    Map<String, String> sources = threeFeatures();
    sources.put("Bananas", plain);
    Map<String, String> expected = fullBuild(clean, sources).outputs();
    assertEquals(expected, project.outputs());
    assertTrue(!expected.get("template.yaml").contains("BananasFunction"));
  }

  /** The shared table, with {@code indexes} (an in-place change, unlike its name or keys). */
  private static String shared(String indexes) {
    return """
        package com.example;

        import dev.deployless.annotations.*;

        @Resource(name = "store", dynamoDb = @DynamoDb(tableName = "store", gsi = {%s}))
        public class Shared {}
        """.formatted(indexes);
  }

  /** Apples uses the shared table through its generated accessors. */
  private static Map<String, String> featuresWithSharedResource(String indexes) {
    Map<String, String> sources = threeFeatures();
    sources.put("Shared", shared(indexes));
    sources.put("Apples", """
        package com.example;

        import dev.deployless.annotations.*;

        @Feature
        @Resource(name = "store", access = Access.READ)
        public class Apples {
          private final ApplesResources resources;

          public Apples(ApplesResources resources) {
            this.resources = resources;
          }

          @Route(path = "/apples")
          public String table() {
            return resources.store().name();
          }
        }
        """);
    return sources;
  }

  @Test
  void editingASharedResourceRegeneratesTheAccessorsOfItsFeatures() throws IOException {
    String index = "@DynamoDb.Gsi(name = \"ByOwner\", pk = \"owner\")";
    DiskProject project = fullBuild(incremental, featuresWithSharedResource(""));
    project.write("Shared", shared(index));
    project.compile("Shared");

    Map<String, String> expected = fullBuild(clean, featuresWithSharedResource(index)).outputs();
    assertEquals(expected, project.outputs());
    assertTrue(expected.get("gen/com/example/ApplesResources.java").contains("{@code ByOwner} on {@code owner}"));
  }

  @Test
  void editingAFeatureThatLinksASharedResourceKeepsItsAccessors() throws IOException {
    DiskProject project = fullBuild(incremental, featuresWithSharedResource(""));
    Map<String, String> sources = featuresWithSharedResource("");
    String edited = sources.get("Apples").replace("@Feature", "@Feature(memory = 1024)");
    project.write("Apples", edited);
    project.compile("Apples");

    sources.put("Apples", edited);
    Map<String, String> expected = fullBuild(clean, sources).outputs();
    assertEquals(expected, project.outputs());
    assertTrue(expected.get("template.yaml").contains("STORE_TABLE"));
  }

  @Test
  void aTemplateEditedByHandIsMergedNotOverwritten() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    Path template = project.root.resolve("template.yaml");
    Files.writeString(template, Files.readString(template).replace("Resources:\n",
        "Resources:\n  Audit:\n    Type: AWS::SQS::Queue\n"));
    project.write("Bananas", feature("Bananas", "@Feature(memory = 2048)", "/bananas"));
    project.compile("Bananas");
    String merged = Files.readString(template);
    assertTrue(merged.contains("  Audit:\n    Type: AWS::SQS::Queue\n"), merged);
    assertTrue(merged.contains("MemorySize: 2048"), merged);
  }

  @Test
  void renamingASharedTableInOneFileIsW01() throws IOException {
    DiskProject project = fullBuild(incremental, featuresWithSharedResource(""));
    String before = Files.readString(project.root.resolve("template.yaml"));
    project.write("Shared", shared("").replace("tableName = \"store\"", "tableName = \"depot\""));
    String failure = project.tryCompile("Shared");
    assertTrue(failure != null && failure.contains("[W01] resource 'store' (AWS::DynamoDB::Table) would be"
        + " replaced: logical ID StoreTable -> DepotTable, TableName store -> depot"), failure);
    assertEquals(before, Files.readString(project.root.resolve("template.yaml")));
  }

  @Test
  void rebuildingWithoutChangesRewritesNothing() throws IOException {
    DiskProject project = fullBuild(incremental, threeFeatures());
    Path template = project.root.resolve("template.yaml");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(template, before);
    project.compile("Apples", "Bananas", "Cherries");
    assertEquals(before, Files.getLastModifiedTime(template));
  }

  @Test
  void droppingApiKeysFromTheYamlStopsTheBuildForAClassNotRecompiled() throws IOException {
    DiskProject project = new DiskProject(incremental);
    Path yaml = project.root.resolve("deployless.yaml");
    Files.writeString(yaml, "name: shop\napi:\n  api_keys: true\n");
    project.write("Apples", feature("Apples", "@Feature", "/apples")
        .replace("@Route(path = \"/apples/{id}\")", "@Route(path = \"/apples/{id}\", auth = Auth.API_KEY)"));
    project.write("Bananas", feature("Bananas", "@Feature", "/bananas"));
    project.compile("Apples", "Bananas");
    Path template = project.root.resolve("template.yaml");
    String before = Files.readString(template);
    assertTrue(before.contains("ApiKeyRequired: true"), before);

    // The yaml no longer has keys; the IDE recompiles only the class edited, not Apples.
    Files.writeString(yaml, "name: shop\n");
    String failure = project.tryCompile("Bananas");
    assertTrue(failure != null && failure.contains("[E101] route GET /apples/{id} of com.example.Apples has auth ="
        + " Auth.API_KEY, which asks for an API key, but deployless.yaml no longer sets api.api_keys; add"
        + " api_keys, or change that auth and recompile the class"), failure);
    assertEquals(before, Files.readString(template), "the route must not become public");
  }

  @Test
  void removingAHookFunctionStopsTheBuildForTheDeploymentNotRecompiled() throws IOException {
    DiskProject project = new DiskProject(incremental);
    project.write("Apples", feature("Apples", "@Feature(deployment = @Deployment(type ="
        + " DeploymentType.Canary10Percent5Minutes, preTraffic = \"check\"))", "/apples"));
    project.write("Checks", """
        package com.example;

        import dev.deployless.annotations.*;
        import java.util.Map;

        @Feature
        public class Checks {
          @LambdaFunction
          public void check(Map<String, Object> event) {}
        }
        """);
    project.write("Bananas", feature("Bananas", "@Feature", "/bananas"));
    project.compile("Apples", "Checks", "Bananas");
    Path template = project.root.resolve("template.yaml");
    String before = Files.readString(template);
    assertTrue(before.contains("PreTraffic:"), before);

    project.delete("Checks", "CheckFunction", "ChecksResources");
    String failure = project.tryCompile("Bananas");
    assertTrue(failure != null && failure.contains("[E108] com.example.Apples deploys with @Deployment preTraffic"
        + " 'check', which is no longer a @LambdaFunction of the application; name an existing one, or"
        + " recompile that class"), failure);
    assertEquals(before, Files.readString(template));
  }

  @Test
  void removingTheQueueOfATriggerStopsTheBuildForTheConsumerNotRecompiled() throws IOException {
    DiskProject project = new DiskProject(incremental);
    project.write("Queues", """
        package com.example;

        import dev.deployless.annotations.*;

        @Resource(name = "orders", sqs = @Sqs(queueName = "orders"))
        public class Queues {}
        """);
    project.write("Workers", """
        package com.example;

        import dev.deployless.annotations.*;
        import dev.deployless.runtime.event.SqsMessage;

        @Feature
        public class Workers {
          @OnQueue(queue = "orders")
          public void work(SqsMessage message) {}
        }
        """);
    project.compile("Queues", "Workers");
    Path template = project.root.resolve("template.yaml");
    String before = Files.readString(template);

    // The queue is deleted from Queues; Workers does not depend on Queues in Java and is not recompiled.
    project.write("Queues", "package com.example;\n\npublic class Queues {}\n");
    String failure = project.tryCompile("Queues");
    assertTrue(failure != null && failure.contains("[E91] WorkFunction of com.example.Workers, compiled earlier,"
        + " names 'orders', which is no longer an SQS queue of the application; declare it again, or recompile"
        + " that class"), failure);
    assertEquals(before, Files.readString(template));
  }
}
