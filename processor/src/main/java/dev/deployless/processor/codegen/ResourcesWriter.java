package dev.deployless.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.deployless.processor.model.FeatureClass;
import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.Grant;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.runtime.resource.DynamoDbTable;
import dev.deployless.runtime.resource.KmsKey;
import dev.deployless.runtime.resource.LinkedFunction;
import dev.deployless.runtime.resource.ResourceVariables;
import dev.deployless.runtime.resource.S3Bucket;
import dev.deployless.runtime.resource.SnsTopic;
import dev.deployless.runtime.resource.SqsQueue;
import dev.deployless.runtime.resource.SsmParameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Feature>Resources}: one accessor per resource the feature's functions may use and
 * per function they may invoke, returning a runtime handle built from the variables the template
 * gives those functions. What IAM
 * does not allow the feature is not there to call.
 */
final class ResourcesWriter {
  private static final ClassName VARIABLES = ClassName.get(ResourceVariables.class);

  private final FeatureClass feature;
  private final List<Grant> grants;

  ResourcesWriter(FeatureClass feature, List<Grant> grants) {
    this.feature = feature;
    this.grants = grants;
  }

  TypeSpec write() {
    String simple = FeatureClass.resourcesClassName(feature.name());
    TypeSpec.Builder type = TypeSpec.classBuilder(simple)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(Generated.class)
            .addMember("value", "$S", HandlerClass.GENERATOR).build())
        .addJavadoc("The AWS resources of feature {@code $L} ({@link $T}), read from the environment"
                + " variables\ndeployless gives its functions. Each function's IAM role allows exactly"
                + " what is listed here.\n\n<p>The generated handlers pass an instance to the"
                + " controller's constructor; tests can create one\nand run under"
                + " {@link dev.deployless.runtime.Environment#callWith} with the variables they need.\n",
            feature.name(), TypeNames.raw(feature.controller()))
        .addField(FieldSpec.builder(String.class, "FEATURE", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("$S", feature.name()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("Accessors reading the function's environment when called.\n").build())
        .addMethod(MethodSpec.methodBuilder("variable")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(String.class, "resource")
            .addParameter(String.class, "name")
            .addStatement("return $T.require(FEATURE, resource, name)", VARIABLES)
            .build());
    // One accessor per name, the first: two resources or links giving one name are reported (E81,
    // E122), and the class still compiles for the controllers injecting it.
    Set<String> accessors = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (Grant grant : grants) {
      if (!accessors.add(grant.resource().methodName())) {
        continue;
      }
      type.addMethod(accessor(grant));
      for (ResourceSpec.Variable variable : grant.resource().spec().variables()) {
        all.add(variable.name());
      }
    }
    for (FunctionLink link : feature.invokes()) {
      if (accessors.add(link.methodName())) {
        type.addMethod(accessor(link));
        if (link.featureWide()) {
          all.add(link.nameVariable());
          all.add(link.arnVariable());
        }
      }
    }
    CodeBlock names = all.stream().map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(",\n"));
    type.addMethod(MethodSpec.methodBuilder("available")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc("Whether every variable of these resources is set: true on Lambda, false when the"
            + " function runs\nwithout them (the local server, a unit test), where the accessors"
            + " would throw.\n")
        .addStatement("return $T.present(\n$>$>$L)$<$<", VARIABLES, names)
        .build());
    return type.build();
  }

  private MethodSpec accessor(Grant grant) {
    ResourceSpec spec = grant.resource().spec();
    String resource = grant.resource().name();
    MethodSpec.Builder method = MethodSpec.methodBuilder(grant.resource().methodName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(describe(spec))
        .addJavadoc("\n\n<p>Access: $L.\nVariables: $L.\n", grant.access(), variableList(spec))
        .addJavadoc("\n@throws IllegalStateException when one of the variables is not set\n");
    List<CodeBlock> arguments = new ArrayList<>();
    for (ResourceSpec.Variable variable : spec.variables()) {
      CodeBlock read = CodeBlock.of("variable($S, $S)", resource, variable.name());
      arguments.add(variable.attribute() == ResourceSpec.Attribute.DLQ_URL
          ? CodeBlock.of("$T.of($L)", Optional.class, read) : read);
    }
    if (spec instanceof ResourceSpec.Queue queue && !queue.hasDlq()) {
      arguments.add(CodeBlock.of("$T.empty()", Optional.class));
    }
    Class<?> handle = handle(spec);
    return method.returns(handle)
        .addStatement("return new $T(\n$>$>$L)$<$<", handle, CodeBlock.join(arguments, ",\n"))
        .build();
  }

  private static MethodSpec accessor(FunctionLink link) {
    String who = link.featureWide() ? "every function of this feature may invoke"
        : "the function of {@code " + link.javaMethod() + "()} may invoke;\nin the other functions its"
            + " variables are not set";
    return MethodSpec.methodBuilder(link.methodName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Function {@code $L} of the application ({@code @Invokes}), which\n$L.\n",
            link.logicalId(), who)
        .addJavadoc("\n<p>Variables: {@code $L}, {@code $L}.\n", link.nameVariable(), link.arnVariable())
        .addJavadoc("\n@throws IllegalStateException when one of the variables is not set\n")
        .returns(LinkedFunction.class)
        .addStatement("return new $T(\n$>$>variable($S, $S),\nvariable($S, $S))$<$<", LinkedFunction.class,
            link.name(), link.nameVariable(), link.name(), link.arnVariable())
        .build();
  }

  private static Class<?> handle(ResourceSpec spec) {
    if (spec instanceof ResourceSpec.Table) {
      return DynamoDbTable.class;
    } else if (spec instanceof ResourceSpec.Bucket) {
      return S3Bucket.class;
    } else if (spec instanceof ResourceSpec.Queue) {
      return SqsQueue.class;
    } else if (spec instanceof ResourceSpec.Topic) {
      return SnsTopic.class;
    } else if (spec instanceof ResourceSpec.Key) {
      return KmsKey.class;
    }
    return SsmParameter.class;
  }

  private static String variableList(ResourceSpec spec) {
    List<String> names = new ArrayList<>();
    for (ResourceSpec.Variable variable : spec.variables()) {
      names.add("{@code " + variable.name() + "}");
    }
    return String.join(", ", names);
  }

  /** What the resource is, in one sentence for the accessor's Javadoc. */
  private static String describe(ResourceSpec spec) {
    String existing = spec.existing() ? " (existing)" : "";
    if (spec instanceof ResourceSpec.Table table) {
      StringBuilder text = new StringBuilder("DynamoDB table {@code " + table.tableName() + "}" + existing
          + ":\npartition key {@code " + table.pk() + "} (" + table.pkType() + ")");
      if (!table.sk().isEmpty()) {
        text.append(", sort key {@code ").append(table.sk()).append("} (").append(table.skType()).append(")");
      }
      if (!table.gsi().isEmpty()) {
        List<String> indexes = new ArrayList<>();
        for (ResourceSpec.Gsi gsi : table.gsi()) {
          indexes.add("{@code " + gsi.name() + "} on {@code " + gsi.pk() + "}"
              + (gsi.sk().isEmpty() ? "" : " and {@code " + gsi.sk() + "}"));
        }
        text.append(";\nindexes ").append(String.join(", ", indexes));
      }
      return text + ".";
    } else if (spec instanceof ResourceSpec.Bucket bucket) {
      return "S3 bucket {@code " + bucket.bucketName() + "}" + existing + ".";
    } else if (spec instanceof ResourceSpec.Queue queue) {
      return "SQS queue {@code " + queue.physicalName() + "}" + existing
          + (queue.hasDlq() ? ", with dead-letter queue {@code " + queue.dlqName() + "}" : "") + ".";
    } else if (spec instanceof ResourceSpec.Topic topic) {
      return "SNS topic {@code " + topic.physicalName() + "}" + existing + ".";
    } else if (spec instanceof ResourceSpec.Key key) {
      return "KMS key " + (key.existing() ? "{@code " + key.existingKeyId() + "} (existing)"
          : key.alias().isEmpty() ? "" : "{@code alias/" + key.alias() + "}") + " for " + key.keyUsage()
          + " (" + key.keySpec() + ").";
    }
    ResourceSpec.Parameter parameter = (ResourceSpec.Parameter) spec;
    return "SSM parameter {@code " + parameter.parameterName() + "}" + existing + " of type "
        + parameter.cloudFormationType() + "; read its value with the SDK.";
  }
}
