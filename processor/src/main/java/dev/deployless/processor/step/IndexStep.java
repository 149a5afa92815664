package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.diagnostic.Report;

/**
 * Writes the index of the compilation's features and shared declarations to the class output when
 * processing is over, if an entry changed: also when the compilation has errors, so that the next
 * one starts from what was compiled.
 */
public final class IndexStep implements ProcessingStep {
  @Override
  public void finish(Compilation compilation, Report report) {
    compilation.writeIndex(report);
  }
}
