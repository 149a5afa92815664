package dev.deployless.processor.diagnostic;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * The diagnostics of one processing step, collected so that every mistake is reported in one pass
 * and printed together; tests can inspect them. Source diagnostics are pinned by the
 * {@code Messager} to their element, annotation and value; file diagnostics carry
 * {@code path:line:column} in their text.
 */
public final class Report {

  /** One diagnostic: its message, its kind, where it points and its text. */
  public record Item(Message diagnostic, Kind kind, Location location, String text) {

    /**
     * The message as printed: {@code [E05] text}, with {@code file:line:column: } for file locations;
     * {@code [deployless] text} for notes.
     */
    public String message() {
      String where = location instanceof Location.InFile ? location + ": " : "";
      String tag = diagnostic.code() == null ? "deployless" : diagnostic.code().name();
      return "[" + tag + "] " + where + text;
    }
  }

  private final List<Item> items = new ArrayList<>();

  /** Records {@code message} at {@code location} with the values of its slots. */
  public void add(Message message, Location location, Object... values) {
    items.add(new Item(message, message.kind(), location, message.text(values)));
  }

  /** Records what a check found at {@code location}. */
  public void add(Finding finding, Location location) {
    add(finding.message(), location, finding.values().toArray());
  }

  /** Records {@code message} as a warning, whatever its code's kind (W01 when replacements are allowed). */
  public void addAsWarning(Message message, Location location, Object... values) {
    items.add(new Item(message, Kind.WARNING, location, message.text(values)));
  }

  /** Whether an error (not a warning) was recorded. */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The number of errors (not warnings) recorded. */
  public int errorCount() {
    int count = 0;
    for (Item item : items) {
      if (item.kind() == Kind.ERROR) {
        count++;
      }
    }
    return count;
  }

  /** The recorded diagnostics, in the order reported. */
  public List<Item> items() {
    return Collections.unmodifiableList(items);
  }

  /** Adds every item of {@code other}. */
  public void addAll(Report other) {
    items.addAll(other.items);
  }

  /** Prints every item and forgets them. */
  public void printTo(Messager messager) {
    printTo(messager, null);
  }

  /**
   * Prints every item and forgets them; with javac's {@code trees}, diagnostics on one of several
   * repeated annotations point at that annotation rather than at the annotated element.
   */
  public void printTo(Messager messager, Trees trees) {
    for (Item item : items) {
      Kind kind = item.kind();
      TreePath repeated = null;
      if (trees != null && item.location() instanceof Location.InSource source && source.annotation() != null) {
        repeated = RepeatedAnnotations.find(trees, source.element(), source.annotation(), source.value());
      }
      if (repeated != null) {
        trees.printMessage(kind, item.message(), repeated.getLeaf(), repeated.getCompilationUnit());
      } else if (item.location() instanceof Location.InSource source) {
        if (source.value() != null) {
          messager.printMessage(kind, item.message(), source.element(), source.annotation(),
              source.value());
        } else if (source.annotation() != null) {
          messager.printMessage(kind, item.message(), source.element(), source.annotation());
        } else {
          messager.printMessage(kind, item.message(), source.element());
        }
      } else {
        messager.printMessage(kind, item.message());
      }
    }
    items.clear();
  }
}
