package dev.deployless.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with named slots, such as {@code "memory must be 128-10240 MB, got {memory}"}: the small
 * formatter of the catalogue. A slot is a name of letters and digits in braces; any other brace is
 * text ({@code ${{name}}} prints {@code ${HOME}}). Values fill the slots in order of their first
 * appearance, so a slot named twice takes one value.
 */
final class Sentence {
  private final List<String> parts;
  private final int[] slotOfPart;
  private final List<String> slots;

  private Sentence(List<String> parts, int[] slotOfPart, List<String> slots) {
    this.parts = parts;
    this.slotOfPart = slotOfPart;
    this.slots = List.copyOf(slots);
  }

  /** The sentence written as {@code format}. */
  static Sentence parse(String format) {
    List<String> parts = new ArrayList<>();
    List<Integer> slotOfPart = new ArrayList<>();
    List<String> slots = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      int end = c == '{' ? slotEnd(format, i) : -1;
      if (end < 0) {
        text.append(c);
        i++;
        continue;
      }
      String name = format.substring(i + 1, end);
      parts.add(text.toString());
      slotOfPart.add(-1);
      text.setLength(0);
      if (!slots.contains(name)) {
        slots.add(name);
      }
      parts.add(name);
      slotOfPart.add(slots.indexOf(name));
      i = end + 1;
    }
    parts.add(text.toString());
    slotOfPart.add(-1);
    int[] indexes = new int[slotOfPart.size()];
    for (int k = 0; k < indexes.length; k++) {
      indexes[k] = slotOfPart.get(k);
    }
    return new Sentence(List.copyOf(parts), indexes, slots);
  }

  /** The index of the {@code '}'} closing a slot opened at {@code start}, or -1 when it is text. */
  private static int slotEnd(String format, int start) {
    int i = start + 1;
    if (i >= format.length() || !Character.isLetter(format.charAt(i))) {
      return -1;
    }
    while (i < format.length() && Character.isLetterOrDigit(format.charAt(i))) {
      i++;
    }
    return i < format.length() && format.charAt(i) == '}' ? i : -1;
  }

  /** The slot names, in order of first appearance. */
  List<String> slots() {
    return slots;
  }

  /**
   * The sentence with its slots filled.
   *
   * @throws IllegalArgumentException when the number of values is not the number of slots
   */
  String apply(Object... values) {
    if (values.length != slots.size()) {
      throw new IllegalArgumentException("expected values for " + slots + ", got " + values.length);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      text.append(slotOfPart[i] < 0 ? parts.get(i) : String.valueOf(values[slotOfPart[i]]));
    }
    return text.toString();
  }
}
