package dev.deployless.maven;

import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.Project;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code deployless:info} prints about an application: its functions with handler, memory,
 * timeout and triggers; its routes with the local server's URL and the deployed one; its resources
 * with the features that use them and their access; the secrets to store; and, for a deployed
 * stack, its outputs.
 */
final class Info {
  /** Where the local server listens by default ({@code java -jar ...-local.jar}). */
  static final String LOCAL_SERVER = "http://127.0.0.1:3000";

  private Info() {}

  /**
   * @param stage the stage the build was made for
   * @param apiUrl the deployed API's URL ({@code ApiUrl} output), or null to show its form
   * @param region the region for the deployed URLs' form, or null
   */
  static List<String> lines(Application application, String stage, String template, String codeUri,
      String apiUrl, String region) {
    Project project = application.project();
    List<String> lines = new ArrayList<>();
    lines.add(project.name() + ", stage " + stage + ", runtime " + project.globals().runtime());
    lines.add("  template: " + template);
    lines.add("  code:     " + codeUri);
    List<Function> functions = application.functions();
    lines.add("Functions (" + functions.size() + "):");
    for (Function function : functions) {
      lines.add(String.format(Locale.ROOT, "  %-28s %5d MB %4d s  %s", function.logicalId(),
          function.settings().memory().orElse(project.globals().memory()),
          function.settings().timeout().orElse(project.globals().timeout()), triggers(function)));
      lines.add("    handler " + function.handler());
    }
    String deployed = apiUrl != null ? stripSlash(apiUrl)
        : project.api().domain() != null ? stripSlash(project.api().domain().url())
        : "https://{api-id}.execute-api." + (region == null ? "{region}" : region) + ".amazonaws.com/" + stage;
    List<String> routes = new ArrayList<>();
    for (Function function : functions) {
      for (Endpoint route : function.routes()) {
        routes.add(String.format(Locale.ROOT, "  %-7s %-28s %-24s %s", route.method(), route.path(),
            function.logicalId(), LOCAL_SERVER + "/" + stage + route.path()));
      }
    }
    lines.add("Routes (" + routes.size() + "; deployed at " + deployed + "<path>):");
    lines.addAll(routes);
    lines.addAll(resources(application));
    List<String> secrets = new ArrayList<>();
    if (project.envFile() != null) {
      for (Project.EnvFileEntry entry : project.envFile().entries()) {
        if (entry.secret()) {
          secrets.add("  " + project.secretParameter(entry.name()));
        }
      }
    }
    if (!secrets.isEmpty()) {
      lines.add("Secrets to store in SSM before deploying (" + secrets.size()
          + "; mvn deployless:secrets compares them):");
      lines.addAll(secrets);
    }
    return lines;
  }

  /** The outputs of a deployed stack. */
  static List<String> outputs(String stackName, String status, Map<String, String> outputs) {
    List<String> lines = new ArrayList<>();
    lines.add("Stack " + stackName + " (" + status + "), outputs:");
    outputs.forEach((key, value) -> lines.add(String.format(Locale.ROOT, "  %-28s %s", key, value)));
    return lines;
  }

  private static String triggers(Function function) {
    return switch (function.kind()) {
      case API -> function.routes().size() + " route" + (function.routes().size() == 1 ? "" : "s");
      case SCHEDULE -> "schedule " + String.join(", ", function.job().schedules())
          + (function.job().enabled() ? "" : " (disabled)");
      case STANDALONE -> "invoked directly";
      case TRIGGERED -> "@" + function.listener().trigger().annotation()
          + function.listener().trigger().resource().map(name -> " " + name).orElse("");
    };
  }

  private static List<String> resources(Application application) {
    Map<String, AwsResource> declared = application.resources();
    Map<AwsResource, List<String>> usedBy = new IdentityHashMap<>();
    for (FeatureClass feature : application.features()) {
      for (Grant grant : Application.grants(feature, declared)) {
        usedBy.computeIfAbsent(grant.resource(), unused -> new ArrayList<>())
            .add(feature.name() + " " + grant.access().toString().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("Resources (" + declared.size() + "):");
    for (AwsResource resource : declared.values()) {
      String physical = resource.spec().physicalName();
      List<String> users = usedBy.getOrDefault(resource, List.of());
      lines.add(String.format(Locale.ROOT, "  %-28s %s%s%s; %s", resource.logicalId(), resource.spec().kind(),
          physical.isEmpty() ? "" : " " + physical, resource.spec().existing() ? " (existing)" : "",
          users.isEmpty() ? "unused" : String.join(", ", users)));
    }
    return lines;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
