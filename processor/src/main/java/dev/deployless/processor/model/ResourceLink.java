package dev.deployless.processor.model;

import dev.deployless.annotations.Access;

/**
 * A feature's use of a resource by name: its own declaration or a link to one declared elsewhere.
 *
 * @param access the requested level; {@link Access#DEFAULT} takes the declaration's
 */
public record ResourceLink(String name, Access access, Source source) {}
