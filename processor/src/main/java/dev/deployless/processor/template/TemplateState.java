package dev.deployless.processor.template;

import dev.deployless.runtime.json.JsonReader;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last compilation wrote to {@code template.yaml}, kept in the class output: the text's
 * hash and the {@linkplain Replacements#digest digest} of its resources. While the file still has
 * that hash (nobody edited it), the next compilation neither parses nor merges it: a large template
 * takes far longer to parse than everything else an incremental round does.
 *
 * @param hash the SHA-256 of the text written
 * @param resources the digest of the resources written
 */
public record TemplateState(String hash, Map<String, Map<String, String>> resources) {
  /** The state's path in the class output. */
  public static final String PATH = "META-INF/deployless/template-state.json";
  private static final int VERSION = 1;

  /** Whether {@code text} is exactly the text this state describes. */
  public boolean describes(String text) {
    return hash.equals(hash(text));
  }

  /** The state as JSON. */
  public String write() {
    JsonWriter json = new JsonWriter();
    json.beginObject().name("version").value(VERSION).name("hash").value(hash).name("resources")
        .beginObject();
    for (Map.Entry<String, Map<String, String>> resource : resources.entrySet()) {
      json.name(resource.getKey()).beginObject();
      for (Map.Entry<String, String> fact : resource.getValue().entrySet()) {
        json.name(fact.getKey()).value(fact.getValue());
      }
      json.endObject();
    }
    return json.endObject().endObject().toString();
  }

  /** The state {@code json} describes, or null when it is of another version or unreadable. */
  @SuppressWarnings("unchecked")
  public static TemplateState read(String json) {
    try {
      Map<String, Object> state = JsonReader.of(json).readObject();
      if (!Integer.valueOf(VERSION).equals(state.get("version"))) {
        return null;
      }
      Map<String, Map<String, String>> resources = new TreeMap<>();
      for (Map.Entry<String, Object> resource : ((Map<String, Object>) state.get("resources")).entrySet()) {
        resources.put(resource.getKey(), new TreeMap<>((Map<String, String>) resource.getValue()));
      }
      return new TemplateState((String) state.get("hash"), resources);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** The hash a state keeps of {@code text}. */
  public static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
