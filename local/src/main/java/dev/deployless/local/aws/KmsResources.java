package dev.deployless.local.aws;

import static dev.deployless.local.aws.Emulated.body;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KMS keys and aliases in the emulator. A key has no name to find it by, so each key the local
 * server creates is tagged with the stack and its logical ID, and found again by those tags.
 */
final class KmsResources {
  private static final String PREFIX = "TrentService.";
  static final String STACK_TAG = "deployless:stack";
  static final String ID_TAG = "deployless:logical-id";

  private KmsResources() {}

  static Emulated.Created ensureKey(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    Map<String, Object> key = find(aws, names.stack(), id);
    boolean existed = key != null;
    if (!existed) {
      key = Template.map(call(aws, "CreateKey", body("Description", properties.get("Description"),
          "KeyUsage", properties.getOrDefault("KeyUsage", "ENCRYPT_DECRYPT"),
          "KeySpec", properties.getOrDefault("KeySpec", "SYMMETRIC_DEFAULT"),
          "Tags", List.of(body("TagKey", STACK_TAG, "TagValue", names.stack()),
              body("TagKey", ID_TAG, "TagValue", id)))).get("KeyMetadata"));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("Ref", (String) key.get("KeyId"));
    attributes.put("Arn", (String) key.get("Arn"));
    attributes.put("KeyId", (String) key.get("KeyId"));
    return new Emulated.Created(attributes, existed);
  }

  static Emulated.Created ensureAlias(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    String name = (String) properties.get("AliasName");
    String target = (String) properties.get("TargetKeyId");
    String current = null;
    boolean found = false;
    for (Object alias : Template.list(call(aws, "ListAliases", body("Limit", 100)).get("Aliases"))) {
      Map<String, Object> entry = Template.map(alias);
      if (name.equals(entry.get("AliasName"))) {
        found = true;
        current = (String) entry.get("TargetKeyId");
      }
    }
    if (!found) {
      call(aws, "CreateAlias", body("AliasName", name, "TargetKeyId", target));
    } else if (!target.equals(current)) {
      call(aws, "UpdateAlias", body("AliasName", name, "TargetKeyId", target));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("Ref", name);
    attributes.put("AliasArn", "arn:aws:kms:" + names.region() + ":" + names.account() + ":" + name);
    return new Emulated.Created(attributes, found && target.equals(current));
  }

  /** Whether key {@code keyId} (an ID, ARN or alias) exists. */
  static boolean exists(AwsClient aws, String keyId) throws IOException {
    try {
      call(aws, "DescribeKey", body("KeyId", keyId));
      return true;
    } catch (AwsClient.AwsException e) {
      if (e.code().equals("NotFoundException")) {
        return false;
      }
      throw e;
    }
  }

  /** The metadata of the key the local server created for {@code id} of {@code stack}, or null. */
  private static Map<String, Object> find(AwsClient aws, String stack, String id) throws IOException {
    Map<String, Object> page = call(aws, "ListKeys", body("Limit", 1000));
    for (Object item : Template.list(page.get("Keys"))) {
      String keyId = (String) Template.map(item).get("KeyId");
      boolean stackMatches = false;
      boolean idMatches = false;
      for (Object tag : Template.list(call(aws, "ListResourceTags", body("KeyId", keyId)).get("Tags"))) {
        Map<String, Object> pair = Template.map(tag);
        stackMatches |= STACK_TAG.equals(pair.get("TagKey")) && stack.equals(pair.get("TagValue"));
        idMatches |= ID_TAG.equals(pair.get("TagKey")) && id.equals(pair.get("TagValue"));
      }
      if (stackMatches && idMatches) {
        Map<String, Object> key = Template.map(call(aws, "DescribeKey", body("KeyId", keyId))
            .get("KeyMetadata"));
        if (!"PendingDeletion".equals(key.get("KeyState"))) {
          return key;
        }
      }
    }
    return null;
  }

  /** A KMS call. */
  static Map<String, Object> call(AwsClient aws, String operation, Object body) throws IOException {
    return aws.json("kms", PREFIX + operation, "1.1", body);
  }
}
