package dev.deployless.processor.step;

import dev.deployless.processor.compilation.Compilation;
import dev.deployless.processor.diagnostic.Report;

/**
 * One step of the pipeline, in the manner of Dagger's processing steps. Every round runs the
 * phases of all steps in turn: {@link #find} the classes, {@link #read} and validate them (each
 * class into its own report), and {@link #generate} for the valid ones once the application-wide
 * rules have run (what depends on {@code deployless.yaml} only when it is valid). When processing is over, {@link #finish} writes what is
 * written once per compilation. Steps keep no state of their own: what lasts is in the
 * {@link Compilation}, what a round found is in its {@link Round}.
 */
public interface ProcessingStep {

  /** Finds this step's classes in the round. */
  default void find(Round round) {}

  /** Reads and validates what was found, each class into its own report. */
  default void read(Round round) {}

  /** Generates for the valid classes, after every step has read; checks {@code projectValid()} itself. */
  default void generate(Round round) {}

  /** When processing is over: writes what the whole compilation produces, reporting to {@code report}. */
  default void finish(Compilation compilation, Report report) {}
}
