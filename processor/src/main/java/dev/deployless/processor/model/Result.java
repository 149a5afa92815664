package dev.deployless.processor.model;

/** What a route, cron, lambda or triggered method's return value becomes. */
public sealed interface Result {

  /** {@code void}: 204 for a route, no result for an event function. */
  record None() implements Result {}

  /** {@code String}: a text/plain body. */
  record Text() implements Result {}

  /** {@code byte[]}: a binary body. */
  record Binary() implements Result {}

  /** Any other type: a JSON body. */
  record Json(ValueType type) implements Result {}

  /** {@code Optional<T>}: 404 when empty, else the result of {@code T}. */
  record Maybe(Result present, TypeRef type) implements Result {}

  /** {@code Response<T>}: the route's own status and headers, the body as the result of {@code T}. */
  record Full(Result body, TypeRef type) implements Result {}

  /** The value returned by an {@code aws-lambda-java-events} handler, serialized by the runtime. */
  record RuntimeSerialized(TypeRef type) implements Result {}

  /** The identifiers of the items of a batch that failed, returned by a batch method of a trigger. */
  record Identifiers() implements Result {}
}
