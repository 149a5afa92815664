package dev.deployless.processor.diagnostic;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * The diagnostics about one subject (a class, {@code deployless.yaml}, the application as a whole),
 * in the manner of Dagger's {@code ValidationReport}: a step knows its subject is valid when the
 * report {@linkplain #isClean is clean}, without counting. A report may hold the reports of parts of
 * its subject ({@link #child}), printed in their place; a round's reports are printed once, together
 * ({@link #printTo}). Source diagnostics are pinned by the {@code Messager} to their element,
 * annotation and value; file diagnostics carry {@code path:line:column} in their text.
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

  private final String subject;
  /** Items and child reports, in the order they were added. */
  private final List<Object> entries = new ArrayList<>();

  /** An empty report about {@code subject}: a class name, {@code deployless.yaml}, ... */
  public Report(String subject) {
    this.subject = subject;
  }

  /** What the report is about. */
  public String subject() {
    return subject;
  }

  /** Records {@code message} at {@code location} with the values of its slots. */
  public void add(Message message, Location location, Object... values) {
    entries.add(new Item(message, message.kind(), location, message.text(values)));
  }

  /** Records what a check found at {@code location}. */
  public void add(Finding finding, Location location) {
    add(finding.message(), location, finding.values().toArray());
  }

  /** Records {@code message} as a warning, whatever its code's kind (W01 when replacements are allowed). */
  public void addAsWarning(Message message, Location location, Object... values) {
    entries.add(new Item(message, Kind.WARNING, location, message.text(values)));
  }

  /** A new report about a part of this subject, printed and judged with this one. */
  public Report child(String subject) {
    Report child = new Report(subject);
    entries.add(child);
    return child;
  }

  /** A new report about a part of this subject under the same name. */
  public Report child() {
    return child(subject);
  }

  /** Whether no error (warnings aside) was recorded here or in a child. */
  public boolean isClean() {
    for (Object entry : entries) {
      if (entry instanceof Item item ? item.kind() == Kind.ERROR : !((Report) entry).isClean()) {
        return false;
      }
    }
    return true;
  }

  /** Every diagnostic, children's in their place, in the order reported. */
  public List<Item> items() {
    List<Item> items = new ArrayList<>();
    collect(items);
    return items;
  }

  private void collect(List<Item> items) {
    for (Object entry : entries) {
      if (entry instanceof Item item) {
        items.add(item);
      } else {
        ((Report) entry).collect(items);
      }
    }
  }

  /**
   * Prints every diagnostic; with javac's {@code trees} (null under other compilers), diagnostics on
   * one of several repeated annotations point at that annotation rather than at the annotated
   * element.
   */
  public void printTo(Messager messager, Trees trees) {
    for (Item item : items()) {
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
  }
}
