package dev.deployless.runtime.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample events of {@code src/test/resources/events}, and events built for the tests. */
public final class Samples {
  private Samples() {}

  /** The bytes of sample {@code name} ({@code "sqs.json"}). */
  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/events/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample event " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of sample {@code name}. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** UTF-8 bytes of {@code json}. */
  public static byte[] json(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An SQS event of {@code count} messages with ids {@code m0, m1, ...} and bodies
   * {@code {"n": i}}, as Lambda builds it.
   */
  public static byte[] sqsBatch(int count, String queueArn) {
    StringBuilder event = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        event.append(',');
      }
      event.append("{\"messageId\":\"m").append(i).append("\",\"receiptHandle\":\"handle-").append(i)
          .append("\",\"body\":\"{\\\"n\\\":").append(i).append("}\",\"attributes\":{")
          .append("\"ApproximateReceiveCount\":\"1\",\"SentTimestamp\":\"1700000000000\"")
          .append(queueArn.endsWith(".fifo") ? ",\"MessageGroupId\":\"g\"" : "")
          .append("},\"messageAttributes\":{},\"md5OfBody\":\"00\",\"eventSource\":\"aws:sqs\",")
          .append("\"eventSourceARN\":\"").append(queueArn).append("\",\"awsRegion\":\"eu-west-1\"}");
    }
    return json(event.append("]}").toString());
  }

  /** A DynamoDB stream event of {@code count} INSERT records with sequence numbers {@code 100, 101, ...}. */
  public static byte[] dynamoDbBatch(int count) {
    StringBuilder event = new StringBuilder("{\"Records\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        event.append(',');
      }
      event.append("{\"eventID\":\"e").append(i).append("\",\"eventName\":\"INSERT\",")
          .append("\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"eu-west-1\",\"dynamodb\":{")
          .append("\"Keys\":{\"id\":{\"N\":\"").append(i).append("\"}},\"NewImage\":{\"id\":{\"N\":\"")
          .append(i).append("\"}},\"SequenceNumber\":\"").append(100 + i)
          .append("\",\"SizeBytes\":10,\"StreamViewType\":\"NEW_IMAGE\"},")
          .append("\"eventSourceARN\":\"arn:aws:dynamodb:eu-west-1:1:table/t/stream/x\"}");
    }
    return json(event.append("]}").toString());
  }
}
