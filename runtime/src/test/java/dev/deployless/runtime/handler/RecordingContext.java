package dev.deployless.runtime.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A Lambda context whose logger keeps what the function logs. */
final class RecordingContext implements Context, LambdaLogger {
  final List<String> lines = new ArrayList<>();

  String log() {
    return String.join("", lines);
  }

  @Override
  public void log(String message) {
    lines.add(message);
  }

  @Override
  public void log(byte[] message) {
    lines.add(new String(message, StandardCharsets.UTF_8));
  }

  @Override
  public LambdaLogger getLogger() {
    return this;
  }

  @Override
  public String getAwsRequestId() {
    return "req-1";
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/test";
  }

  @Override
  public String getLogStreamName() {
    return "stream";
  }

  @Override
  public String getFunctionName() {
    return "test";
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:eu-west-1:123456789012:function:test";
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return 30_000;
  }

  @Override
  public int getMemoryLimitInMB() {
    return 512;
  }
}
