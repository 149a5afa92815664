package dev.deployless.processor.diagnostic;

import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * Every sentence the processor prints, whole: each entry is a complete message with named slots
 * ({@code {memory}}) and the {@link Code} it is reported under, which gives its kind. Where one code
 * has several sentences (E48's reasons, E77's variants), each is an entry of its own, named after
 * the code ({@code E48_ABSTRACT}). Call sites pass the values of the slots, in the order the slots
 * first appear; a slot named twice takes one value. The {@link Detail}s are the parts several
 * messages share (why a Java type cannot be used, the "did you mean" hint).
 *
 * <p>This file is the catalogue, so it is long by nature: one entry per sentence, in code order.
 */
public enum Message {
  E00_TABLE_NAME(Code.E00, "{kind} '{resource}': a table name has 3-255 characters: letters, digits, '_', '-' and '.'"),
  E00_PARTITION_KEY(Code.E00, "{kind} '{resource}': the partition key attribute cannot be empty"),
  E00_SORT_KEY(Code.E00, "{kind} '{resource}': the sort key must be another attribute than the partition key {pk}"),
  E00_CAPACITY_MODE(Code.E00, "{kind} '{resource}': {attribute} only applies with billingMode = PROVISIONED"),
  E00_CAPACITY(Code.E00, "{kind} '{resource}': {attribute} must be at least 1, got {units}"),
  E00_INDEX_NAME(Code.E00,
      "{kind} '{resource}': index name '{index}' must have 3-255 letters, digits, '_', '-' or '.'"),
  E00_INDEX_TWICE(Code.E00, "{kind} '{resource}': index {index} is declared twice"),
  E00_INDEX_KEY(Code.E00, "{kind} '{resource}': index {index} needs a partition key"),
  E00_INDEX_INCLUDE(Code.E00, "{kind} '{resource}': index {index} projects INCLUDE but lists no nonKeyAttributes"),
  E00_INDEX_NON_KEY(Code.E00,
      "{kind} '{resource}': index {index} lists nonKeyAttributes, which need projection = INCLUDE"),
  E00_KEY_TYPES(Code.E00, "{kind} '{resource}': attribute {attribute} is a key of type {first} and of type {second}"),
  E00_INDEX_COUNT(Code.E00, "{kind} '{resource}': a table has at most 20 global secondary indexes"),
  E00_BUCKET_UNDERSCORE(Code.E00, "{kind} '{resource}': bucket names cannot contain '_' (they are DNS names)"),
  E00_BUCKET_NAME(Code.E00, "{kind} '{resource}': a bucket name has 3-63 lower-case letters, digits, '-' and '.',"
      + " starting and ending with a letter or digit"),
  E00_CORS_METHOD(Code.E00, "{kind} '{resource}': CORS method '{method}' must be one of GET, PUT, HEAD, POST, DELETE"),
  E00_CORS_RULE(Code.E00, "{kind} '{resource}': a CORS rule needs allowedOrigins and allowedMethods"),
  E00_LIFECYCLE_EMPTY(Code.E00, "{kind} '{resource}': lifecycle rule '{rule}' sets neither expirationDays nor"
      + " noncurrentVersionExpirationDays"),
  E00_LIFECYCLE_DAYS(Code.E00, "{kind} '{resource}': lifecycle rule '{rule}' must count days from 1"),
  E00_LIFECYCLE_ID(Code.E00, "{kind} '{resource}': a lifecycle rule needs an id"),
  E00_QUEUE_LENGTH(Code.E00, "{kind} '{resource}': a queue name has 1-80 characters (with '-dlq' and '.fifo' where"
      + " they are added)"),
  E00_QUEUE_NAME(Code.E00, "{kind} '{resource}': a queue name contains only letters, digits, '-' and '_' ('.fifo'"
      + " is added for fifo = true)"),
  E00_RANGE(Code.E00, "{kind} '{resource}': {attribute} must be {min}-{max}, got {value}"),
  E00_SNAPSHOT(Code.E00, "{kind} '{resource}': SNAPSHOT applies to DynamoDB tables only; use RETAIN or DELETE"),
  E00_TOPIC_NAME(Code.E00, "{kind} '{resource}': a topic name has 1-256 letters, digits, '-' and '_' ('.fifo' is"
      + " added for fifo = true)"),
  E00_TOPIC_DEDUPLICATION(Code.E00, "{kind} '{resource}': contentBasedDeduplication applies to FIFO topics only"),
  E00_ALIAS(Code.E00, "{kind} '{resource}': an alias contains only letters, digits, '-', '_' and '/'"),
  E00_ALIAS_RESERVED(Code.E00, "{kind} '{resource}': aliases starting with aws/ are reserved for AWS managed keys"),
  E00_ECC_USAGE(Code.E00, "{kind} '{resource}': ECC keys ({spec}) sign and verify; they cannot encrypt (use RSA or"
      + " SYMMETRIC_DEFAULT)"),
  E00_SYMMETRIC_USAGE(Code.E00, "{kind} '{resource}': a SYMMETRIC_DEFAULT key only supports ENCRYPT_DECRYPT"),
  E00_HMAC_USAGE(Code.E00, "{kind} '{resource}': GENERATE_VERIFY_MAC needs an HMAC key spec, and HMAC specs need it"),
  E00_ROTATION(Code.E00, "{kind} '{resource}': only SYMMETRIC_DEFAULT keys rotate automatically, not {spec}"),
  E00_ENV_VAR(Code.E00, "{kind} '{resource}': an environment variable name has letters, digits and '_', starting"
      + " with a letter"),
  E00_KEY_ID(Code.E00, "{kind} '{resource}': expected a key ID or key ARN"),
  E00_PARAMETER_PATH(Code.E00, "{kind} '{resource}': a parameter name is a path starting with '/', such as"
      + " /myapp/db/host"),
  E00_PARAMETER_NAME(Code.E00, "{kind} '{resource}': a parameter name contains only letters, digits, '.', '-', '_'"
      + " and '/'"),
  E00_SECURE_STRING(Code.E00, "{kind} '{resource}': CloudFormation cannot create SecureString parameters; create"
      + " it with the AWS CLI and declare it with existing = true"),
  E00_PARAMETER_VALUE(Code.E00, "{kind} '{resource}': a parameter deployless creates needs a value"),

  E01(Code.E01, "stage must contain only letters and digits, got '{stage}'"),
  E01_OPTION(Code.E01, "stage must contain only letters and digits, got '{stage}' (from -Adeployless.stage)"),
  E01_IN_NAMES(Code.E01, "stage_in_names puts the stage in physical names, and S3 bucket names are lower case:"
      + " use a lower-case stage, got '{stage}'"),
  E01_LENGTH(Code.E01, "stage has {length} characters; API Gateway allows at most {max}"),
  E02(Code.E02, "api.endpoint_type must be REGIONAL, EDGE or PRIVATE, got '{value}'{hint}"),
  E03(Code.E03, "globals.log_retention must be one of {days} days, got {value}"),
  E04(Code.E04, "api.cors.allow_credentials: true cannot be combined with allow_origin '*' (browsers reject"
      + " it); list the allowed origins instead"),
  E05(Code.E05, "memory must be 128-10240 MB, got {memory}"),
  E06(Code.E06, "timeout must be 1-900 seconds, got {timeout}"),
  E07(Code.E07, "feature '{feature}' has no @Route, @Cron or @LambdaFunction method"),

  E08_EMPTY(Code.E08, "invalid schedule '': give at least one rate(...) or cron(...) expression"),
  E08_FORM(Code.E08, "invalid schedule '{schedule}': expected rate(value unit), such as rate(5 minutes), or"
      + " cron(minutes hours day-of-month month day-of-week year), such as cron(0 9 * * ? *)"),
  E08_RATE_FORM(Code.E08, "invalid schedule '{schedule}': a rate is a positive whole number and a unit, such as"
      + " rate(5 minutes)"),
  E08_RATE_TOO_LARGE(Code.E08, "invalid schedule '{schedule}': the rate value {value} is too large"),
  E08_RATE_ZERO(Code.E08, "invalid schedule '{schedule}': the rate value must be at least 1"),
  E08_RATE_SINGULAR(Code.E08, "invalid schedule '{schedule}': a rate of 1 takes a singular unit: rate(1 {unit})"),
  E08_RATE_SINGULAR_UNIT(Code.E08, "invalid schedule '{schedule}': the unit must be minute, hour or day"),
  E08_RATE_PLURAL(Code.E08, "invalid schedule '{schedule}': a rate above 1 takes a plural unit: rate({value}"
      + " {unit}s)"),
  E08_RATE_PLURAL_UNIT(Code.E08, "invalid schedule '{schedule}': the unit must be minutes, hours or days"),
  E08_CRON_FIELDS(Code.E08, "invalid schedule '{schedule}': a cron expression has 6 fields (minutes hours"
      + " day-of-month month day-of-week year), found {count}"),
  E08_FIELD_QUESTION(Code.E08, "invalid schedule '{schedule}': the {field} field '{text}' may not be '?' (only the"
      + " day fields may)"),
  E08_FIELD_HASH(Code.E08, "invalid schedule '{schedule}': the {field} field '{text}' uses '#' as day#week, with"
      + " the week 1-5"),
  E08_FIELD_STEP(Code.E08, "invalid schedule '{schedule}': the {field} field '{text}' uses '/' as"
      + " start/increment, with a positive increment"),
  E08_FIELD_RANGE(Code.E08, "invalid schedule '{schedule}': the {field} field '{text}' has an invalid range"),
  E08_FIELD_VALUE(Code.E08, "invalid schedule '{schedule}': the {field} field '{text}' has the invalid value"
      + " '{value}'"),
  E08_FIELD_OUT_OF_RANGE(Code.E08, "invalid schedule '{schedule}': the {field} field '{text}' has {value}, outside"
      + " {min}-{max}"),
  E08_DAY_FIELDS(Code.E08, "invalid schedule '{schedule}': exactly one of day-of-month and day-of-week must be '?',"
      + " such as cron(0 9 * * ? *)"),

  E09(Code.E09, "memory must be 128-10240 MB, got {memory}"),
  E10(Code.E10, "timeout must be 1-900 seconds, got {timeout}"),
  E11(Code.E11, "api.auth.type must be cognito, lambda, or iam, got '{type}'{hint}"),
  E11_MISSING(Code.E11, "api.auth.type is required: cognito, lambda, or iam"),
  E12(Code.E12, "api.auth (cognito): user_pool_arn is required"),
  E13(Code.E13, "api.auth (lambda): function_arn is required (or function, naming a @LambdaFunction method of the"
      + " application)"),
  E14(Code.E14, "{plan}: rate and burst are required"),
  E15(Code.E15, "{plan}: period is required if quota is set (DAY, WEEK or MONTH)"),
  E16(Code.E16, "{plan}.period must be DAY, WEEK, or MONTH, got '{period}'"),
  E17(Code.E17, "api.domain: domain_name is required"),
  E18(Code.E18, "api.minimum_compression_size must be an integer from 0 to 10485760, got {value}"),
  E19(Code.E19, "ephemeralStorage must be 512-10240 MB, got {size}"),
  E20(Code.E20, "reservedConcurrency must be >= 0, got {value}"),
  E21(Code.E21, "provisionedConcurrency must be >= 1, got {value}"),
  E22(Code.E22, "logRetention must be one of {days} days, got {value}"),
  E23(Code.E23, "alarms.sns_topic_arn must be a valid ARN (starts with arn:), got '{value}'"),
  E23_ANNOTATION(Code.E23, "@Alarms snsTopicArn must be a valid ARN (starts with arn:), got '{value}'"),
  E24(Code.E24, "alarms.duration.threshold_pct must be between 1 and 100, got {value}"),
  E24_ANNOTATION(Code.E24, "@Alarms durationPct must be between 1 and 100 (or -1 to inherit), got {value}"),
  E25(Code.E25, "memory must be 128-10240 MB, got {memory}"),
  E26(Code.E26, "timeout must be 1-900 seconds, got {timeout}"),
  E27(Code.E27, "env_file '{declared}' does not exist (looked for {path})"),
  E27_DIRECTORY(Code.E27, "env_file '{declared}' is a directory ({path}); name a file of NAME=value lines"),
  E27_NOT_FILE(Code.E27, "env_file '{declared}' is not a regular file ({path}); name a file of NAME=value lines"),
  E27_TOO_LARGE(Code.E27, "env_file '{declared}' is larger than {max} bytes ({path}); an env file holds a few"
      + " variables (Lambda allows 4 KB of them per function)"),
  E27_UNREADABLE(Code.E27, "env_file '{declared}' cannot be read ({path}): {error}"),
  E28(Code.E28, "{variable} in {file} has an empty value; a SECRET_ variable names a value you store in SSM"),
  E29(Code.E29, "secrets_kms must be a KMS key alias (letters, digits, '-', '_', '/'), key ID or key ARN, got"
      + " '{value}'"),
  E30(Code.E30, "access {access} is not valid for {kind} '{resource}'; use one of {levels}"),

  E31_FORMAT(Code.E31, "init_app entry '{entry}' is not in package.Class.method format"),
  E31_NO_CLASS(Code.E31, "init_app entry '{entry}' names the class {class}, which is not in the sources or on the"
      + " class path"),
  E31_NO_METHOD(Code.E31, "init_app entry '{entry}' needs {class} to have a public static method {method}() without"
      + " parameters"),
  E31_NOT_PUBLIC(Code.E31, "init_app entry '{entry}' names {class}, which is not public"),

  E32(Code.E32, "${{name}} is not set in the environment and has no default (write ${{name}:-default})"),
  E33(Code.E33, "duplicate route {method} {path}: also declared by {class}.{javaMethod}()"),

  E40_PUBLIC(Code.E40, "@{annotation} method {method} must be public"),
  E40_STATIC(Code.E40, "@{annotation} method {method} must be an instance method, not static (the handler calls"
      + " it on the controller)"),
  E41(Code.E41, "path parameter {{variable}} of '{path}' has no @PathParam(\"{variable}\") parameter in"
      + " {javaMethod}()"),
  E42(Code.E42, "@PathParam(\"{name}\") names no path parameter of '{path}'{hint}"),

  E43_START(Code.E43, "invalid path '{path}': it must start with '/'"),
  E43_EMPTY_SEGMENT(Code.E43, "invalid path '{path}': it has an empty segment ('//')"),
  E43_ANGLE_BRACKETS(Code.E43, "invalid path '{path}': write path variables as {{name}}, not {segment}"),
  E43_VARIABLE_NAME(Code.E43, "invalid path '{path}': '{segment}' is not a valid path variable: its name must start"
      + " with a letter and use letters, digits, '_', '.' or '-'"),
  E43_GREEDY(Code.E43, "invalid path '{path}': the greedy variable {segment} must be the last segment"),
  E43_TWICE(Code.E43, "invalid path '{path}': the variable {{name}} appears twice"),
  E43_MIXED(Code.E43, "invalid path '{path}': segment '{segment}' mixes text and a variable; a variable must be a"
      + " whole segment"),
  E43_CHARACTER(Code.E43, "invalid path '{path}': character '{character}' is not allowed in a path"),

  E44_PATH(Code.E44, "parameter '{parameter}' of {method}: a path parameter must be a String, a primitive or its"
      + " box, a UUID, an enum, BigDecimal, BigInteger or a java.time value"),
  E44_QUERY(Code.E44, "parameter '{parameter}' of {method}: a query parameter must be a String, a primitive or its"
      + " box, a UUID, an enum, BigDecimal, BigInteger or a java.time value, or an Optional or List of one"),
  E44_HEADER(Code.E44, "parameter '{parameter}' of {method}: a header parameter must be a String, a primitive or its"
      + " box, a UUID, an enum, BigDecimal, BigInteger or a java.time value, or an Optional or List of one"),
  E44_BODY(Code.E44, "parameter '{parameter}' of {method}: the request body cannot be read as {type}: {reason}"),
  E45(Code.E45, "return type {type} of {method}: {reason}"),
  E46(Code.E46, "{method} has more than one @Body parameter"),

  E47_RESOURCES(Code.E47, "logical ID {id} of resource '{resource}' ({kind}) is also used by resource '{other}'"
      + " ({otherKind}); give one of them another physical name"),
  E47_FUNCTION_AND_RESOURCE(Code.E47, "logical ID {id} of {function} is also used by resource '{resource}' ({kind});"
      + " rename the function or give the resource another name"),
  E47_FEATURES(Code.E47, "logical ID {id} of {function} is also used by {other}; give one feature another name"
      + " (@Feature(name = ...))"),
  E47_METHODS(Code.E47, "logical ID {id} of {function} is also used by {other}; rename one of the methods"),

  E48_INTERFACE(Code.E48, "@Feature class {class} cannot be instantiated by its handler: it is an interface;"
      + " annotate a class"),
  E48_NOT_A_CLASS(Code.E48, "@Feature class {class} cannot be instantiated by its handler: it is {kind}; annotate a"
      + " class"),
  E48_ABSTRACT(Code.E48, "@Feature class {class} cannot be instantiated by its handler: it is abstract"),
  E48_GENERIC(Code.E48, "@Feature class {class} cannot be instantiated by its handler: it is generic"),
  E48_PRIVATE(Code.E48, "@Feature class {class} cannot be instantiated by its handler: {nested} is private"),
  E48_INNER(Code.E48, "@Feature class {class} cannot be instantiated by its handler: {nested} is an inner class;"
      + " make it static"),
  E48_NO_CONSTRUCTOR(Code.E48, "@Feature class {class} cannot be instantiated by its handler: it has no"
      + " constructor without parameters or taking {resources}"),
  E48_PRIVATE_CONSTRUCTOR(Code.E48, "@Feature class {class} cannot be instantiated by its handler: its"
      + " constructor without parameters is private"),
  E48_PRIVATE_INJECTING_CONSTRUCTOR(Code.E48, "@Feature class {class} cannot be instantiated by its handler: its"
      + " constructor taking {resources} is private"),
  E48_NOTHING_TO_INJECT(Code.E48, "@Feature class {class} cannot be instantiated by its handler: its constructor"
      + " takes {resources} but the feature declares and links no @Resource"),
  E48_MISSING_RESOURCES(Code.E48, "@Feature class {class} cannot be instantiated by its handler: its constructor"
      + " takes {written}, which does not exist; the resources class of this feature is {resources} (named"
      + " after the feature)"),

  E49_CONTEXT_TWICE(Code.E49, "@Cron method {method}: it takes Context twice"),
  E49_SECOND_EVENT(Code.E49, "@Cron method {method}: parameter '{parameter}' is a second event; the method may take"
      + " the event, the Context, or both"),
  E49_EVENT(Code.E49, "@Cron method {method}: the event parameter '{parameter}' cannot be read from JSON: {reason}"),
  E49_RESULT(Code.E49, "@Cron method {method}: its return type {type} cannot be written as JSON: {reason}"),
  E50_CONTEXT_TWICE(Code.E50, "@LambdaFunction method {method}: it takes Context twice"),
  E50_SECOND_EVENT(Code.E50, "@LambdaFunction method {method}: parameter '{parameter}' is a second event; the"
      + " method may take the event, the Context, or both"),
  E50_EVENT(Code.E50, "@LambdaFunction method {method}: the event parameter '{parameter}' cannot be read from JSON:"
      + " {reason}"),
  E50_RESULT(Code.E50, "@LambdaFunction method {method}: its return type {type} cannot be written as JSON:"
      + " {reason}"),

  E51(Code.E51, "@{annotation} method {method} is in {class}, which is not annotated @Feature"),
  E52(Code.E52, "parameter '{parameter}' of {method} has no binding: annotate it with @PathParam, @QueryParam,"
      + " @HeaderParam or @Body, or declare it as Context, Request or Caller"),
  E52_PATH_VARIABLE(Code.E52, "parameter '{parameter}' of {method} has no binding, and path '{path}' has the"
      + " variable {{variable}} that no parameter binds: did you mean @PathParam(\"{variable}\")?"),
  E53(Code.E53, "parameter '{parameter}' of {method} has more than one binding: {bindings}"),
  E54(Code.E54, "path '{path}' names the variable after '{parent}' {{ours}}, but {other} names it {{theirs}}:"
      + " API Gateway requires one name for sibling path variables"),

  E55_SYNTAX(Code.E55, "deployless.yaml is not valid YAML: {problem}"),
  E55_DUPLICATE_KEY(Code.E55, "deployless.yaml is not valid YAML: duplicate key '{key}'"),
  E55_UNREADABLE(Code.E55, "deployless.yaml is not valid YAML: cannot read it: {error}"),
  E55_TOO_LARGE(Code.E55, "deployless.yaml is not valid YAML: it is larger than {max} bytes; a project file is a"
      + " few kilobytes"),
  E56(Code.E56, "unknown key '{key}'{hint}"),
  E57_VALUE(Code.E57, "{key} must be {shape}, got {value}"),
  E57_ROOT_KEY(Code.E57, "a key of the file must be text, got a {kind}"),
  E57_KEY(Code.E57, "a key of {mapping} must be text, got a {kind}"),
  E57_ROOT(Code.E57, "deployless.yaml must be a mapping of keys (name: my-app, stage: dev, globals: ...), got"
      + " {value}"),
  E57_DECIMAL(Code.E57, "{key} must be an integer written in decimal digits, got '{value}'"),
  E58(Code.E58, "globals.runtime must be one of {runtimes}, got '{runtime}'"),
  E58_DEPRECATED(Code.E58, "globals.runtime {runtime} is deprecated: AWS Lambda blocks creating {runtime} functions"
      + " since {created} and updating them since {updated}, so the deploy would fail; use {runtimes} (java21 is"
      + " the default)"),
  E59(Code.E59, "provider must be 'aws', got '{provider}'"),
  E60(Code.E60, "name must start with a letter and contain only letters, digits and hyphens (at most 100"
      + " characters), got '{name}'"),
  E61(Code.E61, "feature name '{name}' must start with a letter and contain only letters, digits, '-' and '_'"),
  E62(Code.E62, "@Cron input is not valid JSON: {problem}"),
  E63(Code.E63, "layer '{layer}' is not a Lambda layer version ARN (arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION)"),
  E64_OPTION(Code.E64, "-Adeployless.config names {file}, which does not exist"),
  E64_OPTION_DIRECTORY(Code.E64, "-Adeployless.config names {file}, which is a directory; name the"
      + " deployless.yaml file in it"),
  E64_OPTION_NOT_FILE(Code.E64, "-Adeployless.config names {file}, which is not a regular file"),
  E64_NOT_FOUND(Code.E64, "no deployless.yaml found in {directory} or its parents: create one at the project root"
      + " (see the README), or pass -Adeployless.config=PATH"),
  E64_NO_SOURCES(Code.E64, "no deployless.yaml found in the source directories or its parents: create one at the"
      + " project root (see the README), or pass -Adeployless.config=PATH"),

  E65_NOT_HERE(Code.E65, "@DefaultValue(\"{value}\") of parameter '{parameter}' is not allowed here: @DefaultValue"
      + " applies to @QueryParam and @HeaderParam parameters only"),
  E65_NOT_SINGLE(Code.E65, "@DefaultValue(\"{value}\") of parameter '{parameter}' is not allowed on {type}: a default"
      + " only applies to a single value (an Optional is empty and a List is empty when absent)"),
  E65_NOT_CONSTANT(Code.E65, "@DefaultValue(\"{value}\") of parameter '{parameter}' is not one of {constants}"),
  E65_NOT_VALUE(Code.E65, "@DefaultValue(\"{value}\") of parameter '{parameter}' is not {expected}"),

  E66_RESERVED(Code.E66, "environment variable '{name}' is reserved by AWS Lambda"),
  E66_NAME(Code.E66, "environment variable '{name}' must start with a letter and have at least two letters, digits"
      + " or underscores"),
  E66_APP_STAGE(Code.E66, "environment variable '{name}' is set by deployless to the stage"),
  E66_TWICE(Code.E66, "environment variable '{name}' is set twice"),
  E66_VALUE_AND_SSM(Code.E66, "environment variable '{name}' sets both value and ssm; keep one"),
  E66_SSM_NAME(Code.E66, "environment variable '{name}' names SSM parameter '{parameter}'; a parameter name is a"
      + " path such as /prod/db/host"),
  E66_SSM_VERSION(Code.E66, "environment variable '{name}' pins SSM parameter version {version}; versions count"
      + " from 1"),
  E66_SECURE(Code.E66, "environment variable '{name}' cannot resolve a SecureString: CloudFormation rejects"
      + " {{resolve:ssm-secure:...}} in Lambda environment variables; declare the parameter as"
      + " @Resource(ssmParameter = @SsmParameter(name = \"{parameter}\", type = SECURE_STRING, existing ="
      + " true)) and read it with the SDK"),

  E67(Code.E67, "description has {length} characters; Lambda allows at most 256"),
  E68_RESOURCES_CLASS_TAKEN(Code.E68, "cannot generate {class}: a class of that name is declared in the sources;"
      + " rename it or the feature"),
  E68_HANDLER_TAKEN(Code.E68, "cannot generate {class}: a class of that name is declared in the sources; rename it"
      + " or the function"),
  E68_WRITE(Code.E68, "cannot generate {class}: {error}"),
  E69_ONE_OF(Code.E69, "{key} must be {allowed}, got '{value}'{hint}"),
  E69_MAX_AGE(Code.E69, "api.cors.max_age must be a number of seconds >= 0, got '{value}'"),
  E34(Code.E34, "{key} defined without api.api_keys: a usage plan throttles the keys in it; add api_keys"),
  E35(Code.E35, "plan '{plan}' in api.usage_plans is missing rate/burst"),
  E35_PERIOD(Code.E35, "plan '{plan}' in api.usage_plans has an invalid period '{period}' (DAY, WEEK or MONTH)"),
  E35_QUOTA(Code.E35, "plan '{plan}' in api.usage_plans sets a quota without a period (DAY, WEEK or MONTH)"),
  E36(Code.E36, "{entry} is missing both name and existing: name a new key, or give the id of an existing one"),
  E37(Code.E37, "{entry} references plan '{plan}', which api.usage_plans does not define{hint}"),
  E71(Code.E71, "{method} has more than one of @Route, @Cron and @LambdaFunction; a method is one kind of"
      + " function"),
  E71_TRIGGER(Code.E71, "{method} has {annotations}; a method is one kind of function: keep one"),
  E72(Code.E72, "cannot write {file}: {error}"),

  E73_SYNTAX(Code.E73, "{file} cannot be merged with the generated template: line {line}: {problem}; fix the file"
      + " or delete it"),
  E73_YAML(Code.E73, "{file} cannot be merged with the generated template: {problem}; fix the file or delete it"),
  E73_NOT_MAPPING(Code.E73, "{file} cannot be merged with the generated template: the document is not a mapping;"
      + " fix the file or delete it"),
  E73_KEY(Code.E73, "{file} cannot be merged with the generated template: line {line}: a key must be a scalar; fix"
      + " the file or delete it"),

  E74(Code.E74, "provisionedConcurrency ({provisioned}) cannot exceed reservedConcurrency ({reserved}): Lambda"
      + " rejects the deployment"),
  E75_NO_BODY(Code.E75, "resource '{name}' has no body (a class that is not a @Feature declares resources, it"
      + " cannot link them); declare exactly one of dynamoDb, s3, sqs, sns, kms, ssmParameter"),
  E75_BODIES(Code.E75, "resource '{name}' has {count} bodies ({bodies}); declare exactly one of dynamoDb, s3, sqs,"
      + " sns, kms, ssmParameter"),
  E76_LINK(Code.E76, "@Resource names no declared resource '{name}'{hint}"),
  E76_POLICY(Code.E76, "@Policy names no declared resource '{name}'{hint}"),
  E76_TRIGGER(Code.E76, "@{annotation} names no declared resource '{name}'{hint}"),
  E76_DESTINATION(Code.E76, "@{annotation}(onFailure) names no declared resource '{name}'{hint}; name an SQS queue or"
      + " SNS topic of the application"),
  E77_DECLARED_TWICE(Code.E77, "resource '{name}' is declared twice: also by {class}; link it with @Resource(name ="
      + " \"{name}\") instead"),
  E77_USED_TWICE(Code.E77, "resource '{name}' is used twice by feature '{feature}'; keep one @Resource(name ="
      + " \"{name}\")"),
  E78_RESOURCES(Code.E78, "feature '{feature}' gets environment variable {variable} from resource '{first}' and"
      + " from resource '{second}'; give one of them another name"),
  E78_LINK(Code.E78, "{function} gets environment variable {variable} from @Invokes(\"{name}\") and from"
      + " {other}; give one of them another name"),
  E78_ENV(Code.E78, "{function} gets environment variable {variable} from resource '{resource}' and from @Env;"
      + " give one of them another name"),
  E79_NAME(Code.E79, "resource name '{name}' must start with a letter and contain only letters, digits, '-' and"
      + " '_'"),
  E79_KEYWORD(Code.E79, "resource name '{name}' gives the accessor {method}(), and {method} is a Java keyword"),
  E79_AVAILABLE(Code.E79, "resource name '{name}' gives the accessor available(), which every resources class has"
      + " already"),
  E80_BOTH(Code.E80, "@Policy sets both managed and actions; a policy is a managed policy or a statement"),
  E80_NEITHER(Code.E80, "@Policy sets neither managed nor actions; a policy is a managed policy or a statement"),
  E80_NO_RESOURCES(Code.E80, "@Policy allows {actions} on no resources; list resource names, ARNs or \"*\""),
  E80_MANAGED_RESOURCES(Code.E80, "@Policy managed = \"{managed}\" takes no resources"),
  E80_ACTION(Code.E80, "@Policy action '{action}' is not service:Action (such as kms:Sign)"),
  E81(Code.E81, "feature '{feature}' uses resources '{first}' and '{second}', which both give the accessor"
      + " {method}(); rename one"),
  E90_AWS_EVENTS(Code.E90, "@{annotation} method {method}: parameter '{parameter}' is {type} of"
      + " aws-lambda-java-events, which the Lambda runtime reads with its own Jackson at several times the cold"
      + " start; take {use} instead (dev.deployless.runtime.event)"),
  E90_CONTEXT_TWICE(Code.E90, "@{annotation} method {method}: it takes Context twice"),
  E90_PARAMETER(Code.E90, "@{annotation} method {method}: parameter '{parameter}' ({type}) does not fit; the method"
      + " takes {forms}"),
  E90_BODY(Code.E90, "@{annotation} method {method}: the {what} parameter '{parameter}' cannot be read from JSON:"
      + " {reason}"),
  E90_NO_EVENT(Code.E90, "@{annotation} method {method} takes no event; it takes {forms}"),
  E90_RESULT_ONE(Code.E90, "@{annotation} method {method} returns {type}; a method handling one {item} returns"
      + " void (a throw fails the {item})"),
  E90_RESULT_BATCH(Code.E90, "@{annotation} method {method} returns {type}; a batch method returns void or a"
      + " Collection<String> of the {identifiers} that failed"),
  E91_SOURCE(Code.E91, "@{annotation}: resource '{name}' ({kind}) is not {expected}"),
  E91_DESTINATION(Code.E91, "@{annotation}: the onFailure destination '{name}' ({kind}) is not an SQS queue or SNS"
      + " topic"),
  E92(Code.E92, "@OnQueue: queue '{queue}' has a visibilityTimeout of {visibility} seconds, below the {timeout}-second"
      + " timeout of {function}: Lambda rejects the event source mapping; set @Sqs(visibilityTimeout) to at least"
      + " {timeout} (AWS recommends {recommended})"),
  E93_BATCH_SIZE(Code.E93, "@OnQueue: queue '{queue}' is FIFO, which takes a batchSize of 1-10, got {size}"),
  E93_WINDOW(Code.E93, "@OnQueue: queue '{queue}' is FIFO, which has no batching window; remove batchingWindow"
      + " ({window})"),
  E93_TOPIC(Code.E93, "@OnTopic: topic '{topic}' is FIFO, and only SQS queues can subscribe to a FIFO topic;"
      + " subscribe a FIFO queue to it and trigger on the queue"),
  E93_DESTINATION(Code.E93, "@{annotation}: the onFailure destination '{name}' is FIFO; Lambda sends failures to"
      + " standard queues and topics only"),
  E94(Code.E94, "@OnTableChange: table '{table}' has no stream; set stream = NEW_AND_OLD_IMAGES (or NEW_IMAGE,"
      + " OLD_IMAGE, KEYS_ONLY) in its @DynamoDb declaration"),
  E95_BUCKET(Code.E95, "@OnBucket: bucket '{bucket}' is existing; S3 notifications are configured on the bucket"
      + " resource, so the application must create it (remove existing = true)"),
  E95_TABLE(Code.E95, "@OnTableChange: table '{table}' is existing; the ARN of its stream is only known for a table"
      + " the application creates (remove existing = true)"),
  E96_RANGE(Code.E96, "@{annotation}: {attribute} must be {min}-{max}, got {value}"),
  E96_UNSET_OR_RANGE(Code.E96, "@{annotation}: {attribute} must be -1 (unset) or {min}-{max}, got {value}"),
  E96_BATCH_WINDOW(Code.E96, "@OnQueue: a batchSize above 10 ({size}) needs a batchingWindow of at least 1 second"),
  E96_NO_EVENTS(Code.E96, "@OnBucket: events is empty; give at least one event type"),
  E96_BUS(Code.E96, "@OnEvent: bus '{bus}' is not an event bus name (letters, digits, '.', '-', '_', '/') or ARN"),
  E97_JSON(Code.E97, "@{annotation}: {attribute} is not a JSON object: {problem}"),
  E97_REPEATS(Code.E97, "@OnEvent: pattern repeats '{key}', which {attribute} sets; keep one"),
  E97_EMPTY(Code.E97, "@OnEvent matches no event pattern: set source, detailType or pattern"),
  E98(Code.E98, "@Invokes names no function '{name}'{hint}"),
  E99(Code.E99, "deployless internal error, please report it: {trace}"),
  E91_COMPILED(Code.E91, "{function} of {feature}, compiled earlier, names '{name}', which is no longer {expected}"
      + " of the application; declare it again, or recompile that class"),
  E98_COMPILED(Code.E98, "{function} of {feature}, compiled earlier, invokes '{name}', which is no longer a function"
      + " of the application; recompile that class"),
  E100(Code.E100, "auth = {value} asks for the authorizer of api.auth, which deployless.yaml does not set; set"
      + " api.auth or choose another Auth"),
  E100_COMPILED(Code.E100, "{where} has auth = {value}, which asks for the authorizer of api.auth, but"
      + " deployless.yaml no longer sets it; set api.auth, or change that auth and recompile the class"),
  E101(Code.E101, "auth = {value} asks for an API key, but deployless.yaml sets no api.api_keys; add api_keys or"
      + " choose another Auth"),
  E101_COMPILED(Code.E101, "{where} has auth = {value}, which asks for an API key, but deployless.yaml no"
      + " longer sets api.api_keys; add api_keys, or change that auth and recompile the class"),
  E102(Code.E102, "api.auth.function '{name}' is not a @LambdaFunction method of the application{hint}"),
  E102_BOTH(Code.E102, "api.auth sets both function and function_arn; keep one"),
  E102_TYPE(Code.E102, "api.auth.{key} applies to type: lambda, not '{type}'"),
  E103_SIMPLE_PLAN(Code.E103, "api.usage_plan goes with the simple form of api_keys (true or a key id); with a list"
      + " of keys, define api.usage_plans and give each key a plan"),
  E103_NAMED_PLANS(Code.E103, "api.usage_plans go with a list of api_keys naming them; with the simple form (true or"
      + " a key id) use api.usage_plan"),
  E103_DUPLICATE(Code.E103, "{entry}: key '{name}' is listed twice (or gives the same logical ID {id} as another);"
      + " rename one"),
  E103_EMPTY(Code.E103, "api.api_keys is an empty list: every route then needs an API key, but there is none;"
      + " list a key, or remove api_keys"),
  E103_PLAN_NAME(Code.E103, "{entry}: a plan name has letters, digits, '-', '_' and '.', got '{name}'"),
  E103_ID(Code.E103, "{entry}: {owner} gets the logical ID {id}, as {other} does; rename one"),
  E103_NAME(Code.E103, "{entry}: a key name has letters, digits, '-', '_' and '.', got '{name}'"),
  E104_ROUTE53(Code.E104, "api.domain.route53: true asks to find the hosted zone by name, which needs an AWS call a"
      + " compiler cannot make; give its id instead, as route53.hosted_zone_id (aws route53"
      + " list-hosted-zones-by-name --dns-name {domain} prints it)"),
  E104_PRIVATE(Code.E104, "api.domain needs api.endpoint_type REGIONAL or EDGE; a PRIVATE API has no public custom"
      + " domain"),
  E110_EMPTY(Code.E110, "@{annotation}(\"\") of parameter '{parameter}': the name cannot be empty"),
  E110_HEADER(Code.E110, "@HeaderParam({name}) of parameter '{parameter}': a header name has only letters, digits"
      + " and !#$%&'*+-.^_`|~ (an HTTP token), not {character}"),
  E110_QUERY(Code.E110, "@QueryParam({name}) of parameter '{parameter}': a query parameter name cannot contain"
      + " control characters, such as {character}"),
  E111_COUNT(Code.E111, "tags has {count} tags; AWS allows 50 per resource and SAM adds lambda:createdBy to every"
      + " function, so at most {max}"),
  E111_KEY(Code.E111, "tag key '{key}' has {length} characters; AWS allows 1 to {max}"),
  E111_RESERVED(Code.E111, "tag key '{key}' starts with aws:, which AWS reserves for its own tags"),
  E111_VALUE(Code.E111, "the value of tag '{key}' has {length} characters; AWS allows at most {max}"),
  E112(Code.E112, "{function} has at least {bytes} bytes of environment variables (names and values, with"
      + " APP_STAGE, env and env_file of deployless.yaml); Lambda allows {max} bytes (4 KB) for all of a"
      + " function's variables together; the largest is {variable} ({size} bytes): keep large values in SSM"
      + " (@Env(ssm = ...)) or in a resource"),
  E112_GLOBAL(Code.E112, "the variables every function gets (APP_STAGE, env and env_file) take {bytes} bytes"
      + " (names and values); Lambda allows {max} bytes (4 KB) for all of a function's variables together;"
      + " the largest is {variable} ({size} bytes): keep large values in SSM"),
  E113_SIZE(Code.E113, "template.yaml would have {bytes} bytes; CloudFormation accepts at most {max} bytes (from"
      + " S3); split the application into several"),
  E113_RESOURCES(Code.E113, "template.yaml would have {count} resources once SAM has expanded its {written}"
      + " (each function brings its role and event permissions); CloudFormation allows {max} per stack; split the"
      + " application into several"),
  E113_OUTPUTS(Code.E113, "template.yaml would have {count} outputs (one per function); CloudFormation allows"
      + " {max}; split the application into several"),
  E113_LOGICAL_ID(Code.E113, "logical ID {id}... has {length} characters; CloudFormation allows {max}; shorten"
      + " the name it comes from"),
  E114(Code.E114, "the processor path lacks {artifact} (class {class} is missing): deployless-processor needs it;"
      + " list deployless-processor in <annotationProcessorPaths> without excluding its dependencies, or add"
      + " {artifact} there next to it"),
  E115(Code.E115, "api.domain.base_path must be one segment of letters and digits, got '{path}': SAM removes"
      + " every other character, so the API would answer under /{normalized}"),
  E116(Code.E116, "api.auth.ttl must be 0-3600 seconds (how long API Gateway caches the authorizer's answer), got"
      + " {ttl}"),
  E120_API(Code.E120, "@Invokes(\"{name}\") links {function}, which answers API Gateway events; link a"
      + " @LambdaFunction (or @Cron) method, or call the API over HTTP"),
  E120_TRIGGERED(Code.E120, "@Invokes(\"{name}\") links {function}, which reads the events of {source}; send to"
      + " its source instead, or link a @LambdaFunction method"),
  E121_SELF(Code.E121, "@Invokes(\"{name}\") makes {function} link itself; put @Invokes on the methods that invoke"
      + " it"),
  E121_CYCLE(Code.E121, "functions link each other in a cycle ({cycle}): CloudFormation cannot create functions"
      + " whose permissions name each other; invoke in one direction, or send through a queue"),
  E122_RESOURCE(Code.E122, "@Invokes(\"{name}\") gives the accessor {method}(), which resource '{resource}' gives"
      + " too; rename one"),
  E122_TWICE(Code.E122, "@Invokes names '{name}' twice for {function}; keep one"),
  E122_NOT_FUNCTION(Code.E122, "@Invokes is on {method}, which is not a function (no @Route, @Cron,"
      + " @LambdaFunction or trigger); put it on the class or on a function's method"),

  E105(Code.E105, "alarms.{alarm}.threshold must be >= 1 (a count in the period), got {value}"),
  E105_ANNOTATION(Code.E105, "@Alarms {attribute} must be >= 1 (a count in the period, or -1 to inherit), got"
      + " {value}"),
  E106(Code.E106, "alarms.{alarm}.period must be a multiple of 60 seconds from 60 to 86400 (Lambda's metrics are"
      + " per minute), got {value}"),
  E106_ANNOTATION(Code.E106, "@Alarms period must be a multiple of 60 seconds from 60 to 86400 (Lambda's metrics"
      + " are per minute, or -1 to inherit), got {value}"),
  E107(Code.E107, "deployment.alias must be 1-128 letters, digits, '-' or '_', not only digits, got '{value}'"),
  E107_ANNOTATION(Code.E107, "@Deployment alias must be 1-128 letters, digits, '-' or '_', not only digits, got"
      + " '{value}'"),
  E108(Code.E108, "@Deployment {hook} names no function '{name}'{hint}"),
  E108_NOT_LAMBDA(Code.E108, "@Deployment {hook} names {function}, which is not a @LambdaFunction: CodeDeploy"
      + " invokes a hook directly with the deployment's ids; name a @LambdaFunction method"),
  E108_COMPILED(Code.E108, "{feature} deploys with @Deployment {hook} '{name}', which is no longer a"
      + " @LambdaFunction of the application; name an existing one, or recompile that class"),
  E109(Code.E109, "@Deployment {hook} names {function}, which CodeDeploy can invoke only if its name starts with"
      + " CodeDeployHook_: '{name}' has {length} characters, Lambda allows 64; shorten the project name or the"
      + " method's"),

  W01(Code.W01, "resource '{resource}' ({type}) would be replaced: {change}. CloudFormation cannot replace a"
      + " custom-named resource in place (the update fails), and once renamed the new resource starts empty"
      + " while the data stays in the old one; revert the change, or compile with"
      + " -Adeployless.allowReplacement=true once you have migrated the data"),
  W02(Code.W02, "{javaMethod}() returns binary data but api.binary_media_types is empty: API Gateway will deliver"
      + " it as base64 text"),
  W03(Code.W03, "paths has no effect in deployless for Java: features are the @Feature classes being compiled"),
  W04(Code.W04, "{function} has a timeout of {timeout} seconds but API Gateway answers 504 after 29 seconds (the"
      + " function keeps running); split long work into a @LambdaFunction or lower the timeout"),
  W05(Code.W05, "dlq has no effect on feature '{feature}': API Gateway invokes it synchronously, and only"
      + " asynchronous invocations (schedules, events) reach a dead-letter queue"),
  W06(Code.W06, "api.domain: an EDGE endpoint needs its certificate in us-east-1, but certificate_arn is in"
      + " {region}; use a certificate of us-east-1, or endpoint_type: REGIONAL"),
  W06_CREATED(Code.W06, "api.domain: an EDGE endpoint needs its certificate in us-east-1, and the stack creates it"
      + " in the region it is deployed to; deploy to us-east-1, give a us-east-1 certificate_arn, or use"
      + " endpoint_type: REGIONAL"),
  W07(Code.W07, "{subject} is deployed {type} through alias '{alias}' without alarms: CodeDeploy shifts the"
      + " traffic but cannot roll back; turn alarms on (alarms in deployless.yaml, or @Alarms on the feature)"),
  W08(Code.W08, "@OnBucket: {function} can write to bucket '{bucket}', which triggers it on every key: each object"
      + " it writes invokes it again, forever; filter the trigger with prefix or suffix and write elsewhere"),

  W10(Code.W10, "template.yaml has {bytes} bytes; CloudFormation takes at most {max} bytes in a request, so deploy"
      + " it through S3 (sam deploy --resolve-s3 or --s3-bucket; aws cloudformation deploy --s3-bucket)"),

  /** Why no template was written (a note, without code). */
  TEMPLATE_NOT_WRITTEN(Kind.NOTE, "{file} was not written because the compilation has errors"),
  /** One line of the {@code -Adeployless.verbose=true} summary (a note, without code). */
  SUMMARY(Kind.NOTE, "{line}");

  /**
   * A part of sentence several messages share, filling one of their slots: why a Java type cannot be
   * read or written (Code.E44, E45, E49, E50), and the "did you mean" hint (Code.E02, E42, E56, E69, E76).
   */
  public enum Detail {
    GENERIC_ARRAY("arrays of generic types cannot be created; use a List"),
    WILDCARD("wildcard types such as List<? extends X> are not supported; declare List<X>"),
    TYPE_VARIABLE("the type variable {type} is not known at compile time; use a concrete type"),
    NO_JSON_FORM("{type} has no JSON form"),
    MAP_KEY("map keys must be String or an enum, not {type}"),
    UNKNOWN_LIBRARY_TYPE("{type} has no JSON form deployless knows; use a record, a String, a number, a List,"
        + " a Map or a java.time value"),
    ABSTRACT("{type} is abstract; JSON needs a concrete record or class"),
    INNER_CLASS("{type} is an inner class; make it static"),
    NOT_CREATABLE("{type} cannot be created from JSON: make it a record, or give it a public no-argument"
        + " constructor and setters"),
    DUPLICATE_PROPERTY("{type} has two properties named '{name}' in JSON"),
    PROPERTY("{type}.{property}: {reason}"),
    NO_SETTERS("{type} has no public setters or fields to read JSON into"),
    NO_GETTERS("{type} has no public getters or fields to write as JSON"),
    PRIVATE_TYPE("{type} is private; generated code cannot use it"),
    OTHER_PACKAGE("{type} is not public and the generated handler is in another package ({package})"),
    UNNAMED_PACKAGE("{type} is not public and the generated handler is in another package (the unnamed"
        + " package)"),
    NESTED_OPTIONAL("Optional and Response cannot be nested in each other"),
    DID_YOU_MEAN(" (did you mean '{candidate}'?)");

    private final Sentence sentence;

    Detail(String format) {
      this.sentence = Sentence.parse(format);
    }

    /** The text for the values of the slots. */
    public String text(Object... values) {
      return sentence.apply(values);
    }
  }

  private final Code code;
  private final Kind kind;
  private final Sentence sentence;

  Message(Code code, String format) {
    this.code = code;
    this.kind = code.kind();
    this.sentence = Sentence.parse(format);
  }

  Message(Kind kind, String format) {
    this.code = null;
    this.kind = kind;
    this.sentence = Sentence.parse(format);
  }

  /** The code it is reported under; null for notes. */
  public Code code() {
    return code;
  }

  /** ERROR, WARNING, or NOTE for the notes without code. */
  public Kind kind() {
    return kind;
  }

  /** The slot names, in order of first appearance: the order of the values {@link #text} takes. */
  public List<String> slots() {
    return sentence.slots();
  }

  /** The message for the values of its slots, without the code. */
  public String text(Object... values) {
    return sentence.apply(values);
  }
}
