package com.example.ums;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.deployless.local.ProxyEvent;
import dev.deployless.runtime.Environment;
import dev.deployless.testing.ProxyResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * Calls generated handlers the way Lambda does (a stream in, a stream out) with the environment
 * variables the template gives every function of this example.
 */
final class Api {
  static final Map<String, String> ENVIRONMENT = Map.of("APP_STAGE", "dev", "LOG_LEVEL", "INFO",
      "TOKEN_EXPIRY", "3600");

  private Api() {}

  static ProxyResponse call(RequestStreamHandler handler, ProxyEvent event) {
    return ProxyResponse.parse(invoke(handler, event.bytes()));
  }

  static byte[] invoke(RequestStreamHandler handler, byte[] event) {
    try {
      return Environment.callWith(ENVIRONMENT, () -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        return out.toByteArray();
      });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a generated handler within the function's environment, as its container would. */
  static <T> T create(java.util.concurrent.Callable<T> constructor) {
    try {
      return Environment.callWith(ENVIRONMENT, constructor);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value at {@code key} of a JSON object body. */
  static Object field(ProxyResponse response, String... path) {
    Object value = response.json();
    for (String key : path) {
      value = ((Map<?, ?>) value).get(key);
    }
    return value;
  }
}
