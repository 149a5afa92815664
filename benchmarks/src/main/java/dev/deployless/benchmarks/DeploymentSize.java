package dev.deployless.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the runtime adds to a function's deployment package: the runtime jar and its transitive
 * dependencies, without aws-lambda-java-core (which every Java function has). Fails above the
 * 300 KB budget.
 *
 * <p>Arguments: the class path file of a project using only the runtime (written by {@code run.sh}).
 */
public final class DeploymentSize {
  private static final long BUDGET = 300 * 1024;

  private DeploymentSize() {}

  public static void main(String[] args) throws Exception {
    List<String> classpath = Arrays.asList(Files.readString(Path.of(args[0])).trim().split(File.pathSeparator));
    long total = 0;
    System.out.println("Runtime deployment size (runtime jar + its dependencies, without aws-lambda-java-core):");
    for (String entry : classpath) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("aws-lambda-java-core-") || !name.endsWith(".jar")) {
        continue;
      }
      long size = Files.size(Path.of(entry));
      total += size;
      System.out.printf("  %-45s %,8d bytes%n", name, size);
    }
    System.out.printf("  %-45s %,8d bytes (%.1f KB, budget %d KB)%n", "total", total, total / 1024.0,
        BUDGET / 1024);
    if (total > BUDGET) {
      System.err.println("over budget");
      System.exit(1);
    }
  }
}
