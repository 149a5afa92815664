package com.example.signups.audit;

import com.example.signups.shared.Aws;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.OnTableChange;
import dev.deployless.annotations.Resource;
import dev.deployless.runtime.event.DynamoDbStreamRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keeps an audit trail of the users table from its stream: one item per change, keyed by the
 * user and the record's sequence number, so a record Lambda retries is written once. Records of a
 * user come in order; a record that keeps failing is retried five times, then described in the
 * {@code audit-failures} queue.
 */
@Feature(name = "audit", description = "Audit trail of the users table")
@Resource(name = "audit", access = Access.WRITE)
public class AuditWorker {
  private final AuditResources resources;

  public AuditWorker(AuditResources resources) {
    this.resources = resources;
  }

  @OnTableChange(table = "users", maxRetries = 5, maxRecordAge = 3600, onFailure = "audit-failures")
  public void audit(DynamoDbStreamRecord change) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("email", AttributeValue.fromS(change.keys().get("email").s()));
    item.put("sequence", AttributeValue.fromS(change.sequenceNumber()));
    item.put("change", AttributeValue.fromS(change.eventName().name()));
    var image = change.eventName() == DynamoDbStreamRecord.EventName.REMOVE ? change.oldImage() : change.newImage();
    if (image.containsKey("plan")) {
      item.put("plan", AttributeValue.fromS(image.get("plan").s()));
    }
    if (change.oldImage().containsKey("plan") && image.containsKey("plan")
        && !change.oldImage().get("plan").s().equals(image.get("plan").s())) {
      item.put("previous_plan", AttributeValue.fromS(change.oldImage().get("plan").s()));
    }
    Aws.dynamoDb().putItem(put -> put.tableName(resources.audit().name()).item(item));
  }
}
