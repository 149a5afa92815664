package dev.deployless.processor.diagnostic;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports, with its stable code. Messages are printed as
 * {@code [E05] message}; E00–E37 and W01 keep the meaning of the Python tool's validation table,
 * codes from E40 are specific to Java. The README's error table lists them all (a test keeps the
 * two in step).
 */
public enum Diagnostic {
  E00("invalid resource property", "%s '%s': %s"),
  E01("stage must be alphanumeric", "stage must contain only letters and digits, got '%s'%s"),
  E02("api.endpoint_type must be REGIONAL, EDGE or PRIVATE",
      "api.endpoint_type must be REGIONAL, EDGE or PRIVATE, got '%s'%s"),
  E03("globals.log_retention must be a CloudWatch retention period",
      "globals.log_retention must be one of %s days, got %s"),
  E04("allow_credentials is incompatible with allow_origin '*'",
      "api.cors.allow_credentials: true cannot be combined with allow_origin '*' (browsers reject"
          + " it); list the allowed origins instead"),
  E05("function memory out of range (128–10240 MB)", "memory must be 128-10240 MB, got %s"),
  E06("function timeout out of range (1–900 s)", "timeout must be 1-900 seconds, got %s"),
  E07("feature without routes", "feature '%s' has no @Route, @Cron or @LambdaFunction method"),
  E08("invalid schedule expression", "invalid schedule '%s': %s"),
  E09("cron memory out of range (128–10240 MB)", "memory must be 128-10240 MB, got %s"),
  E10("cron timeout out of range (1–900 s)", "timeout must be 1-900 seconds, got %s"),
  E18("api.minimum_compression_size must be an integer from 0 to 10485760",
      "api.minimum_compression_size must be an integer from 0 to 10485760, got %s"),
  E19("ephemeral storage out of range (512–10240 MB)", "ephemeralStorage must be 512-10240 MB, got %s"),
  E20("reserved concurrency below 0", "reservedConcurrency must be >= 0, got %s"),
  E21("provisioned concurrency below 1", "provisionedConcurrency must be >= 1, got %s"),
  E22("feature log retention is not a CloudWatch retention period",
      "logRetention must be one of %s days, got %s"),
  E25("lambda function memory out of range (128–10240 MB)", "memory must be 128-10240 MB, got %s"),
  E26("lambda function timeout out of range (1–900 s)", "timeout must be 1-900 seconds, got %s"),
  E27("env_file does not exist", "env_file '%s' does not exist (looked for %s)"),
  E28("SECRET_ variable with empty value",
      "%s in %s has an empty value; a SECRET_ variable names a value you store in SSM"),
  E29("invalid secrets_kms",
      "secrets_kms must be a KMS key alias (letters, digits, '-', '_', '/'), key ID or key ARN, got '%s'"),
  E30("access level not valid for the resource type", "access %s is not valid for %s '%s'; use one of %s"),
  E31("init_app entry is not a public static no-argument method",
      "init_app entry '%s' %s"),
  E32("unresolved ${VAR} in deployless.yaml",
      "${%s} is not set in the environment and has no default (write ${%s:-default})"),
  E33("duplicate route", "duplicate route %s %s: also declared by %s"),

  E40("route, cron or lambda method must be public and non-static",
      "@%s method %s must be %s"),
  E41("path parameter without binding",
      "path parameter {%s} of '%s' has no @PathParam(\"%s\") parameter in %s"),
  E42("binding without path parameter",
      "@PathParam(\"%s\") names no path parameter of '%s'%s"),
  E43("invalid path template", "invalid path '%s': %s"),
  E44("unsupported parameter type", "parameter '%s' of %s: %s"),
  E45("unsupported return type", "return type %s of %s: %s"),
  E46("more than one body parameter", "%s has more than one @Body parameter"),
  E47("duplicate logical ID", "logical ID %s of %s is also used by %s; %s"),
  E48("controller not instantiable", "@Feature class %s cannot be instantiated by its handler: %s"),
  E49("invalid @Cron signature", "@Cron method %s: %s"),
  E50("invalid @LambdaFunction signature", "@LambdaFunction method %s: %s"),
  E51("@Route, @Cron or @LambdaFunction outside a @Feature class",
      "@%s method %s is in %s, which is not annotated @Feature"),
  E52("route parameter without binding",
      "parameter '%s' of %s has no binding: annotate it with @PathParam, @QueryParam, @HeaderParam"
          + " or @Body, or declare it as Context or Request"),
  E53("parameter with more than one binding", "parameter '%s' of %s has more than one binding: %s"),
  E54("sibling path variables with different names",
      "path '%s' names the variable after '%s' {%s}, but %s names it {%s}: API Gateway requires"
          + " one name for sibling path variables"),
  E55("deployless.yaml is not valid YAML", "deployless.yaml is not valid YAML: %s"),
  E56("unknown key in deployless.yaml", "unknown key '%s'%s"),
  E57("wrong value type in deployless.yaml", "%s must be %s, got %s"),
  E58("unsupported runtime", "globals.runtime must be one of %s, got '%s'"),
  E59("unsupported provider", "provider must be 'aws', got '%s'"),
  E60("invalid project name",
      "name must start with a letter and contain only letters, digits and hyphens (at most 100"
          + " characters), got '%s'"),
  E61("invalid feature name",
      "feature name '%s' must start with a letter and contain only letters, digits, '-' and '_'"),
  E62("@Cron input is not JSON", "@Cron input is not valid JSON: %s"),
  E63("layer is not a layer version ARN",
      "layer '%s' is not a Lambda layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION)"),
  E64("deployless.yaml not found", "%s"),
  E65("@DefaultValue does not convert", "@DefaultValue(\"%s\") of parameter '%s' is not %s"),
  E66("invalid environment variable", "environment variable '%s' %s"),
  E67("description too long", "description has %s characters; Lambda allows at most 256"),
  E68("generated class name taken", "cannot generate %s: %s"),
  E69("invalid value in deployless.yaml", "%s must be %s, got '%s'%s"),
  E70("option not supported yet", "%s is not supported by this version of deployless for Java; %s"),
  E71("method with more than one of @Route, @Cron, @LambdaFunction",
      "%s has more than one of @Route, @Cron and @LambdaFunction; a method is one kind of function"),
  E72("cannot write an output file", "cannot write %s: %s"),
  E73("existing template.yaml cannot be merged",
      "%s cannot be merged with the generated template: %s; fix the file or delete it"),
  E74("provisioned concurrency above reserved concurrency",
      "provisionedConcurrency (%s) cannot exceed reservedConcurrency (%s): Lambda rejects the deployment"),
  E75("@Resource without exactly one body",
      "resource '%s' has %s; declare exactly one of dynamoDb, s3, sqs, kms, ssmParameter"),
  E76("unknown resource", "%s names no declared resource '%s'%s"),
  E77("resource declared or linked twice", "resource '%s' is %s"),
  E78("environment variable set twice",
      "%s gets environment variable %s from %s and from %s; give one of them another name"),
  E79("invalid resource name", "resource name '%s' %s"),
  E80("invalid @Policy", "@Policy %s"),
  E81("two resources with one accessor name",
      "feature '%s' uses resources '%s' and '%s', which both give the accessor %s(); rename one"),
  E99("internal error", "deployless internal error, please report it: %s"),

  W01("replacement-causing change of a named resource",
      "resource '%s' (%s) would be replaced: %s. CloudFormation cannot replace a custom-named resource"
          + " in place (the update fails), and once renamed the new resource starts empty while the data"
          + " stays in the old one; revert the change, or compile with"
          + " -Adeployless.allowReplacement=true once you have migrated the data"),
  W02("binary response without binary media types",
      "%s returns binary data but api.binary_media_types is empty: API Gateway will deliver it as"
          + " base64 text"),
  W03("deployless.yaml key without effect", "%s has no effect in deployless for Java: %s"),
  W04("HTTP function timeout above API Gateway's 29 seconds",
      "%s has a timeout of %s seconds but API Gateway answers 504 after 29 seconds (the function keeps"
          + " running); split long work into a @LambdaFunction or lower the timeout"),
  W05("dead-letter queue on a function only invoked synchronously",
      "dlq has no effect on %s: API Gateway invokes it synchronously, and only asynchronous invocations"
          + " (schedules, events) reach a dead-letter queue");

  private final String rule;
  private final String format;

  Diagnostic(String rule, String format) {
    this.rule = rule;
    this.format = format;
  }

  /** The stable code, such as {@code E05}. */
  public String code() {
    return name();
  }

  /** The rule this code stands for, as listed in the README. */
  public String rule() {
    return rule;
  }

  /**
   * ERROR for E codes, WARNING for W codes; W01 keeps the Python tool's code but halts the build
   * unless replacements are allowed (then it is reported as a warning).
   */
  public Kind kind() {
    return name().startsWith("W") && this != W01 ? Kind.WARNING : Kind.ERROR;
  }

  /** The message text for {@code arguments}, without the code. */
  public String text(Object... arguments) {
    return String.format(format, arguments);
  }
}
