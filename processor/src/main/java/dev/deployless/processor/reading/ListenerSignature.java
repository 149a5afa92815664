package dev.deployless.processor.reading;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Trigger;
import dev.deployless.processor.model.ValueType;
import dev.deployless.processor.reading.TypeReader.Unsupported;
import dev.deployless.runtime.event.DynamoDbStreamRecord;
import dev.deployless.runtime.event.EventBridgeEvent;
import dev.deployless.runtime.event.S3Notification;
import dev.deployless.runtime.event.SnsMessage;
import dev.deployless.runtime.event.SqsMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads how a triggered method takes its event: the body or detail bound to a type, the source's
 * record, the whole batch, the EventBridge envelope, and the {@code Context}; and what it returns.
 * Anything else is E90, naming the forms the trigger accepts; an {@code aws-lambda-java-events}
 * class is E90 naming the type to take instead.
 */
final class ListenerSignature {
  private static final String AWS_EVENTS = "com.amazonaws.services.lambda.runtime.events.";
  private static final String ENVELOPE = EventBridgeEvent.class.getCanonicalName();

  /** The signature read: the parameters in order, and the result. */
  record Signature(List<Parameter> parameters, Result result) {}

  /**
   * What a trigger's method may take.
   *
   * @param record the qualified name of the source's record type, or null (EventBridge)
   * @param bound what a bound parameter is ({@code message body}), or null when nothing is bound
   * @param batch whether a {@code List} of records is a form
   * @param item what one item is, in messages
   * @param identifiers what names a failed item of a batch
   * @param forms the accepted forms, in messages
   * @param use what to take instead of an {@code aws-lambda-java-events} class
   */
  private record Shape(String record, String bound, boolean batch, String item, String identifiers,
      String forms, String use) {}

  private static Shape shape(Trigger trigger) {
    return switch (trigger.annotation()) {
      case "OnQueue" -> new Shape(SqsMessage.class.getCanonicalName(), "message body", true, "message",
          "ids of the messages", "the message body (a record, a class or String), SqsMessage and Context;"
              + " or List<SqsMessage> and Context",
          "SqsMessage, List<SqsMessage> or the type of the message body");
      case "OnTopic" -> new Shape(SnsMessage.class.getCanonicalName(), "message", false, "message", null,
          "the message (a record, a class or String), SnsMessage and Context", "SnsMessage or the type of the message");
      case "OnTableChange" -> new Shape(DynamoDbStreamRecord.class.getCanonicalName(), null, true, "record",
          "sequence numbers of the records", "DynamoDbStreamRecord and Context; or List<DynamoDbStreamRecord>"
              + " and Context", "DynamoDbStreamRecord or List<DynamoDbStreamRecord>");
      case "OnBucket" -> new Shape(S3Notification.class.getCanonicalName(), null, false, "notification", null,
          "S3Notification and Context", "S3Notification");
      default -> new Shape(null, "detail", false, "event", null, "the detail (a record, a class or"
          + " Map<String, Object>) or EventBridgeEvent<T>, and Context", "EventBridgeEvent<T> or the type of the"
          + " detail");
    };
  }

  private final Elements elements;
  private final Types types;
  private final TypeReader typeReader;

  ListenerSignature(Elements elements, Types types, TypeReader typeReader) {
    this.elements = elements;
    this.types = types;
    this.typeReader = typeReader;
  }

  /** One method being read: its trigger's shape, names for messages, the handler's package, the report. */
  private record Call(Shape shape, String annotation, String where, String pkg, Report report) {}

  /** The signature of {@code method} under {@code trigger}, or empty when it does not fit (reported). */
  Optional<Signature> read(ExecutableElement method, Trigger trigger, Report report) {
    Call call = new Call(shape(trigger), trigger.annotation(), FeatureReader.describe(method),
        typeReader.packageOf(method), report);
    List<Parameter> parameters = new ArrayList<>();
    boolean context = false;
    boolean event = false;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      TypeMirror type = parameter.asType();
      Location at = Location.of(parameter);
      if (TypeReader.is(type, TypeReader.CONTEXT)) {
        if (context) {
          report.add(Message.E90_CONTEXT_TWICE, at, call.annotation(), call.where());
          return Optional.empty();
        }
        context = true;
        parameters.add(new Parameter.ContextParameter(name));
        continue;
      }
      if (typeReader.ref(type).qualifiedName().startsWith(AWS_EVENTS)) {
        report.add(Message.E90_AWS_EVENTS, at, call.annotation(), call.where(), name,
            typeReader.ref(type).simple(), call.shape().use());
        return Optional.empty();
      }
      Parameter read = eventParameter(call, name, type, parameters, at);
      if (read == null) {
        return Optional.empty();
      }
      parameters.add(read);
      event = true;
    }
    if (!event) {
      report.add(Message.E90_NO_EVENT, Location.of(method), call.annotation(), call.where(), call.shape().forms());
      return Optional.empty();
    }
    return result(method, call, parameters).map(result -> new Signature(parameters, result));
  }

  /** The parameter {@code name} as a part of the event, or null when it does not fit (reported). */
  private Parameter eventParameter(Call call, String name, TypeMirror type, List<Parameter> taken, Location at) {
    Shape shape = call.shape();
    boolean batchTaken = taken.stream().anyMatch(p -> p instanceof Parameter.RecordsParameter);
    boolean recordTaken = taken.stream().anyMatch(p -> p instanceof Parameter.RecordParameter
        || p instanceof Parameter.EnvelopeParameter);
    boolean boundTaken = taken.stream().anyMatch(p -> p instanceof Parameter.EventParameter);
    boolean anyTaken = batchTaken || recordTaken || boundTaken;
    if (shape.record() != null && TypeReader.is(type, shape.record()) && !recordTaken && !batchTaken) {
      return new Parameter.RecordParameter(name);
    }
    if (shape.batch() && TypeReader.is(type, "java.util.List")
        && TypeReader.is(typeReader.argument(type, 0), shape.record())) {
      if (!anyTaken) {
        return new Parameter.RecordsParameter(name);
      }
    } else if (shape.record() == null && TypeReader.is(type, ENVELOPE)) {
      if (!anyTaken) {
        ValueType detail = bound(call, typeReader.argument(type, 0), name, at);
        return detail == null ? null : new Parameter.EnvelopeParameter(name, detail);
      }
    } else if (shape.bound() != null && !boundTaken && !batchTaken
        && !(shape.record() == null && recordTaken) && !isRuntimeEvent(type)) {
      ValueType value = bound(call, type, name, at);
      return value == null ? null : new Parameter.EventParameter(name, value);
    }
    call.report().add(Message.E90_PARAMETER, at, call.annotation(), call.where(), name,
        typeReader.ref(type).simple(), shape.forms());
    return null;
  }

  /** Whether {@code type} is a record of the runtime's events another trigger takes. */
  private static boolean isRuntimeEvent(TypeMirror type) {
    return type.toString().startsWith(SqsMessage.class.getPackageName() + ".");
  }

  /** The type a body or detail binds to, or null when it cannot (reported). */
  private ValueType bound(Call call, TypeMirror type, String name, Location at) {
    try {
      ValueType value = typeReader.classify(type);
      boolean text = value.isString();
      if (value instanceof ValueType.Bytes || value instanceof ValueType.OptionalOf
          || text && call.shape().record() == null) {
        call.report().add(Message.E90_PARAMETER, at, call.annotation(), call.where(), name,
            typeReader.ref(type).simple(), call.shape().forms());
        return null;
      }
      if (!text) {
        typeReader.checkReadable(value, call.pkg());
      }
      return value;
    } catch (Unsupported e) {
      call.report().add(Message.E90_BODY, at, call.annotation(), call.where(), call.shape().bound(), name,
          e.getMessage());
      return null;
    }
  }

  private Optional<Result> result(ExecutableElement method, Call call, List<Parameter> parameters) {
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.VOID) {
      return Optional.of(new Result.None());
    }
    String written = typeReader.ref(returned).simple();
    boolean batch = parameters.stream().anyMatch(p -> p instanceof Parameter.RecordsParameter);
    if (!batch) {
      call.report().add(Message.E90_RESULT_ONE, Location.of(method), call.annotation(), call.where(), written,
          call.shape().item());
      return Optional.empty();
    }
    TypeMirror identifiers = types.getDeclaredType(elements.getTypeElement("java.util.Collection"),
        elements.getTypeElement("java.lang.String").asType());
    if (!types.isAssignable(returned, identifiers)) {
      call.report().add(Message.E90_RESULT_BATCH, Location.of(method), call.annotation(), call.where(), written,
          call.shape().identifiers());
      return Optional.empty();
    }
    return Optional.of(new Result.Identifiers());
  }
}
