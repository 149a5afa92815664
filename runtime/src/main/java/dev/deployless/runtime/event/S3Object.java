package dev.deployless.runtime.event;

/**
 * The object of an {@link S3Notification}.
 *
 * @param key the object's key, decoded: S3 sends it URL-encoded ({@code red+flower.jpg} for
 *     {@code red flower.jpg}), and this is the key to pass to {@code GetObject}
 * @param size the size in bytes, or -1 when the event has none (removals)
 * @param eTag the object's ETag, or null (removals)
 * @param versionId the version, in a versioned bucket; else null
 * @param sequencer orders the events of one key: a greater sequencer (compared as hex strings of
 *     equal length) is a later event
 */
public record S3Object(String key, long size, String eTag, String versionId, String sequencer) {}
