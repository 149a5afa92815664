package dev.deployless.processor.index;

import dev.deployless.processor.model.AuthMode;
import dev.deployless.processor.model.AlarmSettings;
import dev.deployless.processor.model.DeploymentSettings;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.model.Standalone;
import dev.deployless.processor.model.TypeRef;
import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a feature (or a class declaring shared resources) as its index entry, one line of JSON, and
 * reads it back. The index is one file in the class output, its entries sorted by class name: one
 * file rather than one per class, because javac's Filer checks each new file against every file
 * created before it in the compilation.
 */
public final class FeatureIndex {
  /** The index file, relative to the class output. */
  public static final String PATH = "META-INF/deployless/index.jsonl";
  private static final int VERSION = 4;

  private FeatureIndex() {}

  /** The text of the index file holding {@code entries} (each one line of JSON), in their order. */
  public static String file(Collection<String> entries) {
    StringBuilder text = new StringBuilder();
    for (String entry : entries) {
      text.append(entry).append('\n');
    }
    return text.toString();
  }

  /** The entries (JSON text) of an index file. */
  public static List<String> entries(String file) {
    List<String> entries = new ArrayList<>();
    for (String line : file.split("\n")) {
      if (!line.isBlank()) {
        entries.add(line);
      }
    }
    return entries;
  }

  /**
   * What one entry describes: a feature, or the resources a class that is not a feature declares
   * (exactly one of the two is set).
   */
  public record Entry(FeatureClass feature, SharedResources shared) {

    /** The qualified name of the class the entry describes. */
    public String className() {
      return feature != null ? feature.className() : shared.className();
    }
  }

  /** The entry of a class declaring shared resources. */
  public static String write(SharedResources shared) {
    JsonWriter json = header(shared.owner());
    json.name("shared").value(true);
    json.name("declared");
    ResourceIndex.writeResources(json, shared.resources());
    json.endObject();
    return json.toString();
  }

  /** An entry's object up to its class: the index version, the package and the simple names. */
  private static JsonWriter header(TypeRef type) {
    JsonWriter json = new JsonWriter();
    json.beginObject();
    json.name("version").value(VERSION);
    json.name("package").value(type.packageName());
    json.name("simpleNames");
    strings(json, type.simpleNames());
    return json;
  }

  /**
   * What an entry describes; a feature without parameters, JSON types or source (it was compiled
   * earlier). Empty if the entry is of another version or unreadable.
   */
  @SuppressWarnings("unchecked")
  public static Optional<Entry> read(String json) {
    try {
      Map<String, Object> entry = JsonReader.of(json).readObject();
      if (!Integer.valueOf(VERSION).equals(entry.get("version"))) {
        return Optional.empty();
      }
      TypeRef owner = TypeRef.declared((String) entry.get("package"),
          (List<String>) entry.get("simpleNames"), List.of());
      if (Boolean.TRUE.equals(entry.get("shared"))) {
        return Optional.of(new Entry(null, new SharedResources(owner,
            ResourceIndex.readResources(entry.get("declared"), owner), null)));
      }
      return Optional.of(new Entry(feature(entry, owner), null));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** The entry of {@code feature}. */
  public static String write(FeatureClass feature) {
    JsonWriter json = header(feature.controller());
    json.name("name").value(feature.name());
    json.name("basePath").value(feature.basePath());
    json.name("constructorThrows").value(feature.constructorThrows());
    json.name("injectsResources").value(feature.injectsResources());
    json.name("declared");
    ResourceIndex.writeResources(json, feature.declared());
    json.name("links");
    ResourceIndex.writeLinks(json, feature.links());
    json.name("policies");
    ResourceIndex.writePolicies(json, feature.policies());
    json.name("settings");
    settings(json, feature.settings());
    json.name("routes").beginArray();
    for (Endpoint route : feature.routes()) {
      json.beginObject().name("method").value(route.method()).name("path").value(route.path())
          .name("javaMethod").value(route.javaMethod()).name("split").value(route.split())
          .name("auth").value(route.auth().name())
          .name("settings");
      settings(json, route.settings());
      json.endObject();
    }
    json.endArray();
    json.name("jobs").beginArray();
    for (Job job : feature.jobs()) {
      json.beginObject().name("schedules");
      strings(json, job.schedules());
      json.name("enabled").value(job.enabled()).name("input").value(job.input().orElse(null))
          .name("javaMethod").value(job.javaMethod()).name("settings");
      settings(json, job.settings());
      json.endObject();
    }
    json.endArray();
    json.name("standalones").beginArray();
    for (Standalone standalone : feature.standalones()) {
      json.beginObject().name("javaMethod").value(standalone.javaMethod()).name("settings");
      settings(json, standalone.settings());
      json.endObject();
    }
    json.endArray();
    json.name("listeners");
    TriggerIndex.writeListeners(json, feature.listeners(), FeatureIndex::settings);
    json.name("invokes");
    TriggerIndex.writeLinks(json, feature.invokes());
    json.name("auth").value(feature.auth().name());
    writeAlarms(json, feature.alarms());
    writeDeployment(json, feature.deployment());
    json.endObject();
    return json.toString();
  }

  /** The feature of a feature entry, whose class is {@code controller}. */
  @SuppressWarnings("unchecked")
  private static FeatureClass feature(Map<String, Object> entry, TypeRef controller) {
    List<Endpoint> routes = new ArrayList<>();
    for (Object item : (List<Object>) entry.get("routes")) {
      Map<String, Object> route = (Map<String, Object>) item;
      routes.add(new Endpoint((String) route.get("method"), (String) route.get("path"),
          (String) route.get("javaMethod"), (Boolean) route.get("split"),
          settings((Map<String, Object>) route.get("settings")), List.of(), new Result.None(), null,
          AuthMode.of((String) route.get("auth"))));
    }
    List<Job> jobs = new ArrayList<>();
    for (Object item : (List<Object>) entry.get("jobs")) {
      Map<String, Object> job = (Map<String, Object>) item;
      jobs.add(new Job((List<String>) job.get("schedules"), (Boolean) job.get("enabled"),
          Optional.ofNullable((String) job.get("input")), (String) job.get("javaMethod"),
          settings((Map<String, Object>) job.get("settings")), List.of(), new Result.None(), null));
    }
    List<Standalone> standalones = new ArrayList<>();
    for (Object item : (List<Object>) entry.get("standalones")) {
      Map<String, Object> standalone = (Map<String, Object>) item;
      standalones.add(new Standalone((String) standalone.get("javaMethod"),
          settings((Map<String, Object>) standalone.get("settings")), List.of(), new Result.None(), null));
    }
    return FeatureClass.builder((String) entry.get("name"), controller)
        .basePath((String) entry.get("basePath"))
        .settings(settings((Map<String, Object>) entry.get("settings")))
        .routes(routes)
        .jobs(jobs)
        .standalones(standalones)
        .constructorThrows((Boolean) entry.get("constructorThrows"))
        .injectsResources((Boolean) entry.get("injectsResources"))
        .declared(ResourceIndex.readResources(entry.get("declared"), controller))
        .links(ResourceIndex.readLinks(entry.get("links")))
        .policies(ResourceIndex.readPolicies(entry.get("policies")))
        .listeners(TriggerIndex.readListeners(entry.get("listeners"), FeatureIndex::settings))
        .invokes(TriggerIndex.readLinks(entry.get("invokes")))
        .auth(AuthMode.of((String) entry.get("auth")))
        .alarms(readAlarms((Map<String, Object>) entry.get("alarms")))
        .deployment(readDeployment((Map<String, Object>) entry.get("deployment")))
        .build();
  }

  private static void writeAlarms(JsonWriter json, AlarmSettings alarms) {
    json.name("alarms").beginObject().name("enabled").value(alarms.enabled());
    writeAlarm(json, "errors", alarms.errors());
    writeAlarm(json, "throttles", alarms.throttles());
    writeAlarm(json, "duration", alarms.duration());
    json.name("snsTopicArn").value(alarms.snsTopicArn()).endObject();
  }

  private static void writeAlarm(JsonWriter json, String name, AlarmSettings.Alarm alarm) {
    json.name(name).beginObject().name("threshold").value(alarm.threshold())
        .name("period").value(alarm.period()).endObject();
  }

  private static AlarmSettings readAlarms(Map<String, Object> json) {
    return new AlarmSettings((Boolean) json.get("enabled"), readAlarm(json.get("errors")),
        readAlarm(json.get("throttles")), readAlarm(json.get("duration")), (String) json.get("snsTopicArn"),
        null);
  }

  @SuppressWarnings("unchecked")
  private static AlarmSettings.Alarm readAlarm(Object value) {
    Map<String, Object> alarm = (Map<String, Object>) value;
    Object threshold = alarm.get("threshold");
    Object period = alarm.get("period");
    return new AlarmSettings.Alarm(threshold == null ? null : ((Number) threshold).doubleValue(),
        period == null ? null : ((Number) period).intValue());
  }

  private static void writeDeployment(JsonWriter json, DeploymentSettings deployment) {
    json.name("deployment").beginObject().name("enabled").value(deployment.enabled())
        .name("alias").value(deployment.alias()).name("type").value(deployment.type())
        .name("preTraffic").value(deployment.preTraffic()).name("postTraffic").value(deployment.postTraffic())
        .endObject();
  }

  private static DeploymentSettings readDeployment(Map<String, Object> json) {
    return new DeploymentSettings((Boolean) json.get("enabled"), (String) json.get("alias"),
        (String) json.get("type"), (String) json.get("preTraffic"), (String) json.get("postTraffic"), null);
  }

  private static void settings(JsonWriter json, Settings settings) {
    json.beginObject();
    integer(json, "memory", settings.memory());
    integer(json, "timeout", settings.timeout());
    json.name("description").value(settings.description().orElse(null));
    json.name("env").beginArray();
    for (EnvVar variable : settings.env()) {
      json.beginObject().name("name").value(variable.name()).name("value").value(variable.templateValue())
          .endObject();
    }
    json.endArray();
    json.name("architecture").value(settings.architecture().orElse(null));
    json.name("tracing").value(settings.tracing().orElse(null));
    json.name("layers");
    strings(json, settings.layers());
    integer(json, "logRetention", settings.logRetention());
    integer(json, "reservedConcurrency", settings.reservedConcurrency());
    integer(json, "provisionedConcurrency", settings.provisionedConcurrency());
    integer(json, "ephemeralStorage", settings.ephemeralStorage());
    json.name("dlq").value(settings.dlq());
    json.endObject();
  }

  @SuppressWarnings("unchecked")
  private static Settings settings(Map<String, Object> json) {
    List<EnvVar> env = new ArrayList<>();
    for (Object item : (List<Object>) json.get("env")) {
      Map<String, Object> variable = (Map<String, Object>) item;
      env.add(new EnvVar((String) variable.get("name"), (String) variable.get("value"), null));
    }
    return Settings.builder()
        .memory(integer(json, "memory"))
        .timeout(integer(json, "timeout"))
        .description(Optional.ofNullable((String) json.get("description")))
        .env(env)
        .architecture(Optional.ofNullable((String) json.get("architecture")))
        .tracing(Optional.ofNullable((String) json.get("tracing")))
        .layers((List<String>) json.get("layers"))
        .logRetention(integer(json, "logRetention"))
        .reservedConcurrency(integer(json, "reservedConcurrency"))
        .provisionedConcurrency(integer(json, "provisionedConcurrency"))
        .ephemeralStorage(integer(json, "ephemeralStorage"))
        .dlq((Boolean) json.get("dlq"))
        .build();
  }

  private static void integer(JsonWriter json, String name, OptionalInt value) {
    json.name(name);
    if (value.isPresent()) {
      json.value(value.getAsInt());
    } else {
      json.nullValue();
    }
  }

  private static OptionalInt integer(Map<String, Object> json, String name) {
    Object value = json.get(name);
    return value == null ? OptionalInt.empty() : OptionalInt.of(((Number) value).intValue());
  }

  private static void strings(JsonWriter json, List<String> values) {
    json.beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }
}
