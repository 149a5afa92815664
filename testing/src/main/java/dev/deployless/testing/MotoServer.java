package dev.deployless.testing;

import dev.deployless.local.aws.MotoProcess;
import java.io.IOException;

/**
 * moto's local AWS emulator ({@code moto_server}) on 127.0.0.1, for tests that call DynamoDB, SQS,
 * KMS and SSM through the real AWS SDK: the local server's {@link MotoProcess}. Like the other
 * external judges, a missing {@code moto_server} fails the test on CI and skips it elsewhere with a
 * message.
 */
public final class MotoServer implements AutoCloseable {
  private final MotoProcess process;

  private MotoServer(MotoProcess process) {
    this.process = process;
  }

  /** Starts a server on a free port and waits until it answers. */
  public static MotoServer start() throws IOException, InterruptedException {
    return new MotoServer(MotoProcess.start(ExternalTool.require("moto_server",
        "pip install 'moto[server]'")));
  }

  /** The endpoint every AWS client should use: {@code http://127.0.0.1:PORT}. */
  public String endpoint() {
    return process.endpoint().toString();
  }

  @Override
  public void close() {
    process.close();
  }
}
