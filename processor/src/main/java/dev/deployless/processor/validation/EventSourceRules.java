package dev.deployless.processor.validation;

import dev.deployless.annotations.Access;
import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.diagnostic.Suggestions;
import dev.deployless.processor.model.Application;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Project;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Trigger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules on what triggers name, which need the whole application: the source is a declared
 * resource (E76) of the trigger's type (E91), one the trigger can use (FIFO, E93; a stream, E94;
 * created by the application, E95), a queue that keeps messages hidden long enough (E92); the
 * on-failure destination is a standard queue or topic; and a bucket trigger that can feed itself
 * (W08).
 */
public final class EventSourceRules {
  private final Map<String, AwsResource> resources;
  private final Project project;
  private final Report report;

  private EventSourceRules(Map<String, AwsResource> resources, Project project, Report report) {
    this.resources = resources;
    this.project = project;
    this.report = report;
  }

  /**
   * Checks the triggers of the features read in this round ({@code fresh}); returns the class names
   * of those with errors.
   */
  public static Set<String> check(List<FeatureClass> features, Map<String, AwsResource> resources,
      Project project, Set<String> fresh, Report report) {
    Set<String> involved = new TreeSet<>();
    for (FeatureClass feature : features) {
      if (!fresh.contains(feature.className()) || feature.listeners().isEmpty()) {
        continue;
      }
      EventSourceRules rules = new EventSourceRules(resources, project, report.child(feature.className()));
      for (Function function : feature.functions()) {
        if (function.listener() != null) {
          rules.check(function);
        }
      }
      if (!rules.report.isClean()) {
        involved.add(feature.className());
      }
    }
    return involved;
  }

  private void check(Function function) {
    Listener listener = function.listener();
    Trigger trigger = listener.trigger();
    Source source = listener.source();
    if (trigger.resource().isPresent()) {
      String name = trigger.resource().get();
      AwsResource resource = resources.get(name);
      if (resource == null) {
        report.add(Message.E76_TRIGGER, source.at(trigger.resourceAttribute()), trigger.annotation(), name,
            Suggestions.didYouMean(name, resources.keySet()));
      } else if (!fits(trigger, resource.spec())) {
        report.add(Message.E91_SOURCE, source.at(trigger.resourceAttribute()), trigger.annotation(), name,
            resource.spec().kind(), trigger.expected());
      } else {
        source(function, trigger, resource);
      }
    }
    if (!trigger.onFailure().isEmpty()) {
      destination(trigger, source);
    }
  }

  /**
   * E91 and E98 for the features compiled earlier and read from the index (they have no source): a
   * class recompiled since may have removed or changed the queue, table, bucket or topic that
   * triggers them, the destination of their failures, or a function they invoke, and the template
   * must not name what the application no longer has. The features read in this compilation were
   * checked with their sources.
   */
  public static void compiledReferences(Application application, Report report) {
    Map<String, AwsResource> resources = Application.resources(application.features(), application.shared());
    Set<String> functions = new HashSet<>();
    for (Function function : application.functions()) {
      functions.add(function.logicalId());
    }
    for (FeatureClass feature : application.features()) {
      if (feature.source() != null) {
        continue;
      }
      for (Function function : feature.functions()) {
        Trigger trigger = function.listener() == null ? null : function.listener().trigger();
        if (trigger != null && trigger.resource().isPresent()) {
          AwsResource resource = resources.get(trigger.resource().get());
          if (resource == null || !fits(trigger, resource.spec())) {
            report.add(Message.E91_COMPILED, Location.NOWHERE, function.logicalId(), feature.className(),
                trigger.resource().get(), trigger.expected());
          }
        }
        if (trigger != null && !trigger.onFailure().isEmpty()) {
          AwsResource destination = resources.get(trigger.onFailure());
          if (destination == null || !(destination.spec() instanceof ResourceSpec.Queue
              || destination.spec() instanceof ResourceSpec.Topic)) {
            report.add(Message.E91_COMPILED, Location.NOWHERE, function.logicalId(), feature.className(),
                trigger.onFailure(), "an SQS queue or SNS topic");
          }
        }
        for (FunctionLink link : function.links()) {
          if (!functions.contains(link.logicalId())) {
            report.add(Message.E98_COMPILED, Location.NOWHERE, function.logicalId(), feature.className(),
                link.name());
          }
        }
      }
    }
  }

  private static boolean fits(Trigger trigger, ResourceSpec spec) {
    return trigger instanceof Trigger.Queue && spec instanceof ResourceSpec.Queue
        || trigger instanceof Trigger.Bucket && spec instanceof ResourceSpec.Bucket
        || trigger instanceof Trigger.Stream && spec instanceof ResourceSpec.Table
        || trigger instanceof Trigger.Topic && spec instanceof ResourceSpec.Topic;
  }

  /** The rules between a trigger and the resource it names, once the types fit. */
  private void source(Function function, Trigger trigger, AwsResource resource) {
    Source source = function.listener().source();
    String name = resource.name();
    if (trigger instanceof Trigger.Queue queue) {
      queue(function, queue, resource, (ResourceSpec.Queue) resource.spec());
    } else if (trigger instanceof Trigger.Stream) {
      ResourceSpec.Table table = (ResourceSpec.Table) resource.spec();
      if (table.existing()) {
        report.add(Message.E95_TABLE, source.at("table"), name);
      } else if (table.stream().equals("NONE")) {
        report.add(Message.E94, source.at("table"), name);
      }
    } else if (trigger instanceof Trigger.Bucket bucket) {
      if (resource.spec().existing()) {
        report.add(Message.E95_BUCKET, source.at("bucket"), name);
      } else if (!bucket.filtered() && writes(function, resource)) {
        report.add(Message.W08, source.at("bucket"), function.describe(), name);
      }
    } else if (trigger instanceof Trigger.Topic && ((ResourceSpec.Topic) resource.spec()).fifo()) {
      report.add(Message.E93_TOPIC, source.at("topic"), name);
    }
  }

  private void queue(Function function, Trigger.Queue trigger, AwsResource resource, ResourceSpec.Queue queue) {
    Source source = function.listener().source();
    String name = resource.name();
    if (queue.fifo() && trigger.batchSize() > 10 && trigger.batchSize() <= 10000) {
      report.add(Message.E93_BATCH_SIZE, source.at("batchSize"), name, trigger.batchSize());
    } else if (queue.fifo() && trigger.batchingWindow() > 0) {
      report.add(Message.E93_WINDOW, source.at("batchingWindow"), name, trigger.batchingWindow());
    } else if (!queue.fifo() && trigger.batchSize() > 10 && trigger.batchSize() <= 10000
        && trigger.batchingWindow() < 1) {
      report.add(Message.E96_BATCH_WINDOW, source.at("batchSize"), trigger.batchSize());
    }
    int timeout = function.settings().timeout().orElse(project.globals().timeout());
    if (!queue.existing() && queue.visibilityTimeout() < timeout) {
      report.add(Message.E92, source.at("queue"), name, queue.visibilityTimeout(), timeout,
          function.describe(), 6 * timeout);
    }
  }

  /** Whether {@code function} may write to {@code bucket} through its feature's links. */
  private boolean writes(Function function, AwsResource bucket) {
    for (Grant grant : Application.grants(function.feature(), resources)) {
      if (grant.resource() == bucket && grant.access() != Access.READ) {
        return true;
      }
    }
    return false;
  }

  private void destination(Trigger trigger, Source source) {
    String name = trigger.onFailure();
    AwsResource resource = resources.get(name);
    if (resource == null) {
      report.add(Message.E76_DESTINATION, source.at("onFailure"), trigger.annotation(), name,
          Suggestions.didYouMean(name, resources.keySet()));
    } else if (resource.spec() instanceof ResourceSpec.Queue queue) {
      if (queue.fifo()) {
        report.add(Message.E93_DESTINATION, source.at("onFailure"), trigger.annotation(), name);
      }
    } else if (resource.spec() instanceof ResourceSpec.Topic topic) {
      if (topic.fifo()) {
        report.add(Message.E93_DESTINATION, source.at("onFailure"), trigger.annotation(), name);
      }
    } else {
      report.add(Message.E91_DESTINATION, source.at("onFailure"), trigger.annotation(), name,
          resource.spec().kind());
    }
  }
}
