package dev.deployless.processor.model;

/** An environment variable set by {@code @Env}. */
public record EnvVar(String name, String value, Source source) {}
