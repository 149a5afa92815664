package com.example.signups.signup;

import com.example.signups.Signup;
import com.example.signups.shared.Aws;
import dev.deployless.annotations.Access;
import dev.deployless.annotations.Body;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.Invokes;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Route;
import dev.deployless.runtime.BadRequestException;
import dev.deployless.runtime.ConflictException;
import dev.deployless.runtime.Response;
import dev.deployless.runtime.json.JsonWriter;
import dev.deployless.runtime.resource.LinkedFunction;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Sign-ups: {@code POST /signups} stores the user and queues the welcome; the rest happens in the
 * functions the queue, the table's stream and the uploads bucket trigger. {@code POST
 * /signups/export} starts the export task without waiting for it.
 */
@Feature(name = "signup", basePath = "/signups", description = "Sign-ups")
@Resource(name = "users", access = Access.WRITE)
@Resource(name = "welcome", access = Access.SEND)
public class SignupController {
  private static final Set<String> PLANS = Set.of("free", "pro");

  private final SignupResources resources;

  public SignupController(SignupResources resources) {
    this.resources = resources;
  }

  /** What a sign-up answers: the user is stored, the welcome is on its way. */
  public record Accepted(String email, String status) {}

  /** What starting the export answers: the function that runs it. */
  public record ExportStarted(String function) {}

  @Route(method = HttpMethod.POST)
  public Response<Accepted> signUp(@Body Signup signup) {
    if (signup.email() == null || !signup.email().contains("@")) {
      throw new BadRequestException("email must be an email address");
    }
    String plan = signup.plan() == null ? "free" : signup.plan();
    if (!PLANS.contains(plan)) {
      throw new BadRequestException("plan must be free or pro");
    }
    String email = signup.email().trim().toLowerCase(Locale.ROOT);
    try {
      Aws.dynamoDb().putItem(put -> put.tableName(resources.users().name())
          .item(Map.of("email", AttributeValue.fromS(email),
              "name", AttributeValue.fromS(signup.name() == null ? "" : signup.name()),
              "plan", AttributeValue.fromS(plan),
              "created_at", AttributeValue.fromS(Instant.now().toString())))
          .conditionExpression("attribute_not_exists(email)"));
    } catch (ConditionalCheckFailedException e) {
      throw new ConflictException(email + " has signed up already");
    }
    JsonWriter message = new JsonWriter().beginObject()
        .name("email").value(email).name("name").value(signup.name()).name("plan").value(plan)
        .endObject();
    Aws.sqs().sendMessage(send -> send.queueUrl(resources.welcome().url()).messageBody(message.toString()));
    return Response.accepted(new Accepted(email, "welcome queued"));
  }

  /**
   * Starts {@code exportSignups} as an asynchronous task: Lambda queues the event and answers 202
   * at once; the task runs with its own memory and timeout.
   */
  @Route(method = HttpMethod.POST, path = "/export")
  @Invokes("exportSignups")
  public Response<ExportStarted> export() {
    LinkedFunction task = resources.exportSignups();
    int status = Aws.lambda().invoke(invoke -> invoke.functionName(task.name())
        .invocationType(InvocationType.EVENT)
        .payload(SdkBytes.fromUtf8String("{\"requestedBy\":\"api\"}"))).statusCode();
    if (status != 202) {
      throw new IllegalStateException("Lambda did not queue the export: status " + status);
    }
    return Response.accepted(new ExportStarted(task.name()));
  }
}
