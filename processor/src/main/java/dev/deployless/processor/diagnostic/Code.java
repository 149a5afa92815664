package dev.deployless.processor.diagnostic;

import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;

import javax.tools.Diagnostic.Kind;

/**
 * The stable codes of deployless's diagnostics, each with the rule it stands for and its kind. The
 * README's error table lists every code with this rule (a test keeps the two in step); the
 * sentences reported under a code are the {@link Message}s naming it. E00–E37 and W01 keep the
 * meaning of the Python tool's validation table, codes from E40 are specific to Java.
 *
 * <p>The kind is stated, not derived from the letter: W01 keeps the Python tool's {@code W} but is an
 * error, which {@code -Adeployless.allowReplacement=true} lowers to a warning
 * ({@link Report#addAsWarning}).
 */
public enum Code {
  E00(ERROR, "invalid resource property"),
  E01(ERROR, "stage must be alphanumeric"),
  E02(ERROR, "api.endpoint_type must be REGIONAL, EDGE or PRIVATE"),
  E03(ERROR, "globals.log_retention must be a CloudWatch retention period"),
  E04(ERROR, "allow_credentials is incompatible with allow_origin '*'"),
  E05(ERROR, "function memory out of range (128–10240 MB)"),
  E06(ERROR, "function timeout out of range (1–900 s)"),
  E07(ERROR, "feature without routes"),
  E08(ERROR, "invalid schedule expression"),
  E09(ERROR, "cron memory out of range (128–10240 MB)"),
  E10(ERROR, "cron timeout out of range (1–900 s)"),
  E11(ERROR, "api.auth.type must be cognito, lambda, or iam"),
  E12(ERROR, "api.auth (cognito): user_pool_arn is required"),
  E13(ERROR, "api.auth (lambda): function_arn is required"),
  E14(ERROR, "api.usage_plan: rate and burst are required"),
  E15(ERROR, "api.usage_plan: period is required if quota is set"),
  E16(ERROR, "api.usage_plan.period must be DAY, WEEK, or MONTH"),
  E17(ERROR, "api.domain: domain_name is required"),
  E18(ERROR, "api.minimum_compression_size must be an integer from 0 to 10485760"),
  E19(ERROR, "ephemeral storage out of range (512–10240 MB)"),
  E20(ERROR, "reserved concurrency below 0"),
  E21(ERROR, "provisioned concurrency below 1"),
  E22(ERROR, "feature log retention is not a CloudWatch retention period"),
  E23(ERROR, "alarms SNS topic is not an ARN"),
  E24(ERROR, "duration alarm threshold_pct out of range (1–100)"),
  E25(ERROR, "lambda function memory out of range (128–10240 MB)"),
  E26(ERROR, "lambda function timeout out of range (1–900 s)"),
  E27(ERROR, "env_file cannot be read"),
  E28(ERROR, "SECRET_ variable with empty value"),
  E29(ERROR, "invalid secrets_kms"),
  E30(ERROR, "access level not valid for the resource type"),
  E31(ERROR, "init_app entry is not a public static no-argument method"),
  E32(ERROR, "unresolved ${VAR} in deployless.yaml"),
  E33(ERROR, "duplicate route"),
  E40(ERROR, "route, cron or lambda method must be public and non-static"),
  E41(ERROR, "path parameter without binding"),
  E42(ERROR, "binding without path parameter"),
  E43(ERROR, "invalid path template"),
  E44(ERROR, "unsupported parameter type"),
  E45(ERROR, "unsupported return type"),
  E46(ERROR, "more than one body parameter"),
  E47(ERROR, "duplicate logical ID"),
  E48(ERROR, "controller not instantiable"),
  E49(ERROR, "invalid @Cron signature"),
  E50(ERROR, "invalid @LambdaFunction signature"),
  E51(ERROR, "@Route, @Cron or @LambdaFunction outside a @Feature class"),
  E52(ERROR, "route parameter without binding"),
  E53(ERROR, "parameter with more than one binding"),
  E54(ERROR, "sibling path variables with different names"),
  E55(ERROR, "deployless.yaml is not valid YAML"),
  E56(ERROR, "unknown key in deployless.yaml"),
  E57(ERROR, "wrong value type in deployless.yaml"),
  E58(ERROR, "unsupported runtime"),
  E59(ERROR, "unsupported provider"),
  E60(ERROR, "invalid project name"),
  E61(ERROR, "invalid feature name"),
  E62(ERROR, "@Cron input is not JSON"),
  E63(ERROR, "layer is not a layer version ARN"),
  E64(ERROR, "deployless.yaml not found"),
  E65(ERROR, "@DefaultValue does not convert"),
  E66(ERROR, "invalid environment variable"),
  E67(ERROR, "description too long"),
  E68(ERROR, "generated class name taken"),
  E69(ERROR, "invalid value in deployless.yaml"),
  E34(ERROR, "api.usage_plans defined without api.api_keys"),
  E35(ERROR, "a plan in api.usage_plans is missing rate/burst, or has an invalid period"),
  E36(ERROR, "an entry in api.api_keys is missing both name and existing"),
  E37(ERROR, "an entry in api.api_keys references a plan not defined in api.usage_plans"),
  E71(ERROR, "method with more than one of @Route, @Cron, @LambdaFunction"),
  E72(ERROR, "cannot write an output file"),
  E73(ERROR, "existing template.yaml cannot be merged"),
  E74(ERROR, "provisioned concurrency above reserved concurrency"),
  E75(ERROR, "@Resource without exactly one body"),
  E76(ERROR, "unknown resource"),
  E77(ERROR, "resource declared or linked twice"),
  E78(ERROR, "environment variable set twice"),
  E79(ERROR, "invalid resource name"),
  E80(ERROR, "invalid @Policy"),
  E81(ERROR, "two resources with one accessor name"),
  E90(ERROR, "invalid trigger method signature"),
  E91(ERROR, "trigger or destination names a resource of another type"),
  E92(ERROR, "queue visibility timeout below the function's timeout"),
  E93(ERROR, "FIFO queue or topic where a trigger cannot use one"),
  E94(ERROR, "table trigger without a stream"),
  E95(ERROR, "trigger on a resource the application does not create"),
  E96(ERROR, "invalid trigger setting"),
  E97(ERROR, "invalid event filter or pattern"),
  E98(ERROR, "unknown function in @Invokes"),
  E99(ERROR, "internal error"),
  E100(ERROR, "auth asks for the authorizer but api.auth is not set"),
  E101(ERROR, "auth asks for an API key but api.api_keys is not set"),
  E102(ERROR, "invalid api.auth.function"),
  E103(ERROR, "API keys and usage plans that do not fit together"),
  E104(ERROR, "api.domain a compiler cannot deploy"),
  E105(ERROR, "alarm threshold below 1"),
  E106(ERROR, "alarm period not a multiple of 60 seconds from 60 to 86400"),
  E107(ERROR, "invalid deployment alias"),
  E108(ERROR, "deployment hook is not a @LambdaFunction of the application"),
  E109(ERROR, "deployment hook function name too long"),
  E110(ERROR, "invalid @QueryParam or @HeaderParam name"),
  E111(ERROR, "tags beyond AWS limits"),
  E112(ERROR, "function environment above Lambda's 4 KB"),
  E113(ERROR, "template beyond CloudFormation limits"),
  E114(ERROR, "processor dependency missing"),
  E115(ERROR, "api.domain.base_path not one segment of letters and digits"),
  E116(ERROR, "api.auth.ttl outside 0-3600 seconds"),
  E120(ERROR, "linked function not invocable with a payload"),
  E121(ERROR, "functions linking each other in a cycle"),
  E122(ERROR, "invalid @Invokes"),
  W01(ERROR, "replacement-causing change of a named resource"),
  W02(WARNING, "binary response without binary media types"),
  W03(WARNING, "deployless.yaml key without effect"),
  W04(WARNING, "HTTP function timeout above API Gateway's 29 seconds"),
  W05(WARNING, "dead-letter queue on a function only invoked synchronously"),
  W06(WARNING, "custom domain certificate in the wrong region"),
  W07(WARNING, "gradual deployment without alarms to roll back on"),
  W08(WARNING, "S3 trigger that can trigger itself"),
  W10(WARNING, "template.yaml above 51,200 bytes must be deployed through S3");

  private final Kind kind;
  private final String rule;

  Code(Kind kind, String rule) {
    this.kind = kind;
    this.rule = rule;
  }

  /** ERROR (fails the compilation) or WARNING. */
  public Kind kind() {
    return kind;
  }

  /** The rule this code stands for, as listed in the README. */
  public String rule() {
    return rule;
  }
}
