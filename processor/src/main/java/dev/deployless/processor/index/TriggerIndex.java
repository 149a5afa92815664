package dev.deployless.processor.index;

import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.Trigger;
import dev.deployless.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes a feature's triggered methods and function links into its index entry and reads them
 * back: a trigger is a plain record, mapped component by component like the resource specs.
 */
final class TriggerIndex {
  private static final List<Class<?>> TRIGGERS = List.of(Trigger.Queue.class, Trigger.Bucket.class,
      Trigger.Stream.class, Trigger.Topic.class, Trigger.Rule.class);

  private TriggerIndex() {}

  static void writeListeners(JsonWriter json, List<Listener> listeners, BiConsumer<JsonWriter, Settings> settings) {
    json.beginArray();
    for (Listener listener : listeners) {
      json.beginObject().name("javaMethod").value(listener.javaMethod()).name("settings");
      settings.accept(json, listener.settings());
      json.name("type").value(listener.trigger().getClass().getSimpleName()).name("trigger");
      ResourceIndex.record(json, (Record) listener.trigger());
      json.endObject();
    }
    json.endArray();
  }

  @SuppressWarnings("unchecked")
  static List<Listener> readListeners(Object json, Function<Map<String, Object>, Settings> settings) {
    List<Listener> listeners = new ArrayList<>();
    for (Object item : (List<Object>) json) {
      Map<String, Object> entry = (Map<String, Object>) item;
      Class<?> type = TRIGGERS.stream().filter(trigger -> trigger.getSimpleName().equals(entry.get("type")))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown trigger " + entry.get("type")));
      listeners.add(new Listener((String) entry.get("javaMethod"),
          settings.apply((Map<String, Object>) entry.get("settings")),
          (Trigger) ResourceIndex.record(type, entry.get("trigger")), List.of(), new Result.None(), null));
    }
    return listeners;
  }

  static void writeLinks(JsonWriter json, List<FunctionLink> links) {
    json.beginArray();
    for (FunctionLink link : links) {
      json.beginObject().name("name").value(link.name()).name("javaMethod").value(link.javaMethod()).endObject();
    }
    json.endArray();
  }

  @SuppressWarnings("unchecked")
  static List<FunctionLink> readLinks(Object json) {
    List<FunctionLink> links = new ArrayList<>();
    for (Object item : (List<Object>) json) {
      Map<String, Object> link = (Map<String, Object>) item;
      links.add(new FunctionLink((String) link.get("name"), (String) link.get("javaMethod"), null));
    }
    return links;
  }
}
