package dev.deployless.local;

import dev.deployless.local.aws.AwsMode;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The local server's options, from its command line ({@code LocalServer --port 3000 ...}) or from
 * {@code mvn deployless:run}, which passes the same options.
 */
final class LocalOptions {
  static final String USAGE = String.join("\n",
      "usage: LocalServer [options]",
      "  --port N               HTTP port (3000; 0 picks a free one)",
      "  --host H               address to listen on (127.0.0.1)",
      "  --no-stage-prefix      serve /users rather than /<stage>/users",
      "  --aws MODE             moto | none | endpoint=URL (default: moto when moto_server is on",
      "                         the PATH, else none)",
      "  --region R             the emulator's region (us-east-1)",
      "  --crons on|off         fire the schedules (on)",
      "  --template FILE        template.yaml (default: found beside the class output, or in the",
      "                         working directory)",
      "  --env-file FILE        the env_file with SECRET_ values (default: deployless.yaml's)",
      "  --classes DIR          the class output to serve and reload (default: the directory on",
      "                         the class path holding META-INF/deployless/app.json)",
      "  --app-classpath PATHS  the application's dependencies, when they are not on the server's",
      "                         class path (what mvn deployless:run passes)",
      "  --no-reload            do not watch the class output",
      "  --descriptor FILE      another app.json (no reload)",
      "  --read-timeout S       seconds a request may stall (10)");

  String host = "127.0.0.1";
  int port = 3000;
  boolean stagePrefix = true;
  int readTimeoutSeconds = LocalServer.DEFAULT_READ_TIMEOUT_SECONDS;
  Path descriptor;
  AwsMode aws;
  String region = "us-east-1";
  boolean crons = true;
  Path template;
  Path envFile;
  Path classes;
  List<Path> appClasspath = new ArrayList<>();
  boolean reload = true;
  boolean help;

  /**
   * The options of {@code args}.
   *
   * @throws IllegalArgumentException naming an unknown option or a bad value
   */
  static LocalOptions parse(String... args) {
    LocalOptions options = new LocalOptions();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--port" -> options.port = number(option, value(args, ++i, option));
        case "--host" -> options.host = value(args, ++i, option);
        case "--no-stage-prefix" -> options.stagePrefix = false;
        case "--descriptor" -> options.descriptor = Path.of(value(args, ++i, option));
        case "--read-timeout" -> options.readTimeoutSeconds = number(option, value(args, ++i, option));
        case "--aws" -> options.aws = AwsMode.parse(value(args, ++i, option));
        case "--region" -> options.region = value(args, ++i, option);
        case "--crons" -> options.crons = onOff(option, value(args, ++i, option));
        case "--no-crons" -> options.crons = false;
        case "--template" -> options.template = Path.of(value(args, ++i, option));
        case "--env-file" -> options.envFile = Path.of(value(args, ++i, option));
        case "--classes" -> options.classes = Path.of(value(args, ++i, option));
        case "--app-classpath" -> {
          for (String entry : value(args, ++i, option).split(File.pathSeparator)) {
            if (!entry.isBlank()) {
              options.appClasspath.add(Path.of(entry));
            }
          }
        }
        case "--no-reload" -> options.reload = false;
        case "--help", "-h" -> options.help = true;
        default -> throw new IllegalArgumentException("unknown option " + option + " (try --help)");
      }
    }
    if (!options.appClasspath.isEmpty() && options.classes == null) {
      throw new IllegalArgumentException("--app-classpath needs --classes, the application's class output");
    }
    return options;
  }

  /** The AWS mode: as given, else {@code moto} when {@code moto_server} is on the PATH, else {@code none}. */
  AwsMode aws() {
    return aws != null ? aws : AwsMode.auto();
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, got " + value);
    }
  }

  private static boolean onOff(String option, String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes" -> {
        return true;
      }
      case "off", "false", "no" -> {
        return false;
      }
      default -> throw new IllegalArgumentException(option + " takes on or off, got " + value);
    }
  }
}
