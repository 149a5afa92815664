package dev.deployless.local.aws;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The AWS emulator the local server uses: a {@code moto_server} it started (mode {@code moto}), or
 * one already running (mode {@code endpoint=URL}); its endpoint, region and account.
 */
public final class Emulator implements AutoCloseable {
  private final AwsMode mode;
  private final AwsClient client;
  private final MotoProcess moto;
  private final String account;

  private Emulator(AwsMode mode, AwsClient client, MotoProcess moto, String account) {
    this.mode = mode;
    this.client = client;
    this.moto = moto;
    this.account = account;
  }

  /**
   * Starts (mode {@code moto}) or reaches (mode {@code endpoint=URL}) the emulator.
   *
   * @throws IOException when {@code moto_server} is missing or does not start, or nothing AWS-like
   *     answers at the endpoint
   */
  public static Emulator start(AwsMode mode, String region) throws IOException {
    MotoProcess moto = null;
    URI endpoint;
    switch (mode.kind()) {
      case MOTO:
        moto = MotoProcess.start(MotoProcess.find().orElseThrow(() -> new IOException(
            "moto_server is not on the PATH: install it (pip install 'moto[server]'), point at a"
                + " running emulator (--aws endpoint=URL), or run without resources (--aws none)")));
        endpoint = moto.endpoint();
        break;
      case ENDPOINT:
        endpoint = mode.endpoint();
        break;
      default:
        throw new IllegalArgumentException("mode none has no emulator");
    }
    AwsClient client = new AwsClient(endpoint, region);
    try {
      String identity = client.query("sts", "GetCallerIdentity", "2011-06-15", Map.of());
      String account = AwsClient.xmlText(identity, "Account");
      return new Emulator(mode, client, moto, account == null ? "000000000000" : account);
    } catch (IOException e) {
      if (moto != null) {
        moto.close();
      }
      throw new IOException("no AWS emulator answers at " + endpoint + " (STS GetCallerIdentity: "
          + e.getMessage() + ")", e);
    }
  }

  public AwsMode mode() {
    return mode;
  }

  public URI endpoint() {
    return client.endpoint();
  }

  public String region() {
    return client.region();
  }

  public String account() {
    return account;
  }

  /** The client the local server calls the emulator with. */
  public AwsClient client() {
    return client;
  }

  /** One line saying where the resources live. */
  public String describe() {
    return (moto != null ? "moto_server at " + endpoint() + " (started for this run, stopped on exit)"
        : "the emulator at " + endpoint()) + ", region " + region() + ", account " + account;
  }

  /** Stops {@code moto_server} if this emulator started it. */
  @Override
  public void close() {
    if (moto != null) {
      moto.close();
    }
  }
}
