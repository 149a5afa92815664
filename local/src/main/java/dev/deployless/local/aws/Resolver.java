package dev.deployless.local.aws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation's intrinsic functions against the emulated resources: {@code Ref},
 * {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::Base64}, the pseudo parameters, template parameters with a default, and the dynamic
 * references {@code {{resolve:ssm:NAME}}} (read from the emulator). What it cannot evaluate
 * ({@code Fn::If}, {@code Fn::ImportValue}, a resource the emulator does not create) is an
 * {@link Unresolved} naming why.
 */
final class Resolver {
  private static final Pattern SUB = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern DYNAMIC = Pattern.compile("\\{\\{resolve:([a-z-]+):([^}]+)}}");

  /** A value that cannot be evaluated locally; {@code waitingFor} names a resource not created yet. */
  static final class Unresolved extends Exception {
    private static final long serialVersionUID = 1L;
    final String waitingFor;

    Unresolved(String reason, String waitingFor) {
      super(reason, null, false, false);
      this.waitingFor = waitingFor;
    }
  }

  /** Reads a dynamic reference's parameter from the emulator. */
  interface Parameters {
    /** The value of {@code name} (with {@code :version} if pinned), or null when it does not exist. */
    String value(String name) throws java.io.IOException;
  }

  private final Template template;
  private final Map<String, Map<String, String>> created;
  private final Map<String, String> pseudo = new LinkedHashMap<>();
  private final Parameters parameters;

  /**
   * @param created the attributes of each created resource by logical ID ({@code Ref} and the
   *     {@code Fn::GetAtt} names)
   */
  Resolver(Template template, Map<String, Map<String, String>> created, String region,
      String account, String stackName, Parameters parameters) {
    this.template = template;
    this.created = created;
    this.parameters = parameters;
    pseudo.put("AWS::Region", region);
    pseudo.put("AWS::AccountId", account);
    pseudo.put("AWS::Partition", "aws");
    pseudo.put("AWS::URLSuffix", "amazonaws.com");
    pseudo.put("AWS::StackName", stackName);
    pseudo.put("AWS::StackId", "arn:aws:cloudformation:" + region + ":" + account + ":stack/"
        + stackName + "/local");
    pseudo.put("AWS::NoValue", "");
  }

  /** {@code value} as text: a resolved string, or a number or boolean written as text. */
  String text(Object value) throws Unresolved {
    Object resolved = resolve(value);
    if (resolved instanceof Map || resolved instanceof List) {
      throw new Unresolved("the value is not text: " + Json.write(resolved), null);
    }
    return resolved == null ? "" : resolved.toString();
  }

  /** {@code value} with every intrinsic function evaluated. */
  Object resolve(Object value) throws Unresolved {
    if (value instanceof String text) {
      return dynamic(text);
    }
    if (value instanceof List<?> list) {
      List<Object> resolved = new ArrayList<>();
      for (Object item : list) {
        resolved.add(resolve(item));
      }
      return resolved;
    }
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    if (map.size() == 1) {
      Map.Entry<?, ?> only = map.entrySet().iterator().next();
      String key = only.getKey().toString();
      if (key.equals("Ref") || key.startsWith("Fn::")) {
        return intrinsic(key, only.getValue());
      }
    }
    Map<String, Object> resolved = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      resolved.put(entry.getKey().toString(), resolve(entry.getValue()));
    }
    return resolved;
  }

  private Object intrinsic(String function, Object argument) throws Unresolved {
    switch (function) {
      case "Ref":
        return ref(String.valueOf(argument));
      case "Fn::GetAtt": {
        List<Object> parts = argument instanceof String text
            ? List.of(text.substring(0, Math.max(0, text.indexOf('.'))), text.substring(text.indexOf('.') + 1))
            : Template.list(argument);
        return attribute(String.valueOf(parts.get(0)), text(parts.get(1)));
      }
      case "Fn::Sub":
        return sub(argument);
      case "Fn::Join": {
        List<Object> parts = Template.list(argument);
        List<String> items = new ArrayList<>();
        for (Object item : Template.list(resolve(parts.get(1)))) {
          items.add(text(item));
        }
        return String.join(text(parts.get(0)), items);
      }
      case "Fn::Select": {
        List<Object> parts = Template.list(argument);
        List<Object> items = Template.list(resolve(parts.get(1)));
        int index = Integer.parseInt(text(parts.get(0)));
        if (index < 0 || index >= items.size()) {
          throw new Unresolved("Fn::Select index " + index + " is out of range", null);
        }
        return items.get(index);
      }
      case "Fn::Split": {
        List<Object> parts = Template.list(argument);
        return new ArrayList<Object>(List.of(text(parts.get(1)).split(Pattern.quote(text(parts.get(0))), -1)));
      }
      case "Fn::Base64":
        return Base64.getEncoder().encodeToString(text(argument).getBytes(StandardCharsets.UTF_8));
      case "Fn::GetAZs": {
        String region = pseudo.get("AWS::Region");
        return new ArrayList<Object>(List.of(region + "a", region + "b", region + "c"));
      }
      default:
        throw new Unresolved(function + " is not evaluated locally", null);
    }
  }

  private String ref(String name) throws Unresolved {
    if (pseudo.containsKey(name)) {
      return pseudo.get(name);
    }
    Map<String, String> resource = created.get(name);
    if (resource != null) {
      return resource.get("Ref");
    }
    if (isFunction(name)) {
      // Locally a function's name is its logical ID (the local server's Lambda API knows it so).
      return name;
    }
    Object parameter = template.parameters().get(name);
    if (parameter != null) {
      Object fallback = Template.map(parameter).get("Default");
      if (fallback == null) {
        throw new Unresolved("template parameter " + name + " has no Default", null);
      }
      return fallback.toString();
    }
    throw missing(name);
  }

  private String attribute(String id, String name) throws Unresolved {
    Map<String, String> resource = created.get(id);
    if (resource == null && isFunction(id) && name.equals("Arn")) {
      return "arn:aws:lambda:" + pseudo.get("AWS::Region") + ":" + pseudo.get("AWS::AccountId")
          + ":function:" + id;
    }
    if (resource == null) {
      throw missing(id);
    }
    String value = resource.get(name);
    if (value == null) {
      throw new Unresolved(id + "." + name + " is not emulated", null);
    }
    return value;
  }

  private boolean isFunction(String id) {
    String type = template.type(id);
    return "AWS::Serverless::Function".equals(type) || "AWS::Lambda::Function".equals(type);
  }

  private Unresolved missing(String id) {
    String type = template.type(id);
    if (type == null) {
      return new Unresolved(id + " is not a resource or parameter of the template", null);
    }
    return Emulated.creates(type) ? new Unresolved(id + " is not created yet", id)
        : new Unresolved(id + " (" + type + ") is not emulated", null);
  }

  private String sub(Object argument) throws Unresolved {
    String text;
    Map<String, Object> variables = Map.of();
    if (argument instanceof List<?> parts) {
      text = String.valueOf(parts.get(0));
      variables = Template.map(parts.get(1));
    } else {
      text = String.valueOf(argument);
    }
    Matcher matcher = SUB.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value;
      if (name.startsWith("!")) {
        value = "${" + name.substring(1) + "}";
      } else if (variables.containsKey(name)) {
        value = text(variables.get(name));
      } else if (name.contains(".") && !name.startsWith("AWS::")) {
        value = attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
      } else {
        value = ref(name);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return dynamic(out.toString());
  }

  /** {@code text} with its {@code {{resolve:ssm:...}}} references replaced by the parameters' values. */
  private String dynamic(String text) throws Unresolved {
    if (!text.contains("{{resolve:")) {
      return text;
    }
    Matcher matcher = DYNAMIC.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String service = matcher.group(1);
      if (!service.equals("ssm") && !service.equals("ssm-secure")) {
        throw new Unresolved("{{resolve:" + service + ":...}} is not evaluated locally", null);
      }
      String name = matcher.group(2);
      String value;
      try {
        value = parameters.value(name);
      } catch (java.io.IOException e) {
        throw new Unresolved("SSM parameter " + name + " could not be read: " + e.getMessage(), null);
      }
      if (value == null) {
        throw new Unresolved("SSM parameter " + name + " does not exist in the emulator", null);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
