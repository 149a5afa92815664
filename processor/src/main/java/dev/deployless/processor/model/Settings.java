package dev.deployless.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The function settings one annotation sets explicitly; what is absent is inherited from the
 * feature, then from {@code globals}. Built by name ({@link #builder}).
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
  public static final Settings NONE = builder().build();

  /** Settings with nothing set, to set by name. */
  public static Builder builder() {
    return new Builder();
  }

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
    return builder()
        .memory(memory.isPresent() ? memory : feature.memory)
        .timeout(timeout.isPresent() ? timeout : feature.timeout)
        .description(description.isPresent() ? description : feature.description)
        .env(new ArrayList<>(variables.values()))
        .architecture(feature.architecture)
        .tracing(feature.tracing)
        .layers(feature.layers)
        .logRetention(feature.logRetention)
        .reservedConcurrency(feature.reservedConcurrency)
        .provisionedConcurrency(http ? feature.provisionedConcurrency : OptionalInt.empty())
        .ephemeralStorage(feature.ephemeralStorage)
        .dlq(feature.dlq)
        .build();
  }

  /** Sets settings by name; what is not set is absent (or empty, or false). */
  public static final class Builder {
    private OptionalInt memory = OptionalInt.empty();
    private OptionalInt timeout = OptionalInt.empty();
    private Optional<String> description = Optional.empty();
    private List<EnvVar> env = List.of();
    private Optional<String> architecture = Optional.empty();
    private Optional<String> tracing = Optional.empty();
    private List<String> layers = List.of();
    private OptionalInt logRetention = OptionalInt.empty();
    private OptionalInt reservedConcurrency = OptionalInt.empty();
    private OptionalInt provisionedConcurrency = OptionalInt.empty();
    private OptionalInt ephemeralStorage = OptionalInt.empty();
    private boolean dlq;

    private Builder() {}

    public Builder memory(OptionalInt memory) {
      this.memory = memory;
      return this;
    }

    public Builder timeout(OptionalInt timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder description(Optional<String> description) {
      this.description = description;
      return this;
    }

    public Builder env(List<EnvVar> env) {
      this.env = env;
      return this;
    }

    public Builder architecture(Optional<String> architecture) {
      this.architecture = architecture;
      return this;
    }

    public Builder tracing(Optional<String> tracing) {
      this.tracing = tracing;
      return this;
    }

    public Builder layers(List<String> layers) {
      this.layers = layers;
      return this;
    }

    public Builder logRetention(OptionalInt logRetention) {
      this.logRetention = logRetention;
      return this;
    }

    public Builder reservedConcurrency(OptionalInt reservedConcurrency) {
      this.reservedConcurrency = reservedConcurrency;
      return this;
    }

    public Builder provisionedConcurrency(OptionalInt provisionedConcurrency) {
      this.provisionedConcurrency = provisionedConcurrency;
      return this;
    }

    public Builder ephemeralStorage(OptionalInt ephemeralStorage) {
      this.ephemeralStorage = ephemeralStorage;
      return this;
    }

    public Builder dlq(boolean dlq) {
      this.dlq = dlq;
      return this;
    }

    public Settings build() {
      return new Settings(memory, timeout, description, env, architecture, tracing, layers, logRetention,
          reservedConcurrency, provisionedConcurrency, ephemeralStorage, dlq);
    }
  }
}
