package dev.deployless.local.aws;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template's resources made real in the emulator, and what the functions get from them: creates
 * each resource it does not find (tables, queues, buckets, topics, KMS keys and aliases, SSM
 * parameters), stores the env file's {@code SECRET_} values as {@code SecureString} parameters,
 * resolves every function's variables as CloudFormation would, and checks that the resources the
 * application uses without creating them ({@code existing}) are there. What it did and what it could
 * not do is in {@link #report()}.
 */
public final class Provisioning {
  private static final Pattern SECRET = Pattern.compile("\\{\\{resolve:ssm(?:-secure)?:([^}:]*/(SECRET_[A-Za-z0-9_]+))(?::\\d+)?}}");

  private final Emulator emulator;
  private final Template template;
  private final Emulated.Names names;
  private final Map<String, Map<String, String>> created = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> variables = new LinkedHashMap<>();
  private final List<String> report = new ArrayList<>();
  private final Resolver resolver;

  private Provisioning(Emulator emulator, Template template, String stack) {
    this.emulator = emulator;
    this.template = template;
    this.names = new Emulated.Names(stack, emulator.region(), emulator.account());
    this.resolver = new Resolver(template, created, emulator.region(), emulator.account(), stack,
        name -> SsmResources.value(emulator.client(), name));
  }

  /**
   * Creates what {@code template} declares in {@code emulator} and resolves the functions' variables.
   *
   * @param secrets the env file's variables (the {@code SECRET_} ones are stored)
   * @param stack the stack name ({@code AWS::StackName}, and the prefix of unnamed resources)
   */
  public static Provisioning run(Emulator emulator, Template template, Map<String, String> secrets,
      String stack) {
    Provisioning provisioning = new Provisioning(emulator, template, stack);
    provisioning.createResources();
    provisioning.storeSecrets(secrets);
    for (String function : template.functions()) {
      provisioning.resolveVariables(function);
    }
    new ExistingResources(emulator.client(), template, provisioning.created, provisioning.resolver)
        .check(provisioning.report);
    return provisioning;
  }

  /** What was created or found, and every problem, one line each. */
  public List<String> report() {
    return report;
  }

  /** The variables of function {@code id} with every value resolved (those that could not be are left out). */
  public Map<String, String> variables(String id) {
    return variables.getOrDefault(id, Map.of());
  }

  /** The attributes ({@code Ref}, {@code Arn}, ...) of each created resource, by logical ID. */
  public Map<String, Map<String, String>> created() {
    return created;
  }

  /** {@code value} with its intrinsic functions evaluated, as text; null (and a report line) when it cannot be. */
  public String text(Object value, String what) {
    try {
      return resolver.text(value);
    } catch (Resolver.Unresolved e) {
      report.add("  " + what + ": " + e.getMessage());
      return null;
    }
  }

  private void createResources() {
    Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
    template.resources().forEach((id, resource) -> {
      if (Emulated.creates(String.valueOf(resource.get("Type")))) {
        pending.put(id, resource);
      }
    });
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (String id : new ArrayList<>(pending.keySet())) {
        String type = (String) pending.get(id).get("Type");
        Map<String, Object> properties;
        try {
          properties = Template.map(resolver.resolve(template.properties(id)));
        } catch (Resolver.Unresolved e) {
          if (e.waitingFor != null && pending.containsKey(e.waitingFor)) {
            continue;
          }
          report.add("  not created  " + id + " (" + type + "): " + e.getMessage());
          pending.remove(id);
          progress = true;
          continue;
        }
        pending.remove(id);
        progress = true;
        try {
          Emulated.Created result = Emulated.creator(type).ensure(emulator.client(), names, id, properties);
          created.put(id, result.attributes());
          report.add(String.format("  %-8s %-22s %s", result.existed() ? "found" : "created",
              shortType(type), describe(result.attributes())));
        } catch (IOException | RuntimeException e) {
          report.add("  not created  " + id + " (" + type + "): " + e.getMessage());
        }
      }
    }
    pending.keySet().forEach(id -> report.add("  not created  " + id + ": its properties refer to"
        + " resources that refer back to it"));
  }

  private void storeSecrets(Map<String, String> secrets) {
    Set<String> stored = new LinkedHashSet<>();
    List<Map<String, Object>> all = new ArrayList<>();
    for (String function : template.functions()) {
      all.add(template.variables(function));
    }
    for (Map<String, Object> functionVariables : all) {
      for (Object value : functionVariables.values()) {
        Matcher matcher = SECRET.matcher(String.valueOf(value));
        while (matcher.find()) {
          String parameter = matcher.group(1);
          String name = matcher.group(2);
          if (!stored.add(parameter)) {
            continue;
          }
          String secret = secrets.containsKey(name) ? secrets.get(name) : System.getenv(name);
          if (secret == null || secret.isEmpty()) {
            report.add("  secret " + name + " has no value: add it to the env_file (or the"
                + " environment) to set " + parameter);
            continue;
          }
          try {
            SsmResources.putSecret(emulator.client(), parameter, secret);
            report.add(String.format("  %-8s %-22s %s", "stored", "SecureString", parameter
                + " (" + name + " of the env_file)"));
          } catch (IOException e) {
            report.add("  secret " + parameter + " not stored: " + e.getMessage());
          }
        }
      }
    }
  }

  private void resolveVariables(String function) {
    Map<String, String> resolved = new LinkedHashMap<>();
    for (Map.Entry<String, Object> variable : template.variables(function).entrySet()) {
      String value = text(variable.getValue(), function + ": variable " + variable.getKey()
          + " not set");
      if (value != null) {
        resolved.put(variable.getKey(), value);
      }
    }
    variables.put(function, resolved);
  }

  private static String shortType(String type) {
    return type.substring(type.indexOf("::") + 2).replace("::", " ");
  }

  private static String describe(Map<String, String> attributes) {
    String ref = attributes.get("Ref");
    return attributes.containsKey("QueueName") ? attributes.get("QueueName")
        : attributes.containsKey("TopicName") ? attributes.get("TopicName")
        : attributes.containsKey("KeyId") ? ref + " (" + attributes.get("Arn") + ")" : ref;
  }
}
