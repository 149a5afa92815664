package dev.deployless.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A route's response with full control over status and headers. The body is written like a plain
 * return value: a {@code String} as text, {@code byte[]} as binary, {@code null} as no body, anything
 * else as JSON by code generated for {@code T}.
 *
 * <pre>{@code
 * return Response.created(user).header("Location", "/users/" + user.id());
 * }</pre>
 *
 * <p>Instances are immutable: {@link #header} returns a new response.
 *
 * @param <T> the body type
 */
public final class Response<T> {
  private final int status;
  private final T body;
  private final List<String> headers;

  private Response(int status, T body, List<String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100-599, got " + status);
    }
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  /** A response with {@code status} and {@code body} ({@code null} for none). */
  public static <T> Response<T> of(int status, T body) {
    return new Response<>(status, body, Collections.emptyList());
  }

  /** 200 OK with {@code body}. */
  public static <T> Response<T> ok(T body) {
    return of(200, body);
  }

  /** 201 Created with {@code body}. */
  public static <T> Response<T> created(T body) {
    return of(201, body);
  }

  /** 202 Accepted with {@code body}. */
  public static <T> Response<T> accepted(T body) {
    return of(202, body);
  }

  /** 204 No Content. */
  public static <T> Response<T> noContent() {
    return of(204, null);
  }

  /** {@code status} with no body. */
  public static <T> Response<T> status(int status) {
    return of(status, null);
  }

  /** This response with one more header; a name may repeat ({@code Set-Cookie}). */
  public Response<T> header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    List<String> more = new ArrayList<>(headers.size() + 2);
    more.addAll(headers);
    more.add(name);
    more.add(value);
    return new Response<>(status, body, Collections.unmodifiableList(more));
  }

  /** This response with {@code body} instead. */
  public Response<T> body(T body) {
    return new Response<>(status, body, headers);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The body, or {@code null} for none. */
  public T body() {
    return body;
  }

  /** The headers as alternating names and values, in the order they were added. */
  public List<String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "Response[status=" + status + ", headers=" + headers + ", body=" + body + "]";
  }
}
