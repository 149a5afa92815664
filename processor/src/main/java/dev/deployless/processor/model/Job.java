package dev.deployless.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A scheduled function: a {@code @Cron} method.
 *
 * @param schedules the {@code rate(...)} or {@code cron(...)} expressions, one Schedule event each
 * @param enabled whether the schedules are enabled when deployed
 * @param input the constant JSON event, if set
 * @param settings the method's own memory, timeout, description and variables
 */
public record Job(
    List<String> schedules,
    boolean enabled,
    Optional<String> input,
    String javaMethod,
    Settings settings,
    List<Parameter> parameters,
    Result result,
    Source source) {}
