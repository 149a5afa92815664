package dev.deployless.processor.reading;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Job;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Settings;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.Standalone;
import dev.deployless.processor.model.ValueType;
import dev.deployless.processor.reading.TypeReader.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the signature of {@code @Cron} and {@code @LambdaFunction} methods: at most one event (read
 * from JSON, or an {@code aws-lambda-java-events} class the Lambda runtime deserializes) and one
 * {@code Context}, and a result written as JSON; anything else is E49 (cron) or E50 (lambda).
 */
final class EventMethodReader {
  private static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events.";

  private final Types types;
  private final TypeReader typeReader;

  EventMethodReader(Types types, TypeReader typeReader) {
    this.types = types;
    this.typeReader = typeReader;
  }

  Optional<Job> job(ExecutableElement method, Attributes cron, Settings settings, Report report) {
    Optional<Signature> signature = eventSignature(method, EventMessages.CRON, report);
    if (signature.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Job(cron.strings("schedule"), cron.flag("enabled"),
        cron.optionalString("input"), method.getSimpleName().toString(), settings,
        signature.get().parameters(), signature.get().result(),
        new Source(method, cron.mirror())));
  }

  Optional<Standalone> standalone(ExecutableElement method, Attributes lambda, Settings settings,
      Report report) {
    Optional<Signature> signature = eventSignature(method, EventMessages.LAMBDA, report);
    return signature.map(s -> new Standalone(method.getSimpleName().toString(), settings,
        s.parameters(), s.result(), new Source(method, lambda.mirror())));
  }

  private record Signature(List<Parameter> parameters, Result result) {}

  /** The messages of a cron's (E49) or a lambda's (E50) signature. */
  private record EventMessages(Message contextTwice, Message secondEvent, Message event, Message result) {
    static final EventMessages CRON = new EventMessages(Message.E49_CONTEXT_TWICE, Message.E49_SECOND_EVENT,
        Message.E49_EVENT, Message.E49_RESULT);
    static final EventMessages LAMBDA = new EventMessages(Message.E50_CONTEXT_TWICE,
        Message.E50_SECOND_EVENT, Message.E50_EVENT, Message.E50_RESULT);
  }

  /** At most one event and one {@code Context}; reports anything else with {@code messages}. */
  private Optional<Signature> eventSignature(ExecutableElement method, EventMessages messages,
      Report report) {
    String pkg = typeReader.packageOf(method);
    String where = FeatureReader.describe(method);
    List<Parameter> parameters = new ArrayList<>();
    boolean context = false;
    boolean event = false;
    boolean awsEvent = false;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      TypeMirror type = parameter.asType();
      if (TypeReader.is(type, TypeReader.CONTEXT)) {
        if (context) {
          report.add(messages.contextTwice(), Location.of(parameter), where);
          return Optional.empty();
        }
        context = true;
        parameters.add(new Parameter.ContextParameter(name));
        continue;
      }
      if (event) {
        report.add(messages.secondEvent(), Location.of(parameter), where, name);
        return Optional.empty();
      }
      event = true;
      String qualified = typeReader.ref(type).qualifiedName();
      if (qualified.startsWith(EVENTS_PACKAGE)) {
        awsEvent = true;
        parameters.add(new Parameter.AwsEventParameter(name, typeReader.ref(type)));
        continue;
      }
      try {
        ValueType value = typeReader.classify(type);
        if (!value.isString()) {
          typeReader.checkReadable(value, pkg);
        }
        parameters.add(new Parameter.EventParameter(name, value));
      } catch (Unsupported e) {
        report.add(messages.event(), Location.of(parameter), where, name, e.getMessage());
        return Optional.empty();
      }
    }
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.VOID) {
      return Optional.of(new Signature(parameters, new Result.None()));
    }
    if (awsEvent) {
      TypeMirror boxed = returned.getKind().isPrimitive()
          ? types.boxedClass(types.getPrimitiveType(returned.getKind())).asType() : returned;
      return Optional.of(new Signature(parameters, new Result.RuntimeSerialized(typeReader.ref(boxed))));
    }
    try {
      ValueType value = typeReader.classify(returned);
      typeReader.checkWritable(value, pkg);
      return Optional.of(new Signature(parameters, new Result.Json(value)));
    } catch (Unsupported e) {
      report.add(messages.result(), Location.of(method), where, typeReader.ref(returned).simple(),
          e.getMessage());
      return Optional.empty();
    }
  }
}
