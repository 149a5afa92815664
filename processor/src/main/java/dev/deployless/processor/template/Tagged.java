package dev.deployless.processor.template;

/**
 * A YAML value with an explicit tag, such as CloudFormation's short forms {@code !Ref Api} or
 * {@code !GetAtt [Fn, Arn]} in a template the user edited; written back with its tag.
 *
 * @param tag the tag with its {@code !}, such as {@code !Ref}
 * @param value a scalar string, a list or a map
 */
public record Tagged(String tag, Object value) {}
