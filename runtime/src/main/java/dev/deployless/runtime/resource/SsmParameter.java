package dev.deployless.runtime.resource;

/**
 * An SSM parameter a function may use.
 *
 * @param name the parameter name, for {@code Name} in SDK requests
 */
public record SsmParameter(String name) {}
