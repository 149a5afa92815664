package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.getAtt;
import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.FunctionLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The template side of function links ({@code @Invokes}): the variables naming each linked function
 * and one statement allowing {@code lambda:InvokeFunction} on exactly those functions, their
 * versions and aliases. Not SAM's {@code LambdaInvokePolicy}: its resource
 * {@code function:NAME*} also matches every function whose name starts with that name.
 */
final class LinkTemplate {
  private LinkTemplate() {}

  /** Adds the name and ARN variables of each function {@code function} links. */
  static void variables(Function function, Map<String, Object> variables) {
    for (FunctionLink link : function.links()) {
      variables.put(link.nameVariable(), ref(link.logicalId()));
      variables.put(link.arnVariable(), getAtt(link.logicalId(), "Arn"));
    }
  }

  /** The policy allowing {@code function} to invoke what it links, or null when it links nothing. */
  static Object policy(Function function) {
    List<Object> targets = new ArrayList<>();
    for (FunctionLink link : function.links()) {
      targets.add(getAtt(link.logicalId(), "Arn"));
      targets.add(map("Fn::Sub", "${" + link.logicalId() + ".Arn}:*"));
    }
    return targets.isEmpty() ? null : Policies.statement(List.of("lambda:InvokeFunction"), targets);
  }
}
