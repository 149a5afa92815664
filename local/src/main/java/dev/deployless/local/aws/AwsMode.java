package dev.deployless.local.aws;

import java.net.URI;
import java.util.Locale;

/**
 * Where the application's AWS resources live locally: {@code moto} (a {@code moto_server} the
 * local server starts on a free port and stops on exit), {@code endpoint=URL} (an AWS-compatible
 * emulator already running: LocalStack, moto), or {@code none} (no resources: generated accessors
 * report {@code available() == false}).
 *
 * @param kind which of the three
 * @param endpoint the emulator's URL for {@code endpoint=URL}, else null
 */
public record AwsMode(Kind kind, URI endpoint) {
  /** The three modes. */
  public enum Kind { MOTO, ENDPOINT, NONE }

  /** The mode without resources. */
  public static final AwsMode NONE = new AwsMode(Kind.NONE, null);
  /** The mode that starts {@code moto_server}. */
  public static final AwsMode MOTO = new AwsMode(Kind.MOTO, null);

  /**
   * The mode {@code text} names ({@code moto}, {@code none}, {@code endpoint=URL}); {@code auto}
   * or null is {@link #auto()}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static AwsMode parse(String text) {
    if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("auto")) {
      return auto();
    }
    String value = text.trim();
    switch (value.toLowerCase(Locale.ROOT)) {
      case "moto":
        return MOTO;
      case "none":
        return NONE;
      default:
        break;
    }
    if (value.toLowerCase(Locale.ROOT).startsWith("endpoint=")) {
      URI uri = URI.create(value.substring("endpoint=".length()).trim());
      if (uri.getScheme() == null || uri.getHost() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new IllegalArgumentException("endpoint=URL needs an http(s) URL such as"
            + " endpoint=http://127.0.0.1:4566, got " + value);
      }
      return new AwsMode(Kind.ENDPOINT, uri);
    }
    throw new IllegalArgumentException("unknown AWS mode " + value
        + ": use moto, none or endpoint=URL (such as endpoint=http://127.0.0.1:4566)");
  }

  /** {@code moto} when {@code moto_server} is on the PATH, else {@code none}. */
  public static AwsMode auto() {
    return MotoProcess.find().isPresent() ? MOTO : NONE;
  }

  @Override
  public String toString() {
    return kind == Kind.ENDPOINT ? "endpoint=" + endpoint : kind.name().toLowerCase(Locale.ROOT);
  }
}
