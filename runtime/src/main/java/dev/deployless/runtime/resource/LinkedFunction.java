package dev.deployless.runtime.resource;

/**
 * A function of the application that a function may invoke ({@code @Invokes}). To run it as a
 * task, without waiting for it, invoke it asynchronously with the AWS SDK:
 *
 * <pre>{@code
 * lambda.invoke(InvokeRequest.builder()
 *     .functionName(resources.generateInvoice().name())
 *     .invocationType(InvocationType.EVENT)             // returns at once, status 202
 *     .payload(SdkBytes.fromUtf8String(json))
 *     .build());
 * }</pre>
 *
 * @param name the function's name, for {@code FunctionName} in SDK requests
 * @param arn the function's ARN
 */
public record LinkedFunction(String name, String arn) {}
