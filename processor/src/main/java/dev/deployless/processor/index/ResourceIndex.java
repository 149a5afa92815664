package dev.deployless.processor.index;

import dev.deployless.annotations.Access;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.TypeRef;
import dev.deployless.runtime.json.JsonWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes resource declarations, links and extra policies into index entries and reads them back.
 * The resource specs (and the triggers, {@link TriggerIndex}) are plain records of strings,
 * numbers, flags and lists, mapped component by component, so a new property needs no code here.
 */
final class ResourceIndex {
  private static final List<Class<?>> SPECS = List.of(ResourceSpec.Table.class, ResourceSpec.Bucket.class,
      ResourceSpec.Queue.class, ResourceSpec.Topic.class, ResourceSpec.Key.class, ResourceSpec.Parameter.class);

  private ResourceIndex() {}

  static void writeResources(JsonWriter json, List<AwsResource> resources) {
    json.beginArray();
    for (AwsResource resource : resources) {
      json.beginObject().name("name").value(resource.name()).name("access").value(resource.access().name())
          .name("shared").value(resource.shared()).name("type")
          .value(resource.spec().getClass().getSimpleName()).name("spec");
      record(json, (Record) resource.spec());
      json.endObject();
    }
    json.endArray();
  }

  @SuppressWarnings("unchecked")
  static List<AwsResource> readResources(Object json, TypeRef owner) {
    List<AwsResource> resources = new ArrayList<>();
    for (Object item : (List<Object>) json) {
      Map<String, Object> entry = (Map<String, Object>) item;
      Class<?> type = SPECS.stream().filter(spec -> spec.getSimpleName().equals(entry.get("type")))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown spec " + entry.get("type")));
      resources.add(new AwsResource((String) entry.get("name"), Access.valueOf((String) entry.get("access")),
          (ResourceSpec) record(type, entry.get("spec")), owner, (Boolean) entry.get("shared"), null, null));
    }
    return resources;
  }

  static void writeLinks(JsonWriter json, List<ResourceLink> links) {
    json.beginArray();
    for (ResourceLink link : links) {
      json.beginObject().name("name").value(link.name()).name("access").value(link.access().name())
          .endObject();
    }
    json.endArray();
  }

  @SuppressWarnings("unchecked")
  static List<ResourceLink> readLinks(Object json) {
    List<ResourceLink> links = new ArrayList<>();
    for (Object item : (List<Object>) json) {
      Map<String, Object> link = (Map<String, Object>) item;
      links.add(new ResourceLink((String) link.get("name"), Access.valueOf((String) link.get("access")), null));
    }
    return links;
  }

  static void writePolicies(JsonWriter json, List<ExtraPolicy> policies) {
    json.beginArray();
    for (ExtraPolicy policy : policies) {
      json.beginObject().name("managed").value(policy.managed()).name("actions");
      strings(json, policy.actions());
      json.name("resources");
      strings(json, policy.resources());
      json.endObject();
    }
    json.endArray();
  }

  @SuppressWarnings("unchecked")
  static List<ExtraPolicy> readPolicies(Object json) {
    List<ExtraPolicy> policies = new ArrayList<>();
    for (Object item : (List<Object>) json) {
      Map<String, Object> policy = (Map<String, Object>) item;
      policies.add(new ExtraPolicy((String) policy.get("managed"), (List<String>) policy.get("actions"),
          (List<String>) policy.get("resources"), null));
    }
    return policies;
  }

  private static void strings(JsonWriter json, List<String> values) {
    json.beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }

  /** A record as an object of its components. */
  static void record(JsonWriter json, Record record) {
    json.beginObject();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      json.name(component.getName());
      value(json, read(component, record));
    }
    json.endObject();
  }

  private static void value(JsonWriter json, Object value) {
    if (value instanceof Record record) {
      record(json, record);
    } else if (value instanceof List<?> list) {
      json.beginArray();
      for (Object element : list) {
        value(json, element);
      }
      json.endArray();
    } else if (value instanceof String text) {
      json.value(text);
    } else if (value instanceof Integer number) {
      json.value(number.intValue());
    } else if (value instanceof Boolean flag) {
      json.value(flag.booleanValue());
    } else {
      throw new IllegalArgumentException("cannot index " + value);
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The record of {@code type} an object written by {@link #record(JsonWriter, Record)} holds. */
  @SuppressWarnings("unchecked")
  static Object record(Class<?> type, Object json) {
    Map<String, Object> object = (Map<String, Object>) json;
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getGenericType(), object.get(components[i].getName()));
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot read " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object value(Type type, Object json) {
    if (type instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      List<Object> values = new ArrayList<>();
      for (Object item : (List<Object>) json) {
        values.add(value(element, item));
      }
      return List.copyOf(values);
    }
    if (type == int.class) {
      return ((Number) json).intValue();
    }
    if (type == boolean.class || type == String.class) {
      return json;
    }
    return record((Class<?>) type, json);
  }
}
