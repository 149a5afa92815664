package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.validation.ApplicationRules;

/**
 * The rules across classes, once every class of the round is read: unique routes and logical IDs,
 * sibling path variables, resource names and links. Their report is the application's; the classes
 * involved in a conflict get no handlers;
 * their resources classes are still generated (they compile whatever the conflict), so that the
 * classes injecting them compile and only the real mistake is reported.
 */
public final class ApplicationStep implements ProcessingStep {
  /** The subject of the application-wide report. */
  static final String SUBJECT = "application";

  @Override
  public void read(Round round) {
    Compilation compilation = round.compilation();
    for (String className : ApplicationRules.check(compilation.features(), compilation.shared(),
        round.fresh(), round.report(SUBJECT))) {
      round.invalidateAllButResources(className);
    }
  }
}
