/**
 * The events of the sources that trigger functions (SQS, S3, DynamoDB streams, SNS, EventBridge)
 * as records of their own, and their readers: each reads the JSON Lambda delivers with the
 * runtime's streaming {@link dev.deployless.runtime.json.JsonReader}, without reflection or a JSON
 * library, skipping the fields it does not expose. A malformed event is a
 * {@link dev.deployless.runtime.event.MalformedEventException} naming the JSON path.
 */
package dev.deployless.runtime.event;
