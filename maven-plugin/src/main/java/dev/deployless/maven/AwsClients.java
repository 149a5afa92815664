package dev.deployless.maven;

import java.net.URI;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The AWS clients of the goals, for one region: the {@code deployless.region} parameter, else the
 * AWS default chain. Credentials come from the default chain, and the endpoint from the SDK's own
 * settings ({@code AWS_ENDPOINT_URL} or {@code -Daws.endpointUrl}, for an emulator), or
 * {@code endpoint} when a caller gives one.
 */
final class AwsClients {
  private final Region region;
  private final URI endpoint;

  AwsClients(Region region, URI endpoint) {
    this.region = region;
    this.endpoint = endpoint;
  }

  /** Clients for {@code region}, else the default chain's region. */
  static AwsClients of(Optional<String> region) throws MojoExecutionException {
    return new AwsClients(region(region), null);
  }

  /** The region: {@code option}, else the AWS default chain's; an error saying how to set one. */
  static Region region(Optional<String> option) throws MojoExecutionException {
    if (option.isPresent()) {
      return Region.of(option.get());
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkClientException none) {
      throw new MojoExecutionException("no AWS region: pass -Ddeployless.region=<region> (e.g."
          + " eu-west-1), or set AWS_REGION or the region of your AWS profile");
    }
  }

  Region region() {
    return region;
  }

  SsmClient ssm() {
    var builder = SsmClient.builder().region(region).httpClient(UrlConnectionHttpClient.create());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }

  CloudFormationClient cloudFormation() {
    var builder = CloudFormationClient.builder().region(region).httpClient(UrlConnectionHttpClient.create());
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}
