package dev.deployless.processor;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The permissions of an IAM role as the SAM translator writes it: its inline policies' statements
 * as a map from each resource (intrinsic functions rendered as text: {@code {Queue.Arn}} for
 * {@code Fn::GetAtt}, {@code {Queue}} for {@code Ref}, {@code Fn::Sub} variables substituted) to the
 * actions allowed on it.
 */
final class Permissions {
  private Permissions() {}

  /** The resources and actions of {@code policies}, a role's {@code Policies}; fails on a resource "*". */
  static Map<String, Set<String>> of(Object policies) {
    Map<String, Set<String>> permissions = new TreeMap<>();
    if (policies == null) {
      return permissions;
    }
    for (Object policy : (List<?>) policies) {
      Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) policy).get("PolicyDocument");
      for (Object item : (List<?>) document.get("Statement")) {
        Map<?, ?> statement = (Map<?, ?>) item;
        if (!"Allow".equals(statement.get("Effect"))) {
          continue;
        }
        for (Object resource : list(statement.get("Resource"))) {
          String rendered = render(resource);
          assertNotEquals("*", rendered, "a statement on every resource: " + statement);
          for (Object action : list(statement.get("Action"))) {
            permissions.computeIfAbsent(rendered, unused -> new TreeSet<>()).add(action.toString());
          }
        }
      }
    }
    return permissions;
  }

  /** The resources on which {@code action} is allowed. */
  static Set<String> allowing(Map<String, Set<String>> permissions, String action) {
    Set<String> resources = new TreeSet<>();
    permissions.forEach((resource, actions) -> {
      if (actions.contains(action)) {
        resources.add(resource);
      }
    });
    return resources;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of(value);
  }

  private static String render(Object value) {
    if (value instanceof String text) {
      return text;
    }
    Map<?, ?> function = (Map<?, ?>) value;
    if (function.containsKey("Ref")) {
      return "{" + function.get("Ref") + "}";
    }
    if (function.containsKey("Fn::GetAtt")) {
      List<?> parts = (List<?>) function.get("Fn::GetAtt");
      return "{" + parts.get(0) + "." + parts.get(1) + "}";
    }
    Object sub = function.get("Fn::Sub");
    if (sub instanceof String text) {
      return text;
    }
    List<?> parts = (List<?>) sub;
    String text = (String) parts.get(0);
    for (Map.Entry<?, ?> variable : ((Map<?, ?>) parts.get(1)).entrySet()) {
      text = text.replace("${" + variable.getKey() + "}", render(variable.getValue()));
    }
    return text;
  }
}
