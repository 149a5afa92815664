package dev.deployless.processor.model;

import java.util.List;

/**
 * A standalone function without HTTP or schedule events: a {@code @LambdaFunction} method.
 *
 * @param settings the method's own memory, timeout, description and variables
 */
public record Standalone(
    String javaMethod, Settings settings, List<Parameter> parameters, Result result, Source source) {}
