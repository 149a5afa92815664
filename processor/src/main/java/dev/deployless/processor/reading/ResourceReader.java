package dev.deployless.processor.reading;

import dev.deployless.annotations.Access;
import dev.deployless.annotations.Invokes;
import dev.deployless.annotations.Resource;
import dev.deployless.annotations.Resources;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.AwsResource;
import dev.deployless.processor.model.ExtraPolicy;
import dev.deployless.processor.model.FunctionLink;
import dev.deployless.processor.model.ResourceLink;
import dev.deployless.processor.model.ResourceSpec;
import dev.deployless.processor.model.Source;
import dev.deployless.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @Resource} annotations of a class (single or repeated) into declarations and
 * links, {@code @Invokes} into function links, and {@code @Feature(policies)} into extra policies.
 */
public final class ResourceReader {
  static final String RESOURCE = Resource.class.getCanonicalName();
  static final String RESOURCES = Resources.class.getCanonicalName();
  static final String INVOKES = Invokes.class.getCanonicalName();
  private static final List<String> BODIES = List.of("dynamoDb", "s3", "sqs", "sns", "kms", "ssmParameter");

  /** One {@code @Resource}: always a link (the class uses it), with a declaration if it has a body. */
  public record Entry(ResourceLink link, Optional<AwsResource> declared) {}

  private final Elements elements;

  public ResourceReader(Elements elements) {
    this.elements = elements;
  }

  /** Whether {@code type} carries {@code @Resource}, directly or repeated. */
  public static boolean annotated(TypeElement type) {
    return Attributes.find(type, RESOURCE).isPresent() || Attributes.find(type, RESOURCES).isPresent();
  }

  /** The {@code @Resource} mirrors of {@code type}, in source order. */
  List<AnnotationMirror> mirrors(TypeElement type) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    Attributes.find(type, RESOURCE).ifPresent(mirrors::add);
    Attributes.find(type, RESOURCES).ifPresent(container ->
        mirrors.addAll(new Attributes(container, elements).annotations("value")));
    return mirrors;
  }

  /**
   * Every {@code @Resource} of {@code type}, declared by a feature ({@code shared} false) or a
   * shared class. A shared declaration without a body is reported (E75) and left out.
   */
  public List<Entry> read(TypeElement type, TypeRef owner, boolean shared, Report report) {
    List<Entry> entries = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors(type)) {
      Attributes attributes = new Attributes(mirror, elements);
      Source source = new Source(type, mirror);
      String name = attributes.string("name");
      Access access = Access.valueOf(attributes.constant("access"));
      List<String> bodies = new ArrayList<>();
      int count = 0;
      for (String body : BODIES) {
        int written = attributes.annotations(body).size();
        if (written > 0) {
          bodies.add(body);
          count += written;
        }
      }
      if (count > 1 || count == 0 && shared) {
        if (count == 0) {
          report.add(Message.E75_NO_BODY, source.annotation(), name);
        } else {
          report.add(Message.E75_BODIES, source.at(bodies.get(0)), name, count, String.join(", ", bodies));
        }
        continue;
      }
      ResourceLink link = new ResourceLink(name, access, source);
      if (count == 0) {
        entries.add(new Entry(link, Optional.empty()));
        continue;
      }
      String kind = bodies.get(0);
      AnnotationMirror bodyMirror = attributes.annotations(kind).get(0);
      ResourceSpec spec = spec(kind, new Attributes(bodyMirror, elements));
      entries.add(new Entry(link, Optional.of(new AwsResource(
          name, access, spec, owner, shared, source, new Source(type, bodyMirror)))));
    }
    return entries;
  }

  /**
   * Where {@code type} declares the resource {@code name}: its body annotation (or the
   * {@code @Resource} without one), read afresh so that it can be reported on in a later round.
   */
  public Optional<Source> declaration(TypeElement type, String name) {
    for (AnnotationMirror mirror : mirrors(type)) {
      Attributes attributes = new Attributes(mirror, elements);
      if (attributes.string("name").equals(name)) {
        for (String body : BODIES) {
          if (!attributes.annotations(body).isEmpty()) {
            return Optional.of(new Source(type, attributes.annotations(body).get(0)));
          }
        }
        return Optional.of(new Source(type, mirror));
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code @Invokes} links of a feature: those of the class (every function may invoke them),
   * then those of each method, in source order.
   */
  List<FunctionLink> functionLinks(TypeElement type) {
    List<FunctionLink> links = new ArrayList<>();
    functionLinks(type, "", links);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      functionLinks(method, method.getSimpleName().toString(), links);
    }
    return links;
  }

  private void functionLinks(Element element, String javaMethod, List<FunctionLink> links) {
    Attributes.find(element, INVOKES).ifPresent(mirror -> {
      for (String name : new Attributes(mirror, elements).strings("value")) {
        links.add(new FunctionLink(name, javaMethod, new Source(element, mirror)));
      }
    });
  }

  /** The extra policies of a {@code @Feature}. */
  List<ExtraPolicy> policies(TypeElement type, Attributes feature) {
    List<ExtraPolicy> policies = new ArrayList<>();
    for (AnnotationMirror mirror : feature.annotations("policies")) {
      Attributes policy = new Attributes(mirror, elements);
      policies.add(new ExtraPolicy(policy.string("managed"), policy.strings("actions"),
          policy.strings("resources"), new Source(type, mirror)));
    }
    return policies;
  }

  private ResourceSpec spec(String kind, Attributes body) {
    return switch (kind) {
      case "dynamoDb" -> table(body);
      case "s3" -> bucket(body);
      case "sqs" -> new ResourceSpec.Queue(body.string("queueName"), body.flag("fifo"), body.flag("dlq"),
          body.integer("visibilityTimeout"), body.integer("messageRetention"),
          body.integer("maxReceiveCount"), body.flag("encryption"), deletionPolicy(body, "Delete"),
          body.flag("existing"));
      case "sns" -> new ResourceSpec.Topic(body.string("topicName"), body.flag("fifo"),
          body.flag("contentBasedDeduplication"), deletionPolicy(body, "Delete"), body.flag("existing"));
      case "kms" -> {
        String alias = body.string("alias");
        yield new ResourceSpec.Key(alias.startsWith("alias/") ? alias.substring(6) : alias,
            body.string("description"), body.constant("keyUsage"), body.constant("keySpec"),
            body.constant("rotation"), deletionPolicy(body, "Retain"), body.string("existingKeyId"),
            body.string("envVar"));
      }
      default -> new ResourceSpec.Parameter(body.string("name"), body.string("value"),
          body.constant("type"), body.string("description"), body.flag("existing"));
    };
  }

  private ResourceSpec.Table table(Attributes body) {
    List<ResourceSpec.Gsi> indexes = new ArrayList<>();
    for (AnnotationMirror mirror : body.annotations("gsi")) {
      Attributes gsi = new Attributes(mirror, elements);
      indexes.add(new ResourceSpec.Gsi(gsi.string("name"), gsi.string("pk"), gsi.constant("pkType"),
          gsi.string("sk"), gsi.constant("skType"), gsi.constant("projection"),
          gsi.strings("nonKeyAttributes")));
    }
    return new ResourceSpec.Table(body.string("tableName"), body.string("pk"), body.constant("pkType"),
        body.string("sk"), body.constant("skType"), indexes, body.constant("billingMode"),
        body.integer("readCapacity"), body.integer("writeCapacity"), body.string("ttlAttribute"),
        body.constant("stream"), body.flag("pointInTimeRecovery"), body.flag("sseEnabled"),
        deletionPolicy(body, "Delete"), body.flag("existing"));
  }

  private ResourceSpec.Bucket bucket(Attributes body) {
    List<ResourceSpec.BucketCors> cors = new ArrayList<>();
    for (AnnotationMirror mirror : body.annotations("cors")) {
      Attributes rule = new Attributes(mirror, elements);
      cors.add(new ResourceSpec.BucketCors(rule.strings("allowedOrigins"), rule.strings("allowedMethods"),
          rule.strings("allowedHeaders"), rule.strings("exposedHeaders"), rule.integer("maxAge")));
    }
    List<ResourceSpec.Lifecycle> lifecycle = new ArrayList<>();
    for (AnnotationMirror mirror : body.annotations("lifecycleRules")) {
      Attributes rule = new Attributes(mirror, elements);
      lifecycle.add(new ResourceSpec.Lifecycle(rule.string("id"), rule.string("prefix"),
          rule.integer("expirationDays"), rule.integer("noncurrentVersionExpirationDays"),
          rule.flag("enabled")));
    }
    return new ResourceSpec.Bucket(body.string("bucketName"), body.flag("versioning"),
        body.flag("encryption"), cors, lifecycle, body.flag("publicAccessBlock"),
        deletionPolicy(body, "Delete"), body.flag("existing"));
  }

  /** The CloudFormation deletion policy: {@code Delete}, {@code Retain} or {@code Snapshot}. */
  private static String deletionPolicy(Attributes body, String fallback) {
    String constant = body.constant("deletionPolicy");
    return constant.equals("DEFAULT") ? fallback
        : constant.charAt(0) + constant.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
