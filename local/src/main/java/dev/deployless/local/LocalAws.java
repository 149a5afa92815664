package dev.deployless.local;

import dev.deployless.local.aws.AwsMode;
import dev.deployless.local.aws.Emulator;
import dev.deployless.local.aws.EnvFile;
import dev.deployless.local.aws.Provisioning;
import dev.deployless.local.aws.SdkSettings;
import dev.deployless.local.aws.Template;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's AWS side under the local server: the emulator (or none), the template's
 * resources created in it, the variables each function gets, and the SDK settings of the JVM. It
 * outlives hot reloads: a new version of the application finds the same emulator and data, and a
 * changed {@code template.yaml} creates the resources it adds.
 */
final class LocalAws implements AutoCloseable {
  private final Emulator emulator;
  private final Path templateFile;
  private final Path config;
  private final Path envFile;
  private final String stack;
  private final SdkSettings settings;
  private Template template;
  private long templateModified;
  private Provisioning provisioning;

  private LocalAws(Emulator emulator, Path templateFile, Path config, Path envFile, String stack,
      SdkSettings settings) {
    this.emulator = emulator;
    this.templateFile = templateFile;
    this.config = config;
    this.envFile = envFile;
    this.stack = stack;
    this.settings = settings;
  }

  /**
   * The AWS side of {@code mode}: for {@code none}, only the template (if found, for schedule
   * inputs); otherwise the emulator started or reached, the SDK's settings applied and the
   * resources created, reporting on {@code out}.
   *
   * @param lambdaEndpoint the local server's own URL, for the SDK's Lambda client
   */
  static LocalAws start(AwsMode mode, String region, Path templateFile, Path envFile, String stack,
      String lambdaEndpoint, PrintStream out) throws IOException {
    Path config = templateFile == null ? null : templateFile.resolveSibling("deployless.yaml");
    if (mode.kind() == AwsMode.Kind.NONE) {
      LocalAws none = new LocalAws(null, templateFile, config, envFile, stack, null);
      none.readTemplate();
      return none;
    }
    Emulator emulator = Emulator.start(mode, region);
    SdkSettings settings = SdkSettings.apply(emulator, lambdaEndpoint);
    LocalAws aws = new LocalAws(emulator, templateFile, config, envFile, stack, settings);
    try {
      aws.refresh(out);
    } catch (IOException | RuntimeException e) {
      aws.close();
      throw e;
    }
    return aws;
  }

  /** The emulator, or null in mode {@code none}. */
  Emulator emulator() {
    return emulator;
  }

  /** The template read, or null when there is none. */
  Template template() {
    return template;
  }

  Path templateFile() {
    return templateFile;
  }

  /**
   * Reads the template again if it changed since it was last read and creates what it adds; reports
   * on {@code out}. Answers whether it read it.
   */
  boolean refresh(PrintStream out) throws IOException {
    if (!readTemplate()) {
      return false;
    }
    if (emulator != null && template != null) {
      Map<String, String> secrets = envFile != null ? EnvFile.read(envFile)
          : config != null ? EnvFile.ofProject(config) : Map.of();
      provisioning = Provisioning.run(emulator, template, secrets, stack);
      out.println("Resources of " + templateFile + ":");
      provisioning.report().forEach(out::println);
    }
    return true;
  }

  private boolean readTemplate() throws IOException {
    if (templateFile == null || !Files.isRegularFile(templateFile)) {
      return false;
    }
    long modified = Files.getLastModifiedTime(templateFile).toMillis();
    if (template != null && modified == templateModified) {
      return false;
    }
    template = Template.read(templateFile);
    templateModified = modified;
    return true;
  }

  /**
   * The variables {@code function} runs with: those of the descriptor, those of the template
   * resolved against the emulator, and those Lambda sets ({@code AWS_REGION}, ...).
   */
  Map<String, String> variables(LocalFunction function) {
    Map<String, String> variables = new LinkedHashMap<>(function.environment);
    variables.put("AWS_LAMBDA_FUNCTION_NAME", function.name);
    variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memory));
    variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    if (emulator != null) {
      if (provisioning != null) {
        variables.putAll(provisioning.variables(function.name));
      }
      variables.put("AWS_REGION", emulator.region());
      variables.put("AWS_DEFAULT_REGION", emulator.region());
      variables.put("AWS_ENDPOINT_URL", emulator.endpoint().toString());
    }
    return variables;
  }

  /**
   * The event a schedule of {@code function} sends: the template's {@code Input} for that
   * expression, else EventBridge's scheduled event.
   */
  String scheduleInput(String function, String expression) {
    if (template == null) {
      return null;
    }
    for (Template.Event event : template.events()) {
      if (event.function().equals(function) && "Schedule".equals(event.type())
          && expression.equals(event.properties().get("Schedule"))) {
        Object input = event.properties().get("Input");
        return input == null ? null : input.toString();
      }
    }
    return null;
  }

  /**
   * The event sources of the template (SQS queues, DynamoDB streams) that feed functions of
   * {@code app}; none without an emulator.
   */
  List<EventSource> eventSources(java.util.function.Supplier<LocalApp> app, RequestLog log) {
    if (emulator == null || template == null || provisioning == null) {
      return List.of();
    }
    return EventSource.of(template, value -> provisioning.text(value, "event source"),
        provisioning.created(), emulator.client(), app, log);
  }

  /** The account ARNs name: the emulator's, or Lambda's placeholder without one. */
  String account() {
    return emulator == null ? "000000000000" : emulator.account();
  }

  String region() {
    return emulator == null ? "us-east-1" : emulator.region();
  }

  /** Lines describing where the resources live, for the start-up banner. */
  List<String> describe() {
    if (emulator == null) {
      return List.of("AWS: none: the functions get no resource variables, so generated"
          + " <Feature>Resources.available() is false (--aws moto or --aws endpoint=URL for an"
          + " emulator" + (AwsMode.auto().kind() == AwsMode.Kind.MOTO ? ""
              : "; install moto_server with pip install 'moto[server]'") + ")");
    }
    StringBuilder properties = new StringBuilder();
    SdkSettings.values(emulator, null).forEach((name, value) -> {
      if (value != null) {
        properties.append(properties.length() == 0 ? "" : ", ").append(name).append('=').append(value);
      }
    });
    return List.of("AWS: " + emulator.describe(),
        "  AWS SDK v2 clients built with defaults reach it through the system properties "
            + properties + ", aws.endpointUrlLambda=this server");
  }

  @Override
  public void close() {
    if (settings != null) {
      settings.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }
}
