package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;

import dev.deployless.processor.model.DeploymentSettings;
import dev.deployless.processor.model.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Safe deployments (seed 004): the alias SAM publishes each version under ({@code AutoPublishAlias},
 * which also makes API and other events invoke the alias) and the {@code DeploymentPreference}
 * CodeDeploy follows, rolling back on the errors alarm of the alias; and what a hook function needs.
 */
final class DeploymentTemplate {
  /** The application SAM creates in CodeDeploy for the deployment preferences of a template. */
  private static final String CODE_DEPLOY_APPLICATION = "ServerlessDeploymentApplication";

  private DeploymentTemplate() {}

  /**
   * The deployment preference of a function.
   *
   * @param errorsAlarm the logical ID of the alarm that rolls back, or null when alarms are off
   */
  static Map<String, Object> preference(DeploymentSettings deployment, String errorsAlarm) {
    Map<String, Object> preference = new LinkedHashMap<>();
    preference.put("Type", deployment.typeName());
    if (errorsAlarm != null) {
      preference.put("Alarms", List.of(ref(errorsAlarm)));
    }
    if (!deployment.hooks().isEmpty()) {
      Map<String, Object> hooks = new LinkedHashMap<>();
      deployment.hooks().forEach((hook, name) -> hooks.put(hook, ref(Names.functionId(name))));
      preference.put("Hooks", hooks);
    }
    return preference;
  }

  /** The policy of a hook function: reporting the result of the lifecycle event to CodeDeploy. */
  static Map<String, Object> hookPolicy() {
    return Policies.statement(List.of("codedeploy:PutLifecycleEventHookExecutionStatus"), List.of(map("Fn::Sub",
        "arn:${AWS::Partition}:codedeploy:${AWS::Region}:${AWS::AccountId}:deploymentgroup:${"
            + CODE_DEPLOY_APPLICATION + "}/*")));
  }
}
