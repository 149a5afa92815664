package dev.deployless.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The function settings one annotation sets explicitly; what is absent is inherited from the
 * feature, then from {@code globals}.
 *
 * @param architecture {@code x86_64} or {@code arm64}
 * @param tracing {@code Active} or {@code PassThrough}
 */
public record Settings(
    OptionalInt memory,
    OptionalInt timeout,
    Optional<String> description,
    List<EnvVar> env,
    Optional<String> architecture,
    Optional<String> tracing,
    List<String> layers,
    OptionalInt logRetention,
    OptionalInt reservedConcurrency,
    OptionalInt provisionedConcurrency,
    OptionalInt ephemeralStorage,
    boolean dlq) {

  /** No settings. */
  public static final Settings NONE = new Settings(OptionalInt.empty(), OptionalInt.empty(),
      Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), OptionalInt.empty(),
      OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false);

  /**
   * These settings over {@code feature}'s: memory, timeout, description and variables of this
   * function win, everything else comes from the feature. Provisioned concurrency is kept only when
   * {@code http} (a scheduled or standalone function gains nothing from pre-warmed instances).
   */
  public Settings over(Settings feature, boolean http) {
    Map<String, EnvVar> variables = new LinkedHashMap<>();
    for (EnvVar variable : feature.env) {
      variables.put(variable.name(), variable);
    }
    for (EnvVar variable : env) {
      variables.put(variable.name(), variable);
    }
    return new Settings(
        memory.isPresent() ? memory : feature.memory,
        timeout.isPresent() ? timeout : feature.timeout,
        description.isPresent() ? description : feature.description,
        new ArrayList<>(variables.values()),
        feature.architecture,
        feature.tracing,
        feature.layers,
        feature.logRetention,
        feature.reservedConcurrency,
        http ? feature.provisionedConcurrency : OptionalInt.empty(),
        feature.ephemeralStorage,
        feature.dlq);
  }
}
