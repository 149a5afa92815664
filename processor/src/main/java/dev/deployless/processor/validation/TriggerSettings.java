package dev.deployless.processor.validation;

import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Trigger;
import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules on a trigger's own settings, which need nothing but the annotation: the ranges AWS
 * accepts (E96) and the JSON of filters, filter policies and event patterns (E97). What the trigger
 * names is checked with the application ({@link EventSourceRules}).
 */
final class TriggerSettings {
  private static final Pattern BUS = Pattern.compile("[/.\\-_A-Za-z0-9]{1,256}|arn:[^\\s]+:events:[^\\s]+");

  private final Source source;
  private final String annotation;
  private final Report report;

  private TriggerSettings(Listener listener, Report report) {
    this.source = listener.source();
    this.annotation = listener.trigger().annotation();
    this.report = report;
  }

  static void check(Listener listener, Report report) {
    TriggerSettings rules = new TriggerSettings(listener, report);
    Trigger trigger = listener.trigger();
    if (trigger instanceof Trigger.Queue queue) {
      rules.queue(queue);
    } else if (trigger instanceof Trigger.Stream stream) {
      rules.stream(stream);
    } else if (trigger instanceof Trigger.Bucket bucket) {
      if (bucket.events().isEmpty()) {
        report.add(Message.E96_NO_EVENTS, listener.source().at("events"));
      }
    } else if (trigger instanceof Trigger.Topic topic) {
      if (!topic.filterPolicy().isEmpty()) {
        rules.jsonObject("filterPolicy", topic.filterPolicy());
      }
    } else if (trigger instanceof Trigger.Rule rule) {
      rules.rule(rule);
    }
    if (trigger instanceof Trigger.Asynchronous asynchronous) {
      rules.unsetOrRange("maxRetries", asynchronous.delivery().maxRetries(), 0, 2);
      rules.unsetOrRange("maxEventAge", asynchronous.delivery().maxEventAge(), 60, 21600);
    }
  }

  private void queue(Trigger.Queue queue) {
    // What depends on the queue (FIFO: at most 10, no window; standard: a window above 10) is
    // checked with the queue, in EventSourceRules.
    range("batchSize", queue.batchSize(), 1, 10000);
    range("batchingWindow", queue.batchingWindow(), 0, 300);
    unsetOrRange("maxConcurrency", queue.maxConcurrency(), 2, 1000);
    filters(queue.filters());
  }

  private void stream(Trigger.Stream stream) {
    range("batchSize", stream.batchSize(), 1, 10000);
    range("batchingWindow", stream.batchingWindow(), 0, 300);
    unsetOrRange("maxRetries", stream.maxRetries(), 0, 10000);
    unsetOrRange("maxRecordAge", stream.maxRecordAge(), 60, 604800);
    range("parallelization", stream.parallelization(), 1, 10);
    filters(stream.filters());
  }

  private void rule(Trigger.Rule rule) {
    if (!rule.bus().isEmpty() && !BUS.matcher(rule.bus()).matches()) {
      report.add(Message.E96_BUS, source.at("bus"), rule.bus());
    }
    if (rule.sources().isEmpty() && rule.detailTypes().isEmpty() && rule.pattern().isBlank()) {
      report.add(Message.E97_EMPTY, source.annotation());
      return;
    }
    if (rule.pattern().isBlank()) {
      return;
    }
    Map<String, Object> pattern = jsonObject("pattern", rule.pattern());
    if (pattern == null) {
      return;
    }
    if (pattern.isEmpty() && rule.sources().isEmpty() && rule.detailTypes().isEmpty()) {
      // EventBridge rejects an empty pattern at deploy time.
      report.add(Message.E97_EMPTY, source.annotation());
      return;
    }
    if (!rule.sources().isEmpty() && pattern.containsKey("source")) {
      report.add(Message.E97_REPEATS, source.at("pattern"), "source", "source");
    } else if (!rule.detailTypes().isEmpty() && pattern.containsKey("detail-type")) {
      report.add(Message.E97_REPEATS, source.at("pattern"), "detail-type", "detailType");
    }
  }

  private void filters(List<String> filters) {
    for (String filter : filters) {
      if (jsonObject("filters", filter) == null) {
        return;
      }
    }
  }

  /** The JSON object {@code text} of {@code attribute}, or null when it is not one (reported, E97). */
  private Map<String, Object> jsonObject(String attribute, String text) {
    try {
      JsonReader reader = JsonReader.of(text);
      Map<String, Object> object = reader.readObject();
      reader.endDocument();
      return object;
    } catch (JsonException e) {
      report.add(Message.E97_JSON, source.at(attribute), annotation, attribute, e.getMessage());
      return null;
    }
  }

  private void range(String attribute, int value, int min, int max) {
    if (value < min || value > max) {
      report.add(Message.E96_RANGE, source.at(attribute), annotation, attribute, min, max, value);
    }
  }

  private void unsetOrRange(String attribute, int value, int min, int max) {
    if (value != -1 && (value < min || value > max)) {
      report.add(Message.E96_UNSET_OR_RANGE, source.at(attribute), annotation, attribute, min, max, value);
    }
  }
}
