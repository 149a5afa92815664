package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.validation.EventSourceRules;
import dev.deployless.processor.validation.FunctionLinkRules;
import dev.deployless.processor.validation.ProductionRules;
import java.util.Map;

/**
 * The rules on triggers and function links across classes, once every class of the round is read:
 * what each trigger names (a declared resource of its type, one it can use) and each
 * {@code @Invokes} (a function of the application that takes a payload, no cycle). Their report is
 * the application's; the classes involved get no handlers; their resources classes are still
 * generated (they compile whatever the conflict), so that the classes injecting them compile and
 * only the real mistake is reported.
 */
public final class TriggerStep implements ProcessingStep {
  /** The subject of the report on triggers and links. */
  static final String SUBJECT = "triggers and function links";

  @Override
  public void read(Round round) {
    Compilation compilation = round.compilation();
    if (compilation.project().isEmpty()) {
      return;
    }
    Map<String, AwsResource> resources = Application.resources(compilation.features(), compilation.shared());
    for (String className : EventSourceRules.check(compilation.features(), resources,
        compilation.project().get(), round.fresh(), round.report(SUBJECT))) {
      round.invalidateAllButResources(className);
    }
    for (String className : FunctionLinkRules.check(compilation.features(), resources, round.fresh(),
        round.report(SUBJECT))) {
      round.invalidateAllButResources(className);
    }
    for (String className : ProductionRules.hooks(compilation.features(), compilation.project().get(),
        round.fresh(), round.report(SUBJECT))) {
      round.invalidateAllButResources(className);
    }
  }
}
