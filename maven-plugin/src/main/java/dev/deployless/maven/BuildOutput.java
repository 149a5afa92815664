package dev.deployless.maven;

import dev.deployless.processor.index.FeatureIndex;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.runtime.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * What the last compile produced, read from the class output: the application the processor
 * indexed (its features and shared resources, read back with the processor's own index reader),
 * and the stage the template and the local server's descriptor were made for.
 */
final class BuildOutput {
  private static final String DESCRIPTOR = "META-INF/deployless/app.json";

  private final Path classes;

  BuildOutput(Path classes) {
    this.classes = classes;
  }

  /** The application of the last compile, with {@code project}'s settings; an error when there was none. */
  Application application(Project project) throws MojoExecutionException {
    Path index = classes.resolve(FeatureIndex.PATH);
    if (!Files.isRegularFile(index)) {
      throw new MojoExecutionException("nothing compiled with deployless in " + classes
          + ": run mvn package (or mvn compile) first");
    }
    List<FeatureClass> features = new ArrayList<>();
    List<SharedResources> shared = new ArrayList<>();
    for (String entry : FeatureIndex.entries(read(index))) {
      FeatureIndex.read(entry).ifPresent(read -> {
        if (read.feature() != null) {
          features.add(read.feature());
        } else {
          shared.add(read.shared());
        }
      });
    }
    return new Application(project, features, shared);
  }

  /** The stage of the last template written, from the local server's descriptor; empty if none. */
  Optional<String> builtStage() throws MojoExecutionException {
    Path descriptor = classes.resolve(DESCRIPTOR);
    if (!Files.isRegularFile(descriptor)) {
      return Optional.empty();
    }
    JsonReader json = JsonReader.of(read(descriptor));
    json.beginObject();
    while (json.hasNext()) {
      if (json.nextName().equals("stage")) {
        return Optional.of(json.nextString());
      }
      json.skipValue();
    }
    return Optional.empty();
  }

  private static String read(Path file) throws MojoExecutionException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + file + ": " + e, e);
    }
  }
}
