package dev.deployless.benchmarks;

import dev.deployless.processor.DeploylessProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor costs a build: synthetic applications of 10 and 30 features (ten routes
 * each, with path, query and body parameters and record results, and one DynamoDB table each, whose
 * accessor class is generated; the controllers do not inject it, so that javac alone compiles them)
 * compiled with javac in this JVM with and without the processor, and a single edited feature
 * recompiled into the same output the way an IDE does. A third compile, of the controllers together
 * with the sources the processor generated but without the processor, splits the overhead into
 * compiling the generated code and the processing itself. Medians of several runs after a warm-up,
 * as in a build daemon. Thirty such features are about the most one CloudFormation stack takes (500
 * resources once SAM has expanded functions into roles and permissions): a larger application is
 * error E113 and is split into several stacks, each compiled on its own, so larger sizes measure a
 * compile that stops before javac generates classes.
 *
 * <p>Arguments: sizes (default {@code 10,30}) and runs per measurement (default 3).
 */
public final class CompileSpeed {
  private CompileSpeed() {}

  public static void main(String[] args) throws Exception {
    String[] sizes = (args.length > 0 ? args[0] : "10,30").split(",");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createTempDirectory("deployless-compile");
    try {
      System.out.printf("javac in one JVM, median of %d runs after a warm-up:%n%n", runs);
      System.out.println("| features | javac | javac + deployless | overhead | controllers + generated"
          + " sources, no processor | one file recompiled |");
      System.out.println("|---|---|---|---|---|---|");
      for (String size : sizes) {
        int features = Integer.parseInt(size.trim());
        Path project = work.resolve("app" + features);
        List<Path> sources = generate(project, features);
        compile(project, sources, false);
        compile(project, sources, true);
        List<Path> withGenerated = new ArrayList<>(sources);
        try (Stream<Path> files = Files.walk(project.resolve("gen"))) {
          files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(withGenerated::add);
        }
        compile(project, withGenerated, false);
        List<Double> plain = new ArrayList<>();
        List<Double> processed = new ArrayList<>();
        List<Double> generated = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
          plain.add(compile(project, sources, false));
          processed.add(compile(project, sources, true));
          generated.add(javac(project, withGenerated, cleaned(project.resolve("plain")), false));
        }
        List<Double> single = new ArrayList<>();
        Path edited = sources.get(sources.size() / 2);
        for (int run = 0; run < runs + 2; run++) {
          Files.writeString(edited, Files.readString(edited).replace("memory = ", "memory = 1"));
          single.add(recompile(project, edited));
          Files.writeString(edited, Files.readString(edited).replace("memory = 1", "memory = "));
        }
        double withoutProcessor = ColdStart.median(plain);
        double withProcessor = ColdStart.median(processed);
        System.out.printf("| %,d | %.2f s | %.2f s | %+.0f%% | %.2f s | %.0f ms |%n", features,
            withoutProcessor / 1000, withProcessor / 1000, (withProcessor / withoutProcessor - 1) * 100,
            ColdStart.median(generated) / 1000, ColdStart.median(single));
      }
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** Writes deployless.yaml and {@code count} features; returns the sources. */
  static List<Path> generate(Path project, int count) throws IOException {
    Files.createDirectories(project.resolve("src/com/example/app"));
    Files.writeString(project.resolve("deployless.yaml"), "name: synthetic\n");
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "Feature" + i;
      StringBuilder routes = new StringBuilder();
      for (int r = 0; r < 10; r++) {
        String path = "/r" + r;
        switch (r % 3) {
          case 0 -> routes.append("""
                @Route(path = "%s/{id}")
                public Item get%d(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("10") int limit) {
                  return new Item(id, limit, List.of("a"));
                }
              """.formatted(path, r));
          case 1 -> routes.append("""
                @Route(method = HttpMethod.POST, path = "%s")
                public Response<Item> create%d(@Body NewItem item) {
                  return Response.created(new Item("x", item.quantity(), item.tags()));
                }
              """.formatted(path, r));
          default -> routes.append("""
                @Route(method = HttpMethod.DELETE, path = "%s/{id}")
                public void delete%d(@PathParam("id") String id, @HeaderParam("X-Tenant") Optional<String> tenant) {}
              """.formatted(path, r));
        }
      }
      Path source = project.resolve("src/com/example/app/" + name + ".java");
      Files.writeString(source, """
          package com.example.app;

          import dev.deployless.annotations.*;
          import dev.deployless.runtime.Response;
          import java.util.List;
          import java.util.Optional;

          @Feature(basePath = "/f%d", memory = 512)
          @Resource(name = "items%d", dynamoDb = @DynamoDb(tableName = "items-%d", pk = "id"))
          public class %s {
            public record Item(String id, int quantity, List<String> tags) {}
            public record NewItem(int quantity, List<String> tags) {}

          %s}
          """.formatted(i, i, i, name, routes));
      sources.add(source);
    }
    return sources;
  }

  /** A clean compile of every source; milliseconds. */
  static double compile(Path project, List<Path> sources, boolean processor) throws IOException {
    Path out = cleaned(project.resolve(processor ? "out" : "plain"));
    if (processor) {
      clean(project.resolve("gen"));
    }
    return javac(project, sources, out, processor);
  }

  private static Path cleaned(Path dir) throws IOException {
    clean(dir);
    return dir;
  }

  /** Recompiles one source into the existing output, the class output on the class path; ms. */
  static double recompile(Path project, Path source) throws IOException {
    return javac(project, List.of(source), project.resolve("out"), true);
  }

  private static double javac(Path project, List<Path> sources, Path out, boolean processor) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", project.resolve("gen").toString(),
          "-cp", System.getProperty("java.class.path") + File.pathSeparator + out, "-implicit:none",
          "-Adeployless.config=" + project.resolve("deployless.yaml")));
      if (!processor) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      List<Processor> processors = processor ? List.of(new DeploylessProcessor(Map.of())) : List.of();
      task.setProcessors(processors);
      if (!task.call()) {
        throw new IllegalStateException(diagnostics.toString());
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static void clean(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(dir);
  }
}
