package dev.deployless.processor.template;

import dev.deployless.processor.model.ApiKeys;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.Authorizer;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.EnvVar;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Gate;
import dev.deployless.processor.model.Project;
import dev.deployless.runtime.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application descriptor the local server reads ({@code META-INF/deployless/app.json}): the
 * stage, CORS and binary media types of the API, its API keys ({@code apiKeys}, only when
 * {@code api.api_keys} is set) and authorizers by name, and every function with its handler class,
 * memory, timeout, environment, routes (each with whether it requires an API key and the name of its
 * authorizer, after the hierarchy route > feature > project) and schedules, as the template deploys
 * them. Version 2 added the API keys, the authorizers and the routes' gates.
 */
public final class AppDescriptor {
  /** Where the descriptor is written, relative to the class output. */
  public static final String RESOURCE = "META-INF/deployless/app.json";

  private AppDescriptor() {}

  /** The descriptor of {@code application} as JSON. */
  public static String render(Application application) {
    Project project = application.project();
    JsonWriter json = new JsonWriter();
    json.beginObject();
    json.name("version").value(2);
    json.name("name").value(project.name());
    json.name("stage").value(project.stage());
    json.name("binaryMediaTypes").beginArray();
    for (String type : project.api().binaryMediaTypes()) {
      json.value(type);
    }
    json.endArray();
    Project.Cors cors = project.api().cors();
    if (cors != null) {
      json.name("cors").beginObject();
      json.name("origins").beginArray();
      for (String origin : cors.allowOrigins()) {
        json.value(origin);
      }
      json.endArray();
      json.name("methods").value(cors.allowMethods().isEmpty() ? null : String.join(",", cors.allowMethods()));
      json.name("headers").value(cors.allowHeaders().isEmpty() ? null : String.join(",", cors.allowHeaders()));
      json.name("maxAge").value(cors.maxAge() == null ? -1 : cors.maxAge());
      json.name("credentials").value(cors.allowCredentials());
      json.name("gatewayPreflight").value(SamTemplate.gatewayAnswersPreflight(cors));
      json.endObject();
    }
    access(json, project);
    json.name("functions").beginArray();
    for (Function function : application.functions()) {
      function(json, function, project);
    }
    json.endArray();
    json.endObject();
    return json.toString();
  }

  /**
   * The API keys (only when {@code api.api_keys} is set: each key's name and whether it is enabled)
   * and the authorizers by name (none without {@code api.auth}), which the local server enforces.
   */
  private static void access(JsonWriter json, Project project) {
    ApiKeys keys = project.api().keys();
    if (keys != null) {
      json.name("apiKeys").beginArray();
      for (ApiKeys.Key key : keys.keys()) {
        json.beginObject().name("name").value(key.displayName()).name("enabled").value(key.enabled()).endObject();
      }
      json.endArray();
    }
    json.name("authorizers").beginObject();
    Authorizer auth = project.api().auth();
    if (auth != null) {
      json.name(auth.name()).beginObject();
      json.name("type").value(auth.type());
      json.name("function").value(auth.functionId());
      json.name("header").value(auth.header());
      json.name("ttl").value(auth.ttl());
      json.name("scopes").beginArray();
      for (String scope : auth.scopes()) {
        json.value(scope);
      }
      json.endArray();
      json.endObject();
    }
    json.endObject();
  }

  private static void function(JsonWriter json, Function function, Project project) {
    json.beginObject();
    json.name("name").value(function.logicalId());
    json.name("handler").value(function.handlerClass());
    json.name("kind").value(function.kind().name().toLowerCase(java.util.Locale.ROOT));
    json.name("memory").value(function.settings().memory().orElse(project.globals().memory()));
    json.name("timeout").value(function.settings().timeout().orElse(project.globals().timeout()));
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("APP_STAGE", project.stage());
    if (project.envFile() != null) {
      for (Project.EnvFileEntry entry : project.envFile().entries()) {
        if (!entry.secret()) {
          environment.put(entry.name(), entry.value());
        }
      }
    }
    environment.putAll(project.env());
    for (EnvVar variable : function.settings().env()) {
      if (variable.ssm().isEmpty()) {
        environment.put(variable.name(), variable.value());
      }
    }
    environment.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
    json.name("environment").beginObject();
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      json.name(variable.getKey()).value(variable.getValue());
    }
    json.endObject();
    json.name("routes").beginArray();
    for (Endpoint route : function.routes()) {
      Gate gate = Gate.of(project, function.feature(), route);
      json.beginObject().name("method").value(route.method()).name("path").value(route.path())
          .name("apiKey").value(gate.apiKey())
          .name("authorizer").value(gate.authorizer() == null ? null : gate.authorizer().name())
          .endObject();
    }
    json.endArray();
    json.name("schedules").beginArray();
    if (function.job() != null) {
      for (String schedule : function.job().schedules()) {
        json.value(schedule);
      }
    }
    json.endArray();
    json.endObject();
  }
}
