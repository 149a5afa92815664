package dev.deployless.runtime.json;

/** The kind of the next value in a {@link JsonReader}. */
public enum JsonToken {
  BEGIN_OBJECT("an object"),
  END_OBJECT("the end of an object"),
  BEGIN_ARRAY("an array"),
  END_ARRAY("the end of an array"),
  STRING("a string"),
  NUMBER("a number"),
  BOOLEAN("a boolean"),
  NULL("null"),
  END_DOCUMENT("the end of the document");

  private final String description;

  JsonToken(String description) {
    this.description = description;
  }

  /** How the token reads in an error message: "a string", "null". */
  public String description() {
    return description;
  }
}
