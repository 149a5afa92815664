package dev.deployless.local.aws;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JVM system properties through which AWS SDK for Java v2 clients built with defaults reach the
 * emulator. One JVM serves every function, and {@code System.getenv} cannot be changed, so the
 * settings are system properties, which the SDK reads before the environment variables of the same
 * meaning ({@code AWS_ENDPOINT_URL}, {@code AWS_REGION}, {@code AWS_ACCESS_KEY_ID}, ...):
 *
 * <ul>
 *   <li>{@code aws.endpointUrl}: the emulator, for every service;
 *   <li>{@code aws.endpointUrlLambda}: the local server itself, whose Lambda invoke API runs the
 *       application's functions;
 *   <li>{@code aws.region}: the emulator's region;
 *   <li>{@code aws.accessKeyId}, {@code aws.secretAccessKey}: dummy credentials, so that no real
 *       credentials of the developer's machine are ever sent (and {@code aws.sessionToken} is
 *       cleared).
 * </ul>
 *
 * <p>The values in force before are put back by {@link #close()}.
 */
public final class SdkSettings implements AutoCloseable {
  private final Map<String, String> previous = new LinkedHashMap<>();

  private SdkSettings() {}

  /** Sets the properties for {@code emulator}, with Lambda calls going to {@code lambdaEndpoint}. */
  public static SdkSettings apply(Emulator emulator, String lambdaEndpoint) {
    SdkSettings settings = new SdkSettings();
    Map<String, String> values = values(emulator, lambdaEndpoint);
    values.forEach((name, value) -> {
      settings.previous.put(name, System.getProperty(name));
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
    return settings;
  }

  /** The properties set for {@code emulator}, in the order they are documented (null: cleared). */
  public static Map<String, String> values(Emulator emulator, String lambdaEndpoint) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("aws.endpointUrl", emulator.endpoint().toString());
    values.put("aws.endpointUrlLambda", lambdaEndpoint);
    values.put("aws.region", emulator.region());
    values.put("aws.accessKeyId", AwsClient.ACCESS_KEY);
    values.put("aws.secretAccessKey", AwsClient.SECRET_KEY);
    values.put("aws.sessionToken", null);
    return values;
  }

  @Override
  public void close() {
    previous.forEach((name, value) -> {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    });
  }
}
