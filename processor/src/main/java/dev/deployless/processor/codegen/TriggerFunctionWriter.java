package dev.deployless.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.model.Function;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Listener;
import dev.deployless.processor.model.Parameter;
import dev.deployless.processor.model.Result;
import dev.deployless.processor.model.Trigger;
import dev.deployless.processor.model.ValueType;
import dev.deployless.runtime.event.DynamoDbStreamRecord;
import dev.deployless.runtime.event.EventBridgeEvent;
import dev.deployless.runtime.event.S3Notification;
import dev.deployless.runtime.event.SnsMessage;
import dev.deployless.runtime.event.SqsMessage;
import dev.deployless.runtime.handler.DynamoDbStreamBatchFunction;
import dev.deployless.runtime.handler.DynamoDbStreamFunction;
import dev.deployless.runtime.handler.EventBridgeFunction;
import dev.deployless.runtime.handler.S3Function;
import dev.deployless.runtime.handler.SnsFunction;
import dev.deployless.runtime.handler.SqsBatchFunction;
import dev.deployless.runtime.handler.SqsFunction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the handler of a triggered function: one method on the runtime's base for its source
 * ({@code SqsFunction}, {@code S3Function}, ...), which reads the event, loops over the batch and
 * answers the failures; the generated {@code handle} binds one record (its JSON body read by the
 * generated readers, as for {@code @Body}) and calls the controller's method.
 */
final class TriggerFunctionWriter {
  /** How the base of one source names things: its class, the record's type and variable, the body. */
  private record Base(Class<?> one, Class<?> batch, Class<?> record, String variable, String batchVariable,
      String body) {}

  private static final Base QUEUE = new Base(SqsFunction.class, SqsBatchFunction.class, SqsMessage.class,
      "message", "messages", "body");
  private static final Base STREAM = new Base(DynamoDbStreamFunction.class, DynamoDbStreamBatchFunction.class,
      DynamoDbStreamRecord.class, "record", "records", null);
  private static final Base BUCKET = new Base(S3Function.class, null, S3Notification.class, "notification", null,
      null);
  private static final Base TOPIC = new Base(SnsFunction.class, null, SnsMessage.class, "message", null, "message");

  private final Function function;
  private final Listener listener;
  private final HandlerClass handler;
  private final JsonCodecs codecs;

  TriggerFunctionWriter(Function function, List<InitHook> hooks) {
    this.function = function;
    this.listener = function.listener();
    this.handler = new HandlerClass(function, hooks);
    this.codecs = new JsonCodecs(function.feature().objects(),
        Set.of("handle", "readDetail", "handleEvent", "handleRequest", "jsonBody", "bodyValue"));
  }

  TypeSpec write() {
    Trigger trigger = listener.trigger();
    if (trigger instanceof Trigger.Rule) {
      return rule();
    }
    Base base = trigger instanceof Trigger.Queue ? QUEUE : trigger instanceof Trigger.Stream ? STREAM
        : trigger instanceof Trigger.Bucket ? BUCKET : TOPIC;
    boolean batch = listener.batch();
    TypeSpec.Builder type = declaration(ClassName.get(batch ? base.batch() : base.one()));
    MethodSpec.Builder handle = handleMethod();
    if (batch) {
      handle.returns(ParameterizedTypeName.get(Collection.class, String.class))
          .addParameter(ParameterizedTypeName.get(List.class, base.record()), base.batchVariable());
    } else {
      handle.addParameter(base.record(), base.variable());
    }
    handle.addParameter(HandlerClass.CONTEXT, "context").addException(Exception.class);
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter parameter : listener.parameters()) {
      if (parameter instanceof Parameter.ContextParameter) {
        arguments.add(CodeBlock.of("context"));
      } else if (parameter instanceof Parameter.RecordParameter) {
        arguments.add(CodeBlock.of("$N", base.variable()));
      } else if (parameter instanceof Parameter.RecordsParameter) {
        arguments.add(CodeBlock.of("$N", base.batchVariable()));
      } else if (parameter instanceof Parameter.EventParameter event) {
        CodeBlock text = CodeBlock.of("$N.$N()", base.variable(), base.body());
        if (event.type().isString()) {
          arguments.add(text);
        } else {
          handle.addStatement("$T body = jsonBody($L)", JsonCodecs.READER, text);
          arguments.add(CodeBlock.of("bodyValue(body, $L)", codecs.read(event.type(), "body")));
        }
      }
    }
    call(handle, arguments, batch);
    return type.addMethod(handle.build()).addMethods(codecs.methods()).build();
  }

  /** The handler of an {@code @OnEvent} method: the detail read by {@code readDetail}, then the call. */
  private TypeSpec rule() {
    ValueType detail = null;
    for (Parameter parameter : listener.parameters()) {
      if (parameter instanceof Parameter.EventParameter event) {
        detail = event.type();
      } else if (parameter instanceof Parameter.EnvelopeParameter envelope) {
        detail = envelope.detail();
      }
    }
    TypeName detailType = TypeNames.of(detail.type()).box();
    TypeSpec.Builder type = declaration(ParameterizedTypeName.get(ClassName.get(EventBridgeFunction.class),
        detailType));
    type.addMethod(MethodSpec.methodBuilder("readDetail")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(detailType)
        .addParameter(JsonCodecs.READER, "detail")
        .addStatement("return bodyValue(detail, $L)", codecs.read(detail, "detail"))
        .build());
    MethodSpec.Builder handle = handleMethod()
        .addParameter(ParameterizedTypeName.get(ClassName.get(EventBridgeEvent.class), detailType), "event")
        .addParameter(HandlerClass.CONTEXT, "context")
        .addException(Exception.class);
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter parameter : listener.parameters()) {
      arguments.add(CodeBlock.of(parameter instanceof Parameter.ContextParameter ? "context"
          : parameter instanceof Parameter.EnvelopeParameter ? "event" : "event.detail()"));
    }
    call(handle, arguments, false);
    return type.addMethod(handle.build()).addMethods(codecs.methods()).build();
  }

  private TypeSpec.Builder declaration(TypeName superclass) {
    TypeSpec.Builder type = handler.classBuilder(superclass, CodeBlock.of("runs {@link $T#$L} $L.",
        TypeNames.raw(function.feature().controller()), listener.javaMethod(), when()));
    type.addField(handler.controllerField());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    handler.initialize(constructor);
    return type.addMethod(constructor.build());
  }

  /** When the method runs, for the Javadoc. */
  private String when() {
    Trigger trigger = listener.trigger();
    String each = listener.batch() ? "with each batch of " : "for each ";
    if (trigger instanceof Trigger.Queue queue) {
      return each + (listener.batch() ? "messages" : "message") + " of queue {@code " + queue.queue() + "}";
    } else if (trigger instanceof Trigger.Stream stream) {
      return each + (listener.batch() ? "changes" : "change") + " of table {@code " + stream.table() + "}";
    } else if (trigger instanceof Trigger.Bucket bucket) {
      return "for each notification of bucket {@code " + bucket.bucket() + "}";
    } else if (trigger instanceof Trigger.Topic topic) {
      return "for each message of topic {@code " + topic.topic() + "}";
    }
    Trigger.Rule rule = (Trigger.Rule) trigger;
    return "for each event of " + (rule.bus().isEmpty() ? "the default bus" : "bus {@code " + rule.bus() + "}")
        + " that matches its rule";
  }

  private static MethodSpec.Builder handleMethod() {
    return MethodSpec.methodBuilder("handle")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED);
  }

  /** Calls the method; a batch handler returns the failed identifiers the method returns, or none. */
  private void call(MethodSpec.Builder handle, List<CodeBlock> arguments, boolean batch) {
    CodeBlock call = CodeBlock.of("controller.$N($L)", listener.javaMethod(), CodeBlock.join(arguments, ", "));
    if (batch && listener.result() instanceof Result.Identifiers) {
      handle.addStatement("return $L", call);
    } else {
      handle.addStatement("$L", call);
      if (batch) {
        handle.addStatement("return null");
      }
    }
  }
}
