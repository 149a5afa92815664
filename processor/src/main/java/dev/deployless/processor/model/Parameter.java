package dev.deployless.processor.model;

/** How one parameter of a route, cron, lambda or triggered method gets its value. */
public sealed interface Parameter {

  /** The parameter's name in the Java method. */
  String javaName();

  /** {@code @PathParam}: a path variable of the route's template; {@code source} is the binding. */
  record PathParameter(String javaName, String name, ValueType type, Source source)
      implements Parameter {}

  /** {@code @QueryParam}: scalar, {@code Optional} or {@code List}; {@code defaultValue} may be null. */
  record QueryParameter(String javaName, String name, ValueType type, String defaultValue)
      implements Parameter {}

  /** {@code @HeaderParam}: as a query parameter, with the header name matched in any case. */
  record HeaderParameter(String javaName, String name, ValueType type, String defaultValue)
      implements Parameter {}

  /** {@code @Body}: JSON into {@code type}, or raw text or bytes; optional if declared {@code Optional}. */
  record BodyParameter(String javaName, ValueType type, boolean optional) implements Parameter {}

  /** The Lambda {@code Context}. */
  record ContextParameter(String javaName) implements Parameter {}

  /** The raw {@code dev.deployless.runtime.Request}. */
  record RequestParameter(String javaName) implements Parameter {}

  /** The {@code dev.deployless.runtime.Caller}: who sent the request, as the authorizer found it. */
  record CallerParameter(String javaName) implements Parameter {}

  /** The event of a cron or lambda method, read from JSON ({@code String} takes it raw). */
  record EventParameter(String javaName, ValueType type) implements Parameter {}

  /**
   * The event of a cron or lambda method as an {@code aws-lambda-java-events} class, deserialized by
   * the Lambda runtime (the handler implements {@code RequestHandler}).
   */
  record AwsEventParameter(String javaName, TypeRef type) implements Parameter {}

  /**
   * The record of a triggered method's source, as the runtime reads it: {@code SqsMessage},
   * {@code S3Notification}, {@code DynamoDbStreamRecord} or {@code SnsMessage}.
   */
  record RecordParameter(String javaName) implements Parameter {}

  /** The whole batch of a queue or stream: {@code List<SqsMessage>} or {@code List<DynamoDbStreamRecord>}. */
  record RecordsParameter(String javaName) implements Parameter {}

  /** {@code EventBridgeEvent<T>}: the envelope of an EventBridge event with its detail read as {@code detail}. */
  record EnvelopeParameter(String javaName, ValueType detail) implements Parameter {}
}
