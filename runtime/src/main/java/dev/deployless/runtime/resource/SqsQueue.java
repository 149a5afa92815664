package dev.deployless.runtime.resource;

import java.util.Optional;

/**
 * An SQS queue a function may use.
 *
 * @param url the queue URL, for {@code QueueUrl} in SDK requests
 * @param arn the queue ARN
 * @param dlqUrl the URL of its dead-letter queue, if it has one
 */
public record SqsQueue(String url, String arn, Optional<String> dlqUrl) {}
