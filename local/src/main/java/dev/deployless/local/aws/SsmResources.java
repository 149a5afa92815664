package dev.deployless.local.aws;

import static dev.deployless.local.aws.Emulated.body;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SSM parameters in the emulator: the template's ({@code String} and {@code StringList}), the
 * {@code SECRET_} values of the env file as {@code SecureString}s, and reading a parameter for a
 * {@code {{resolve:ssm:...}}} reference.
 */
final class SsmResources {
  private static final String PREFIX = "AmazonSSM.";

  private SsmResources() {}

  /**
   * Creates the parameter unless it exists. An existing parameter keeps its value, which the
   * application may have changed: the template's value is its first value.
   */
  static Emulated.Created ensureParameter(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    String name = properties.containsKey("Name") ? (String) properties.get("Name") : names.of(id);
    String type = (String) properties.getOrDefault("Type", "String");
    String value = value(aws, name);
    boolean existed = value != null;
    if (!existed) {
      value = Emulated.text(properties.get("Value"));
      call(aws, "PutParameter", body("Name", name, "Type", type, "Value", value,
          "Description", properties.get("Description"),
          "AllowedPattern", properties.get("AllowedPattern")));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("Ref", name);
    attributes.put("Type", type);
    attributes.put("Value", value);
    return new Emulated.Created(attributes, existed);
  }

  /** Stores a secret as a {@code SecureString}, replacing any earlier value. */
  static void putSecret(AwsClient aws, String name, String value) throws IOException {
    call(aws, "PutParameter", body("Name", name, "Type", "SecureString", "Value", value,
        "Overwrite", true));
  }

  /**
   * The value of parameter {@code name} (decrypted), or null when it does not exist. A pinned
   * version ({@code name:3}) that the emulator does not have reads the latest value: locally a
   * parameter's history starts with the server.
   */
  static String value(AwsClient aws, String name) throws IOException {
    try {
      return (String) Template.map(call(aws, "GetParameter", body("Name", name,
          "WithDecryption", true)).get("Parameter")).get("Value");
    } catch (AwsClient.AwsException e) {
      if (!e.code().startsWith("ParameterNotFound") && !e.code().startsWith("ParameterVersionNotFound")) {
        throw e;
      }
      int version = name.lastIndexOf(':');
      return version > 0 ? value(aws, name.substring(0, version)) : null;
    }
  }

  /** An SSM call. */
  static Map<String, Object> call(AwsClient aws, String operation, Object body) throws IOException {
    return aws.json("ssm", PREFIX + operation, "1.1", body);
  }
}
