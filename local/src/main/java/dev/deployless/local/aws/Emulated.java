package dev.deployless.local.aws;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The resource types the local server creates in the emulator, and how: each creator makes sure
 * the resource exists (creating it only when it does not, so a restart against a running emulator
 * keeps its data) and answers its {@code Ref} and {@code Fn::GetAtt} values.
 */
final class Emulated {
  /** Makes sure one resource exists. */
  interface Creator {
    /**
     * Creates the resource {@code id} of {@code properties} (intrinsics already evaluated) unless
     * it exists; answers its attributes, {@code Ref} first.
     */
    Created ensure(AwsClient aws, Names names, String id, Map<String, Object> properties)
        throws IOException;
  }

  /** A resource's attributes, and whether it was there already. */
  record Created(Map<String, String> attributes, boolean existed) {}

  /** Names of resources whose template sets none, as CloudFormation would make them (without its random suffix). */
  record Names(String stack, String region, String account) {
    String of(String id) {
      return stack + "-" + id;
    }

    String lowerCase(String id) {
      return of(id).toLowerCase(Locale.ROOT);
    }
  }

  private static final Map<String, Creator> CREATORS = new LinkedHashMap<>();

  static {
    CREATORS.put("AWS::DynamoDB::Table", DynamoDbResources::ensureTable);
    CREATORS.put("AWS::SQS::Queue", SqsResources::ensureQueue);
    CREATORS.put("AWS::S3::Bucket", S3Resources::ensureBucket);
    CREATORS.put("AWS::SNS::Topic", SnsResources::ensureTopic);
    CREATORS.put("AWS::KMS::Key", KmsResources::ensureKey);
    CREATORS.put("AWS::KMS::Alias", KmsResources::ensureAlias);
    CREATORS.put("AWS::SSM::Parameter", SsmResources::ensureParameter);
  }

  private Emulated() {}

  /** Whether resources of {@code type} are created in the emulator. */
  static boolean creates(String type) {
    return CREATORS.containsKey(type);
  }

  static Creator creator(String type) {
    return CREATORS.get(type);
  }

  /** {@code value} as the text an AWS API takes for a scalar property. */
  static String text(Object value) {
    return value instanceof Map || value instanceof java.util.List ? Json.write(value)
        : String.valueOf(value);
  }

  /** A map of {@code key: value} pairs, in order. */
  static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        body.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return body;
  }
}
