package dev.deployless.processor.model;

/**
 * The single-value types a handler converts from text (path, query, header) or reads and writes as
 * one JSON value.
 */
public enum ScalarKind {
  STRING("a string"),
  BOOLEAN("true or false"),
  BYTE("an integer from -128 to 127"),
  SHORT("an integer from -32768 to 32767"),
  INT("an integer"),
  LONG("an integer"),
  FLOAT("a number"),
  DOUBLE("a number"),
  CHAR("a single character"),
  BIG_DECIMAL("a number"),
  BIG_INTEGER("an integer"),
  UUID("a UUID"),
  INSTANT("an ISO-8601 instant"),
  LOCAL_DATE("an ISO-8601 date"),
  LOCAL_TIME("an ISO-8601 time"),
  LOCAL_DATE_TIME("an ISO-8601 date-time"),
  OFFSET_DATE_TIME("an ISO-8601 date-time with offset"),
  ZONED_DATE_TIME("an ISO-8601 date-time with offset"),
  DURATION("an ISO-8601 duration");

  private final String expected;

  ScalarKind(String expected) {
    this.expected = expected;
  }

  /** What a valid value looks like, for messages: "an integer". */
  public String expected() {
    return expected;
  }

  /** Whether JSON carries the value as a number (else as a string or boolean). */
  public boolean isNumber() {
    switch (this) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
      case BIG_INTEGER:
        return true;
      default:
        return false;
    }
  }
}
