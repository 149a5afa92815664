package com.example.signups.welcome;

import com.example.signups.Signup;
import com.example.signups.shared.Aws;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.OnQueue;
import dev.deployless.annotations.Resource;
import dev.deployless.runtime.event.SqsMessage;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Welcomes each user the sign-up route queued. Each message is processed on its own: one that
 * fails (its body is not a sign-up, or the mail server refuses the address) is reported in the
 * partial batch failure response and comes back to the queue, then moves to its dead-letter queue
 * after three receives; the others are deleted.
 */
@Feature(name = "welcome", description = "Welcome messages")
@Resource(name = "users", access = Access.WRITE)
public class WelcomeWorker {
  private final WelcomeResources resources;

  public WelcomeWorker(WelcomeResources resources) {
    this.resources = resources;
  }

  @OnQueue(queue = "welcome", batchSize = 10, timeout = 30)
  public void welcome(Signup signup, SqsMessage message) {
    if (signup.email().endsWith("@bounce.test")) {
      throw new IllegalStateException("the mail server refused the welcome of message " + message.messageId());
    }
    // Sending the e-mail is left out of the example; what it records is what a test can see.
    Aws.dynamoDb().updateItem(update -> update.tableName(resources.users().name())
        .key(Map.of("email", AttributeValue.fromS(signup.email())))
        .updateExpression("SET welcomed_at = :at, welcome_message = :id")
        .conditionExpression("attribute_exists(email)")
        .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(Instant.now().toString()),
            ":id", AttributeValue.fromS(message.messageId()))));
  }
}
