package dev.deployless.runtime.event;

import java.time.Instant;
import java.util.List;

/**
 * An EventBridge event, as a rule delivers it to a function: the envelope and the {@code detail}
 * bound to the method's type.
 *
 * @param id the event's id
 * @param version the envelope's version ({@code 0})
 * @param detailType the event's type ({@code detail-type}), such as {@code InvoicePaid}
 * @param source who sent it, such as {@code com.example.billing} or {@code aws.s3}
 * @param account the AWS account it was sent in
 * @param time when it happened, to the second
 * @param region the region it was sent in
 * @param resources ARNs of the AWS resources it concerns, often empty
 * @param detail the event's content
 * @param <T> the type of the detail
 */
public record EventBridgeEvent<T>(
    String id,
    String version,
    String detailType,
    String source,
    String account,
    Instant time,
    String region,
    List<String> resources,
    T detail) {

  /** This envelope with another detail. */
  public <D> EventBridgeEvent<D> withDetail(D newDetail) {
    return new EventBridgeEvent<>(id, version, detailType, source, account, time, region, resources,
        newDetail);
  }
}
