package dev.deployless.processor.config;

import static dev.deployless.processor.config.Shape.anyOf;
import static dev.deployless.processor.config.Shape.anything;
import static dev.deployless.processor.config.Shape.fields;
import static dev.deployless.processor.config.Shape.flag;
import static dev.deployless.processor.config.Shape.integer;
import static dev.deployless.processor.config.Shape.listOf;
import static dev.deployless.processor.config.Shape.mapOf;
import static dev.deployless.processor.config.Shape.number;
import static dev.deployless.processor.config.Shape.text;

/**
 * The keys of {@code deployless.yaml} and the shape of their values: the Python tool's schema, with
 * Java runtimes, {@code globals.architecture}, {@code globals.tracing} and {@code globals.code_uri}
 * added and {@code paths} kept only to say it has no effect.
 */
final class ConfigSchema {
  private ConfigSchema() {}

  static final Shape USAGE_PLAN =
      fields("rate", number(), "burst", integer(), "quota", integer(), "period", text());

  /** The errors and throttles alarms: a count. */
  static final Shape COUNT_ALARM = fields("threshold", number(), "period", integer());
  /** The duration alarm: a percentage of the timeout. */
  static final Shape DURATION_ALARM = fields("threshold_pct", number(), "period", integer());

  static final Shape ROOT = fields(
      "name", text(),
      "provider", text(),
      "stage", text(),
      "tags", mapOf(text()),
      "paths", anything(),
      "globals", fields(
          "runtime", text(),
          "memory", integer(),
          "timeout", integer(),
          "log_retention", integer(),
          "architecture", text(),
          "tracing", anyOf(flag(), text()),
          "code_uri", text()),
      "api", fields(
          "endpoint_type", text(),
          "cors", fields(
              "allow_origin", anyOf(text(), listOf(text())),
              "allow_methods", anyOf(listOf(text()), text()),
              "allow_headers", anyOf(listOf(text()), text()),
              "expose_headers", anyOf(listOf(text()), text()),
              "max_age", integer(),
              "allow_credentials", flag()),
          "auth", fields(
              "type", text(),
              "user_pool_arn", text(),
              "name", text(),
              "scopes", listOf(text()),
              "function_arn", text(),
              "function", text(),
              "ttl", integer(),
              "identity", fields("header", text())),
          "api_keys", anyOf(flag(), text(), listOf(fields(
              "name", text(), "existing", text(), "plan", text(), "enabled", flag()))),
          "usage_plan", USAGE_PLAN,
          "usage_plans", mapOf(USAGE_PLAN),
          "domain", fields(
              "domain_name", text(),
              "base_path", text(),
              "certificate_arn", text(),
              "route53", anyOf(flag(), fields("hosted_zone_id", text()))),
          "binary_media_types", listOf(text()),
          "minimum_compression_size", integer()),
      "env", mapOf(text()),
      "env_file", text(),
      "secrets_kms", text(),
      "alarms", anyOf(flag(), fields(
          "enabled", flag(),
          "errors", COUNT_ALARM,
          "throttles", COUNT_ALARM,
          "duration", DURATION_ALARM,
          "sns_topic_arn", text())),
      "deployment", anyOf(flag(), fields(
          "enabled", flag(),
          "type", text(),
          "alias", text())),
      "stage_in_names", flag(),
      "init_app", listOf(text()));
}
