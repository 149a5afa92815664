package com.example.signups.export;

import com.example.signups.shared.Aws;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.LambdaFunction;
import dev.deployless.annotations.Resource;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The export task the sign-up route starts with an asynchronous invocation ({@code @Invokes}): its
 * event is the payload the route sends, read like a request body.
 */
@Feature(name = "export", description = "Sign-up export")
@Resource(name = "users", access = Access.READ)
public class ExportTask {
  private final ExportResources resources;

  public ExportTask(ExportResources resources) {
    this.resources = resources;
  }

  /** The payload of the invocation. */
  public record ExportRequest(String requestedBy) {}

  /** What the export found: the users by plan. */
  public record ExportSummary(String requestedBy, int users, Map<String, Integer> byPlan) {}

  @LambdaFunction(timeout = 300, memory = 1024, description = "Counts the sign-ups by plan")
  public ExportSummary exportSignups(ExportRequest request) {
    Map<String, Integer> byPlan = new TreeMap<>();
    int users = 0;
    for (Map<String, AttributeValue> item : Aws.dynamoDb().scanPaginator(scan -> scan
        .tableName(resources.users().name()).projectionExpression("#plan")
        .expressionAttributeNames(Map.of("#plan", "plan"))).items()) {
      users++;
      byPlan.merge(item.containsKey("plan") ? item.get("plan").s() : "free", 1, Integer::sum);
    }
    return new ExportSummary(request.requestedBy(), users, byPlan);
  }
}
