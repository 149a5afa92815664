/**
 * The classes generated handlers are built on. Application code does not call them: the processor
 * generates a subclass of {@link dev.deployless.runtime.handler.ApiFunction} per HTTP function and of
 * {@link dev.deployless.runtime.handler.EventFunction} per scheduled or standalone function, with the
 * routing table, parameter binding and JSON code computed at compile time. A function triggered by
 * a resource extends the base of its source, which reads the event into the records of
 * {@link dev.deployless.runtime.event}: {@link dev.deployless.runtime.handler.SqsFunction} (or
 * {@link dev.deployless.runtime.handler.SqsBatchFunction}),
 * {@link dev.deployless.runtime.handler.DynamoDbStreamFunction} (or
 * {@link dev.deployless.runtime.handler.DynamoDbStreamBatchFunction}),
 * {@link dev.deployless.runtime.handler.S3Function}, {@link dev.deployless.runtime.handler.SnsFunction}
 * and {@link dev.deployless.runtime.handler.EventBridgeFunction}.
 */
package dev.deployless.runtime.handler;
