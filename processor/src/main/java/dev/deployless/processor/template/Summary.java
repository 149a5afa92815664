package dev.deployless.processor.template;

import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.Endpoint;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.Standalone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The summary {@code -Adeployless.verbose=true} prints, like the Python tool's {@code build --verbose}. */
public final class Summary {
  private Summary() {}

  public static List<String> lines(Application application, Path template, boolean written, String codeUri) {
    Project project = application.project();
    List<String> lines = new ArrayList<>();
    lines.add("Project: " + project.name() + " | Stage: " + project.stage() + " | Provider: "
        + project.provider() + " | Runtime: " + project.globals().runtime());
    lines.add("Features (" + application.features().size() + "):");
    List<String> crons = new ArrayList<>();
    List<String> lambdas = new ArrayList<>();
    List<String> triggered = new ArrayList<>();
    for (FeatureClass feature : application.features()) {
      int split = 0;
      for (Endpoint route : feature.routes()) {
        split += route.split() ? 1 : 0;
      }
      lines.add("  " + feature.name() + ": " + feature.routes().size() + " routes, " + split + " split ("
          + feature.className() + ")");
      for (Job job : feature.jobs()) {
        crons.add(job.javaMethod() + " (" + String.join(", ", job.schedules()) + ")");
      }
      for (Standalone standalone : feature.standalones()) {
        lambdas.add(standalone.javaMethod());
      }
      for (Listener listener : feature.listeners()) {
        triggered.add(listener.javaMethod() + " (@" + listener.trigger().annotation()
            + listener.trigger().resource().map(name -> " " + name).orElse("") + ")");
      }
    }
    lines.add("Crons: " + (crons.isEmpty() ? "none" : String.join(", ", crons)));
    lines.add("Lambda functions: " + (lambdas.isEmpty() ? "none" : String.join(", ", lambdas)));
    if (!triggered.isEmpty()) {
      lines.add("Triggered functions: " + String.join(", ", triggered));
    }
    Map<String, AwsResource> declared = application.resources();
    Map<AwsResource, List<String>> usedBy = new IdentityHashMap<>();
    for (FeatureClass feature : application.features()) {
      for (Grant grant : Application.grants(feature, declared)) {
        usedBy.computeIfAbsent(grant.resource(), unused -> new ArrayList<>())
            .add(feature.name() + " " + grant.access());
      }
    }
    List<String> resources = new ArrayList<>();
    for (AwsResource resource : declared.values()) {
      List<String> users = usedBy.getOrDefault(resource, List.of());
      String physical = resource.spec().physicalName();
      resources.add(resource.name() + " (" + resource.spec().kind() + (physical.isEmpty() ? "" : " " + physical)
          + (resource.spec().existing() ? ", existing" : "") + "; " + (users.isEmpty() ? "unused"
          : String.join(", ", users)) + ")");
    }
    lines.add("Resources: " + (resources.isEmpty() ? "none" : String.join(", ", resources)));
    if (project.envFile() != null) {
      List<String> secrets = new ArrayList<>();
      for (Project.EnvFileEntry entry : project.envFile().entries()) {
        if (entry.secret()) {
          secrets.add(project.secretParameter(entry.name()));
        }
      }
      if (!secrets.isEmpty()) {
        lines.add("Secrets to store in SSM before deploying: " + String.join(", ", secrets));
      }
    }
    List<String> functions = new ArrayList<>();
    for (Function function : application.functions()) {
      functions.add(function.logicalId());
    }
    lines.add("Functions (" + functions.size() + "): " + String.join(", ", functions));
    lines.add("Template " + (written ? "written" : "unchanged") + ": " + template + " (code: " + codeUri + ")");
    return lines;
  }
}
