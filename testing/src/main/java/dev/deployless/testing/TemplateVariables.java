package dev.deployless.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment variables a generated template gives a function, with its intrinsic functions
 * resolved as CloudFormation would against resources a test created (in moto, say): {@code Ref},
 * {@code Fn::GetAtt} and {@code Fn::Sub} with the pseudo parameters of moto's default account.
 */
public final class TemplateVariables {
  private static final Map<String, String> PSEUDO = Map.of("AWS::Partition", "aws", "AWS::Region", "us-east-1",
      "AWS::AccountId", "123456789012", "AWS::URLSuffix", "amazonaws.com");

  private final Map<String, Object> template;
  private final Map<String, Map<String, String>> created;

  /**
   * The variables of {@code template} (as a YAML reader gives it), where {@code created} holds, by
   * logical ID, what {@code Ref} ({@code "Ref"}) and each {@code Fn::GetAtt} attribute give.
   */
  public TemplateVariables(Map<String, Object> template, Map<String, Map<String, String>> created) {
    this.template = template;
    this.created = created;
  }

  /** The variables of {@code function}: the Globals', then its own, resolved. */
  public Map<String, String> of(String function) {
    Map<String, String> variables = new LinkedHashMap<>();
    Map<String, Object> globals = map(map(map(map(template.get("Globals")).get("Function")).get("Environment"))
        .get("Variables"));
    Map<String, Object> properties = map(map(map(template.get("Resources")).get(function)).get("Properties"));
    Map<String, Object> own = properties.containsKey("Environment")
        ? map(map(properties.get("Environment")).get("Variables")) : Map.of();
    for (Map<String, Object> source : List.of(globals, own)) {
      source.forEach((name, value) -> variables.put(name, resolve(value)));
    }
    return variables;
  }

  private String resolve(Object value) {
    if (value instanceof String text) {
      return text;
    }
    Map<String, Object> intrinsic = map(value);
    if (intrinsic.containsKey("Ref")) {
      return attribute((String) intrinsic.get("Ref"), "Ref");
    }
    if (intrinsic.get("Fn::Sub") instanceof String text) {
      StringBuilder resolved = new StringBuilder();
      int at = 0;
      for (int start = text.indexOf("${"); start >= 0; start = text.indexOf("${", at)) {
        int end = text.indexOf('}', start);
        String name = text.substring(start + 2, end);
        int dot = name.indexOf('.');
        resolved.append(text, at, start).append(PSEUDO.containsKey(name) ? PSEUDO.get(name)
            : dot < 0 ? attribute(name, "Ref") : attribute(name.substring(0, dot), name.substring(dot + 1)));
        at = end + 1;
      }
      return resolved.append(text.substring(at)).toString();
    }
    List<?> getAtt = (List<?>) intrinsic.get("Fn::GetAtt");
    return attribute((String) getAtt.get(0), (String) getAtt.get(1));
  }

  private String attribute(String logicalId, String attribute) {
    Map<String, String> resource = created.get(logicalId);
    if (resource == null || !resource.containsKey(attribute)) {
      throw new IllegalArgumentException("nothing created gives " + logicalId + "." + attribute);
    }
    return resource.get(attribute);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }
}
