package com.example.ums.shared;

import dev.deployless.runtime.BadRequestException;

/** Checks of request fields; each failure is a 400 naming the field. */
public final class Validation {
  private Validation() {}

  public static void notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field + " is required");
    }
  }

  public static void email(String field, String value) {
    notBlank(field, value);
    if (!value.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new BadRequestException(field + " is not an email address");
    }
  }

  public static void password(String field, String value) {
    notBlank(field, value);
    if (value.length() < 8) {
      throw new BadRequestException(field + " must have at least 8 characters");
    }
  }
}
