package dev.deployless.annotations;

/** HTTP methods of a {@link Route}; {@link #ANY} matches every method API Gateway accepts. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE,
  HEAD,
  OPTIONS,
  ANY
}
