package dev.deployless.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** A deployed stack's status and outputs (the API's URL, the functions' ARNs), read with the AWS SDK. */
record StackOutputs(String name, String status, Map<String, String> outputs) {

  /** The stack {@code name}; empty when it does not exist. */
  static Optional<StackOutputs> read(CloudFormationClient cloudFormation, String name) {
    Stack stack;
    try {
      stack = cloudFormation.describeStacks(request -> request.stackName(name)).stacks().get(0);
    } catch (CloudFormationException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
        return Optional.empty();
      }
      throw e;
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output output : stack.outputs()) {
      outputs.put(output.outputKey(), output.outputValue());
    }
    return Optional.of(new StackOutputs(stack.stackName(), stack.stackStatusAsString(), outputs));
  }

  /** The {@code ApiUrl} output, if the stack has one. */
  Optional<String> apiUrl() {
    return Optional.ofNullable(outputs.get("ApiUrl"));
  }
}
