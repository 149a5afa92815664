package dev.deployless.processor.model;

import java.util.Locale;

/** The naming rules: feature names, logical IDs and environment-variable-style names. */
public final class Names {
  private Names() {}

  /**
   * {@code users} to {@code Users}, {@code user-profile} to {@code UserProfile},
   * {@code cleanupSessions} to {@code CleanupSessions}: parts split on anything but letters and
   * digits, each capitalized.
   */
  public static String pascalCase(String name) {
    StringBuilder result = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (!alphanumeric) {
        wordStart = true;
      } else {
        result.append(wordStart ? Character.toUpperCase(c) : c);
        wordStart = false;
      }
    }
    return result.toString();
  }

  /**
   * The accessor method of a resource or linked function named {@code name}: {@code users-table}
   * gives {@code usersTable}.
   */
  public static String accessorName(String name) {
    String pascal = pascalCase(name);
    return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /** The logical ID of the function named {@code name}: {@code PascalCase(name) + "Function"}. */
  public static String functionId(String name) {
    return pascalCase(name) + "Function";
  }

  /**
   * The default feature name of a class: its simple name without a {@code Controller}, {@code Api}
   * or {@code Resource} suffix, in lower-case kebab form ({@code UserProfileController} is
   * {@code user-profile}).
   */
  public static String featureName(String simpleClassName) {
    String base = simpleClassName;
    for (String suffix : new String[] {"Controller", "Api", "Resource"}) {
      if (base.endsWith(suffix) && base.length() > suffix.length()) {
        base = base.substring(0, base.length() - suffix.length());
        break;
      }
    }
    return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * {@code ums-users} to {@code UMS_USERS}, {@code userUploads} to {@code USER_UPLOADS}: the form
   * of environment variable names.
   */
  public static String upperSnake(String name) {
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
    return words.replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
  }
}
