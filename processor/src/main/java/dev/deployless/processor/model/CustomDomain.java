package dev.deployless.processor.model;

/**
 * The API's custom domain ({@code api.domain}).
 *
 * @param domainName the domain, such as {@code api.example.com}, or null when missing (E17)
 * @param basePath the base path mapping without slashes ({@code v1}), or null for the root
 * @param certificateArn an existing ACM certificate, or null to create one in the stack
 * @param hostedZoneId the Route 53 zone to validate the certificate in and add the record to, or null
 * @param route53Lookup whether {@code route53: true} asks to find the zone by name (E104)
 */
public record CustomDomain(
    String domainName,
    String basePath,
    String certificateArn,
    String hostedZoneId,
    boolean route53Lookup) {

  /** The API's URL on this domain: no stage prefix, the base path if any ({@code https://api.example.com/v1}). */
  public String url() {
    return "https://" + domainName + "/" + (basePath == null ? "" : basePath);
  }

  /** The logical ID of the certificate the stack creates when no ARN is given. */
  public static final String CERTIFICATE = "ApiCertificate";

  /** The region of the certificate's ARN, or null when there is no ARN or it names none. */
  public String certificateRegion() {
    if (certificateArn == null) {
      return null;
    }
    String[] parts = certificateArn.split(":");
    return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
  }
}
