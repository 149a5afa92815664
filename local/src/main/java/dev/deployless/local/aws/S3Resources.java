package dev.deployless.local.aws;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * S3 buckets in the emulator (path-style, so an IP-address endpoint such as
 * {@code http://127.0.0.1:PORT} needs no DNS for bucket names), with versioning when the template
 * enables it.
 */
final class S3Resources {
  private S3Resources() {}

  static Emulated.Created ensureBucket(AwsClient aws, Emulated.Names names, String id,
      Map<String, Object> properties) throws IOException {
    String name = properties.containsKey("BucketName") ? (String) properties.get("BucketName")
        : names.lowerCase(id);
    boolean existed = exists(aws, name);
    if (!existed) {
      byte[] configuration = aws.region().equals("us-east-1") ? new byte[0]
          : ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
              + "<LocationConstraint>" + aws.region() + "</LocationConstraint>"
              + "</CreateBucketConfiguration>").getBytes(StandardCharsets.UTF_8);
      check(aws.rest("s3", "PUT", "/" + name, "", configuration));
      Map<String, Object> versioning = Template.map(properties.get("VersioningConfiguration"));
      if ("Enabled".equals(versioning.get("Status"))) {
        check(aws.rest("s3", "PUT", "/" + name, "versioning",
            ("<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Status>Enabled</Status></VersioningConfiguration>")
                .getBytes(StandardCharsets.UTF_8)));
      }
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("Ref", name);
    attributes.put("Arn", "arn:aws:s3:::" + name);
    attributes.put("DomainName", name + ".s3.amazonaws.com");
    attributes.put("RegionalDomainName", name + ".s3." + aws.region() + ".amazonaws.com");
    attributes.put("DualStackDomainName", name + ".s3.dualstack." + aws.region() + ".amazonaws.com");
    attributes.put("WebsiteURL", "http://" + name + ".s3-website-" + aws.region() + ".amazonaws.com");
    return new Emulated.Created(attributes, existed);
  }

  /** Whether bucket {@code name} exists. */
  static boolean exists(AwsClient aws, String name) throws IOException {
    HttpResponse<byte[]> head = aws.rest("s3", "HEAD", "/" + name, "", new byte[0]);
    if (head.statusCode() == 404) {
      return false;
    }
    check(head);
    return true;
  }

  private static void check(HttpResponse<byte[]> response) throws AwsClient.AwsException {
    if (response.statusCode() >= 300) {
      throw AwsClient.xmlError(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
