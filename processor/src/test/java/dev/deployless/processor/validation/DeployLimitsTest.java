package dev.deployless.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How many resources E113 counts for a function once SAM has expanded it. */
class DeployLimitsTest {

  private static Map<String, Object> function(Map<String, Object> properties) {
    return Map.of("Type", "AWS::Serverless::Function", "Properties", properties);
  }

  private static Map<String, Object> event(String type) {
    return Map.of("Type", type, "Properties", Map.of());
  }

  @Test
  void aFunctionIsItselfAndItsRole() {
    assertEquals(2, DeployLimits.deployed(function(Map.of())));
    assertEquals(1, DeployLimits.deployed(function(Map.of("Role", "arn:aws:iam::123456789012:role/r"))));
  }

  @Test
  void eachEventAddsItsPermissionAndRulesAndSubscriptionsOneMore() {
    assertEquals(3, DeployLimits.deployed(function(Map.of("Events", Map.of("Get", event("Api"))))));
    assertEquals(4, DeployLimits.deployed(function(Map.of("Events", Map.of("Nightly", event("Schedule"))))));
    assertEquals(4, DeployLimits.deployed(function(Map.of("Events", Map.of("Paid", event("EventBridgeRule"))))));
    assertEquals(4, DeployLimits.deployed(function(Map.of("Events", Map.of("Refund", event("SNS"))))));
  }

  @Test
  void anAliasAndAnAsynchronousConfigurationCount() {
    assertEquals(4, DeployLimits.deployed(function(Map.of("AutoPublishAlias", "live"))));
    assertEquals(3, DeployLimits.deployed(function(Map.of("EventInvokeConfig", Map.of("MaximumRetryAttempts", 0)))));
  }
}
