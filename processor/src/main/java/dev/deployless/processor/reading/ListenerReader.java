package dev.deployless.processor.reading;

import dev.deployless.annotations.OnBucket;
import dev.deployless.annotations.OnEvent;
import dev.deployless.annotations.OnQueue;
import dev.deployless.annotations.OnTableChange;
import dev.deployless.annotations.OnTopic;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Trigger;
import dev.deployless.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a trigger annotation ({@code @OnQueue}, {@code @OnBucket}, {@code @OnTableChange},
 * {@code @OnTopic}, {@code @OnEvent}) into a {@link Listener}: the source and its settings as
 * written, and the method's signature ({@link ListenerSignature}). Ranges and names are checked
 * later, on the model.
 */
final class ListenerReader {
  /** The trigger annotations, by qualified name. */
  static final List<String> ANNOTATIONS = List.of(OnQueue.class.getCanonicalName(),
      OnBucket.class.getCanonicalName(), OnTableChange.class.getCanonicalName(),
      OnTopic.class.getCanonicalName(), OnEvent.class.getCanonicalName());

  private final ListenerSignature signatures;

  ListenerReader(Elements elements, Types types, TypeReader typeReader) {
    this.signatures = new ListenerSignature(elements, types, typeReader);
  }

  /** The listener of {@code method}, or empty when its signature does not fit (reported). */
  Optional<Listener> read(ExecutableElement method, Attributes annotation, Settings settings, Report report) {
    Trigger trigger = trigger(annotation);
    return signatures.read(method, trigger, report).map(signature -> new Listener(
        method.getSimpleName().toString(), settings, trigger, signature.parameters(), signature.result(),
        new Source(method, annotation.mirror())));
  }

  /** The value types the listeners bind, the roots of the feature's JSON objects. */
  static List<ValueType> valueTypes(List<Listener> listeners) {
    List<ValueType> roots = new ArrayList<>();
    for (Listener listener : listeners) {
      for (Parameter parameter : listener.parameters()) {
        if (parameter instanceof Parameter.EventParameter event) {
          roots.add(event.type());
        } else if (parameter instanceof Parameter.EnvelopeParameter envelope) {
          roots.add(envelope.detail());
        }
      }
    }
    return roots;
  }

  private static Trigger trigger(Attributes a) {
    String type = a.mirror().getAnnotationType().asElement().getSimpleName().toString();
    return switch (type) {
      case "OnQueue" -> new Trigger.Queue(a.string("queue"), a.integer("batchSize"), a.integer("batchingWindow"),
          a.integer("maxConcurrency"), a.strings("filters"), a.flag("enabled"));
      case "OnBucket" -> {
        List<String> events = new ArrayList<>();
        for (String constant : a.constants("events")) {
          events.add(OnBucket.Event.valueOf(constant).awsName());
        }
        yield new Trigger.Bucket(a.string("bucket"), events, a.string("prefix"), a.string("suffix"),
            delivery(a));
      }
      case "OnTableChange" -> new Trigger.Stream(a.string("table"), a.constant("startingPosition"),
          a.integer("batchSize"), a.integer("batchingWindow"), a.strings("filters"), a.flag("bisectOnError"),
          a.integer("maxRetries"), a.integer("maxRecordAge"), a.string("onFailure"), a.integer("parallelization"),
          a.flag("enabled"));
      case "OnTopic" -> new Trigger.Topic(a.string("topic"), a.string("filterPolicy"), a.constant("filterScope"),
          delivery(a));
      default -> new Trigger.Rule(a.string("bus"), a.strings("source"), a.strings("detailType"),
          a.string("pattern"), a.flag("enabled"), delivery(a));
    };
  }

  private static Trigger.Delivery delivery(Attributes a) {
    return new Trigger.Delivery(a.string("onFailure"), a.integer("maxRetries"), a.integer("maxEventAge"));
  }
}
