package dev.deployless.processor.template;

import static dev.deployless.processor.template.SamTemplate.map;
import static dev.deployless.processor.template.SamTemplate.ref;
import static dev.deployless.processor.template.SamTemplate.resource;

import dev.deployless.processor.model.ApiKeys;
import dev.deployless.processor.model.Authorizer;
import dev.deployless.processor.model.CustomDomain;
import dev.deployless.processor.model.Gate;
import dev.deployless.processor.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the template that say who may call the API and where: the authorizer of the
 * {@code AWS::Serverless::Api} ({@code Auth.Authorizers}, no default authorizer, so that CORS
 * preflights stay open), each API event's {@code Auth} (authorizer and {@code ApiKeyRequired} per
 * method), the API keys, usage plans bound to the API's stage and their keys, the custom
 * {@code Domain} with the certificate the stack creates when none is given, and their outputs.
 * SAM adds the permission for API Gateway to invoke a Lambda authorizer.
 */
final class ApiAccessTemplate {
  private final Project project;
  private final Project.Api api;

  ApiAccessTemplate(Project project) {
    this.project = project;
    this.api = project.api();
  }

  /**
   * The Api's {@code Auth}, or null when there is no authorizer; {@code invoked} gives the ARN to
   * invoke a function of the application by, from its logical ID.
   */
  Map<String, Object> apiAuth(java.util.function.Function<String, Object> invoked) {
    Authorizer auth = api.auth();
    if (auth == null || auth.type().equals(Authorizer.IAM)) {
      return null;
    }
    Map<String, Object> authorizer = new LinkedHashMap<>();
    if (auth.type().equals(Authorizer.COGNITO)) {
      authorizer.put("UserPoolArn", auth.userPoolArn());
      if (!auth.scopes().isEmpty()) {
        authorizer.put("AuthorizationScopes", new ArrayList<>(auth.scopes()));
      }
      authorizer.put("Identity", map("Header", auth.header()));
    } else {
      authorizer.put("FunctionArn", auth.function() != null ? invoked.apply(auth.functionId()) : auth.functionArn());
      authorizer.put("FunctionPayloadType", "TOKEN");
      authorizer.put("Identity", map("Header", auth.header(), "ReauthorizeEvery", auth.ttl()));
    }
    return map("Authorizers", map(auth.name(), authorizer));
  }

  /** An API event's {@code Auth} for a route behind {@code gate}, or null when the route is open. */
  static Map<String, Object> eventAuth(Gate gate) {
    if (gate.authorizer() == null && !gate.apiKey()) {
      return null;
    }
    Map<String, Object> auth = new LinkedHashMap<>();
    if (gate.authorizer() != null) {
      auth.put("Authorizer", gate.authorizer().samName());
      if (gate.authorizer().type().equals(Authorizer.IAM)) {
        // API Gateway then calls the function with its own permission, not the caller's credentials
        // (SAM's default, CALLER_CREDENTIALS, needs every caller to be allowed lambda:InvokeFunction).
        auth.put("InvokeRole", "NONE");
      }
    }
    if (gate.apiKey()) {
      auth.put("ApiKeyRequired", true);
    }
    return auth;
  }

  /** The Api's {@code Domain}, or null when there is no custom domain. */
  Map<String, Object> domain() {
    CustomDomain domain = api.domain();
    if (domain == null) {
      return null;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("DomainName", domain.domainName());
    properties.put("CertificateArn", domain.certificateArn() != null ? domain.certificateArn()
        : ref(CustomDomain.CERTIFICATE));
    properties.put("EndpointConfiguration", api.endpointType());
    if (domain.basePath() != null) {
      properties.put("BasePath", List.of(domain.basePath()));
    }
    if (domain.hostedZoneId() != null) {
      properties.put("Route53", map("HostedZoneId", domain.hostedZoneId()));
    }
    return properties;
  }

  /** The resources: the certificate to create, the usage plans, the keys and their plan memberships. */
  Map<String, Object> resources() {
    Map<String, Object> resources = new LinkedHashMap<>();
    CustomDomain domain = api.domain();
    if (domain != null && domain.certificateArn() == null) {
      resources.put(CustomDomain.CERTIFICATE, certificate(domain));
    }
    ApiKeys keys = api.keys();
    if (keys == null) {
      return resources;
    }
    if (keys.usesDefaultPlan()) {
      resources.put(ApiKeys.DEFAULT_PLAN, usagePlan(keys.listForm() ? null : keys.plan(), "default"));
    }
    if (keys.listForm()) {
      for (ApiKeys.UsagePlan plan : keys.plans().values()) {
        resources.put(ApiKeys.planId(plan.name()), usagePlan(plan, plan.name()));
      }
    }
    for (ApiKeys.Key key : keys.keys()) {
      if (key.existing() == null) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Name", map("Fn::Sub", "${AWS::StackName}-" + key.name()));
        properties.put("Enabled", key.enabled());
        if (!project.tags().isEmpty()) {
          properties.put("Tags", SamTemplate.tagList(project.tags()));
        }
        resources.put(keys.keyId(key), resource("AWS::ApiGateway::ApiKey", properties));
      }
      Map<String, Object> membership = new LinkedHashMap<>();
      membership.put("KeyId", key.existing() != null ? key.existing() : ref(keys.keyId(key)));
      membership.put("KeyType", "API_KEY");
      membership.put("UsagePlanId", ref(keys.planId(key)));
      resources.put(keys.planKeyId(key), resource("AWS::ApiGateway::UsagePlanKey", membership));
    }
    return resources;
  }

  private Map<String, Object> certificate(CustomDomain domain) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("DomainName", domain.domainName());
    properties.put("ValidationMethod", "DNS");
    if (domain.hostedZoneId() != null) {
      properties.put("DomainValidationOptions", List.of(map("DomainName", domain.domainName(),
          "HostedZoneId", domain.hostedZoneId())));
    }
    if (!project.tags().isEmpty()) {
      properties.put("Tags", SamTemplate.tagList(project.tags()));
    }
    return resource("AWS::CertificateManager::Certificate", properties);
  }

  /** A usage plan bound to the API's stage; {@code plan} null is unthrottled. */
  private Map<String, Object> usagePlan(ApiKeys.UsagePlan plan, String name) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("UsagePlanName", map("Fn::Sub", "${AWS::StackName}-" + name));
    properties.put("ApiStages", List.of(map("ApiId", ref(SamTemplate.API), "Stage", ref(SamTemplate.API + ".Stage"))));
    if (plan != null && plan.rate() != null && plan.burst() != null) {
      double rate = plan.rate();
      properties.put("Throttle", map("RateLimit", rate == Math.rint(rate) ? (Object) (long) rate : rate,
          "BurstLimit", plan.burst()));
    }
    if (plan != null && plan.quota() != null) {
      properties.put("Quota", map("Limit", plan.quota(), "Period", plan.period()));
    }
    if (!project.tags().isEmpty()) {
      properties.put("Tags", SamTemplate.tagList(project.tags()));
    }
    return resource("AWS::ApiGateway::UsagePlan", properties);
  }

  /** The API's URL: the custom domain and base path when set (no stage prefix), else null. */
  String customUrl() {
    return api.domain() == null ? null : api.domain().url();
  }

  /** One output per generated key: its id ({@code ApiKeyId}, {@code ApiKeyIdClientEmpresa}). */
  Map<String, Object> outputs() {
    Map<String, Object> outputs = new LinkedHashMap<>();
    ApiKeys keys = api.keys();
    if (keys != null) {
      for (ApiKeys.Key key : keys.generated()) {
        outputs.put(keys.outputId(key), map("Description", KEY_OUTPUT_DESCRIPTION + key.name(),
            "Value", ref(keys.keyId(key))));
      }
    }
    return outputs;
  }

  /** The start of the description of a key's output. */
  static final String KEY_OUTPUT_DESCRIPTION = "API key id (aws apigateway get-api-key --include-value --api-key"
      + " <id>) of ";
}
