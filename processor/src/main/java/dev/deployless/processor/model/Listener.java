package dev.deployless.processor.model;

import java.util.List;

/**
 * A triggered function: an {@code @OnQueue}, {@code @OnBucket}, {@code @OnTableChange},
 * {@code @OnTopic} or {@code @OnEvent} method.
 *
 * @param settings the method's own memory, timeout, description and variables
 * @param trigger the source and its settings
 * @param parameters how the method takes the event: the bound body or detail
 *     ({@link Parameter.EventParameter}), the source's record ({@link Parameter.RecordParameter}),
 *     the batch ({@link Parameter.RecordsParameter}), the EventBridge envelope
 *     ({@link Parameter.EnvelopeParameter}) and the {@code Context}
 * @param result {@link Result.None}, or {@link Result.Identifiers} for a batch method returning the
 *     failed items
 */
public record Listener(
    String javaMethod, Settings settings, Trigger trigger, List<Parameter> parameters, Result result,
    Source source) {

  /** Whether the method takes the whole batch. */
  public boolean batch() {
    return parameters.stream().anyMatch(parameter -> parameter instanceof Parameter.RecordsParameter);
  }
}
