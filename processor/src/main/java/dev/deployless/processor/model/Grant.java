package dev.deployless.processor.model;

import dev.deployless.annotations.Access;

/** A resource a feature's functions may use, at the effective access level. */
public record Grant(AwsResource resource, Access access) {}
