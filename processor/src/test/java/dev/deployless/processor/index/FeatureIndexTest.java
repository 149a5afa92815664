package dev.deployless.processor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.annotations.Access;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.AuthMode;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.SharedResources;
import dev.deployless.processor.model.Standalone;
import dev.deployless.processor.model.Trigger;
import dev.deployless.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * An index entry holds what the template and the cross-class rules need of a class compiled
 * earlier: written and read back, it gives the same model (parameters, JSON types and sources are
 * not kept; they only matter to the class's own handlers and diagnostics).
 */
class FeatureIndexTest {
  private static final TypeRef CONTROLLER = TypeRef.declared("com.example", List.of("UserController"), List.of());

  @Test
  void aFeatureWithEverySettingResourceLinkPolicyJobStandaloneTriggerAndFunctionLinkComesBackTheSame() {
    FeatureClass feature = FeatureClass.builder("users", CONTROLLER)
        .basePath("/users")
        .settings(everySetting())
        .routes(List.of(
            new Endpoint("GET", "/users/{id}", "get", false, Settings.NONE, List.of(), new Result.None(), null,
                AuthMode.NONE),
            new Endpoint("POST", "/users", "create", true, Settings.builder().memory(OptionalInt.of(2048))
                .timeout(OptionalInt.of(20)).description(Optional.of("creates")).build(), List.of(),
                new Result.None(), null, AuthMode.INHERIT)))
        .auth(AuthMode.API_KEY)
        .jobs(List.of(new Job(List.of("rate(1 day)", "cron(0 9 * * ? *)"), false, Optional.of("{\"a\":[1]}"),
            "tidy", Settings.builder().timeout(OptionalInt.of(300)).build(), List.of(), new Result.None(), null),
            new Job(List.of("rate(5 minutes)"), true, Optional.empty(), "poll", Settings.NONE, List.of(),
                new Result.None(), null)))
        .standalones(List.of(new Standalone("process", Settings.builder().memory(OptionalInt.of(1024))
            .env(List.of(new EnvVar("MODE", "batch", null))).build(), List.of(), new Result.None(), null)))
        .constructorThrows(true)
        .injectsResources(true)
        .declared(everyResourceType(CONTROLLER, false))
        .links(List.of(new ResourceLink("users", Access.DEFAULT, null), new ResourceLink("jobs", Access.SEND, null),
            new ResourceLink("shared-key", Access.DECRYPT, null)))
        .policies(List.of(new ExtraPolicy("arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess", List.of(), List.of(),
            null), new ExtraPolicy("", List.of("kms:Sign", "kms:Verify"), List.of("signing", "arn:aws:kms:*"), null)))
        .listeners(everyTrigger())
        .invokes(List.of(new FunctionLink("generateInvoice", "", null), new FunctionLink("users", "process", null)))
        .build();

    FeatureIndex.Entry entry = FeatureIndex.read(FeatureIndex.write(feature)).orElseThrow();

    assertEquals(feature, entry.feature());
    assertNull(entry.shared());
    assertEquals("com.example.UserController", entry.className());
  }

  @Test
  void aFeatureWithNothingSetComesBackTheSame() {
    TypeRef nested = TypeRef.declared("", List.of("Outer", "Inner"), List.of());
    FeatureClass feature = FeatureClass.builder("inner", nested).build();
    assertEquals(feature, FeatureIndex.read(FeatureIndex.write(feature)).orElseThrow().feature());
  }

  @Test
  void sharedDeclarationsComeBackTheSame() {
    TypeRef owner = TypeRef.declared("com.example.shared", List.of("Tables"), List.of());
    SharedResources shared = new SharedResources(owner, everyResourceType(owner, true), null);

    FeatureIndex.Entry entry = FeatureIndex.read(FeatureIndex.write(shared)).orElseThrow();

    assertEquals(shared, entry.shared());
    assertNull(entry.feature());
    assertEquals("com.example.shared.Tables", entry.className());
  }

  @Test
  void anSsmVariableIsKeptAsTheReferenceTheTemplateWrites() {
    EnvVar pinned = new EnvVar("DB_HOST", "", "/prod/db/host", false, 3, null);
    FeatureClass feature = FeatureClass.builder("users", CONTROLLER)
        .settings(Settings.builder().env(List.of(pinned)).build()).build();

    EnvVar read = FeatureIndex.read(FeatureIndex.write(feature)).orElseThrow().feature().settings().env().get(0);

    assertEquals(new EnvVar("DB_HOST", "{{resolve:ssm:/prod/db/host:3}}", null), read);
    assertEquals(pinned.templateValue(), read.templateValue());
  }

  @Test
  void entriesOfAnotherVersionOrUnreadableAreIgnored() {
    String entry = FeatureIndex.write(FeatureClass.builder("users", CONTROLLER).build());
    assertTrue(entry.contains("\"version\":4"));
    assertTrue(FeatureIndex.read(entry.replace("\"version\":4", "\"version\":3")).isEmpty());
    assertTrue(FeatureIndex.read("{\"version\":4}").isEmpty());
    assertTrue(FeatureIndex.read("not json").isEmpty());
  }

  @Test
  void theFileHoldsOneEntryPerLine() {
    String a = FeatureIndex.write(FeatureClass.builder("a", CONTROLLER).build());
    String b = FeatureIndex.write(FeatureClass.builder("b", CONTROLLER).build());
    assertEquals(List.of(a, b), FeatureIndex.entries(FeatureIndex.file(List.of(a, b))));
    assertEquals(List.of(), FeatureIndex.entries(""));
  }

  private static List<Listener> everyTrigger() {
    Trigger.Delivery delivery = new Trigger.Delivery("failures", 1, 3600);
    List<Trigger> triggers = List.of(
        new Trigger.Queue("jobs", 100, 5, 20, List.of("{\"body\":{}}"), false),
        new Trigger.Bucket("uploads", List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:Delete"), "in/", ".pdf",
            delivery),
        new Trigger.Stream("users", "LATEST", 50, 2, List.of(), true, 5, 3600, "failures", 2, true),
        new Trigger.Topic("events", "{\"a\":[\"b\"]}", "MESSAGE_BODY", new Trigger.Delivery("", -1, -1)),
        new Trigger.Rule("partner", List.of("com.partner"), List.of("Paid", "Refunded"), "{}", false, delivery));
    List<Listener> listeners = new ArrayList<>();
    for (int i = 0; i < triggers.size(); i++) {
      listeners.add(new Listener("on" + i, Settings.builder().timeout(OptionalInt.of(10 + i)).build(),
          triggers.get(i), List.of(), new Result.None(), null));
    }
    return listeners;
  }

  private static Settings everySetting() {
    return Settings.builder()
        .memory(OptionalInt.of(512))
        .timeout(OptionalInt.of(29))
        .description(Optional.of("the users"))
        .env(List.of(new EnvVar("LEVEL", "debug", null), new EnvVar("EMPTY", "", null)))
        .architecture(Optional.of("arm64"))
        .tracing(Optional.of("Active"))
        .layers(List.of("arn:aws:lambda:eu-west-1:123456789012:layer:tools:3"))
        .logRetention(OptionalInt.of(30))
        .reservedConcurrency(OptionalInt.of(10))
        .provisionedConcurrency(OptionalInt.of(2))
        .ephemeralStorage(OptionalInt.of(1024))
        .dlq(true)
        .build();
  }

  private static List<AwsResource> everyResourceType(TypeRef owner, boolean shared) {
    ResourceSpec table = new ResourceSpec.Table("users", "id", "S", "createdAt", "N",
        List.of(new ResourceSpec.Gsi("byEmail", "email", "S", "", "S", "INCLUDE", List.of("name", "role"))),
        "PROVISIONED", 5, 2, "expiresAt", "NEW_AND_OLD_IMAGES", true, false, "Retain", false);
    ResourceSpec bucket = new ResourceSpec.Bucket("uploads", true, true,
        List.of(new ResourceSpec.BucketCors(List.of("*"), List.of("GET", "PUT"), List.of(), List.of("ETag"), 600)),
        List.of(new ResourceSpec.Lifecycle("old", "tmp/", 7, -1, true)), true, "Delete", false);
    ResourceSpec queue = new ResourceSpec.Queue("jobs", true, true, 60, 86400, 5, false, "Delete", false);
    ResourceSpec key = new ResourceSpec.Key("app/signing", "signs", "SIGN_VERIFY", "RSA_2048", "DISABLED",
        "Retain", "", "SIGNING_KEY_ID");
    ResourceSpec parameter = new ResourceSpec.Parameter("/app/flags", "on", "STRING_LIST", "flags", true);
    ResourceSpec topic = new ResourceSpec.Topic("events", true, true, "Retain", false);
    return List.of(
        new AwsResource("users", Access.CRUD, table, owner, shared, null, null),
        new AwsResource("uploads", Access.READ, bucket, owner, shared, null, null),
        new AwsResource("jobs", Access.DEFAULT, queue, owner, shared, null, null),
        new AwsResource("signing", Access.ENCRYPT, key, owner, shared, null, null),
        new AwsResource("flags", Access.DEFAULT, parameter, owner, shared, null, null),
        new AwsResource("events", Access.PUBLISH, topic, owner, shared, null, null));
  }
}
