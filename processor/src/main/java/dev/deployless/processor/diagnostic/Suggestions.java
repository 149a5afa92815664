package dev.deployless.processor.diagnostic;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints for near-miss names, as MapStruct gives them. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The {@link Message.Detail#DID_YOU_MEAN} hint for the candidate closest to {@code input} when it is close
   * enough (edit distance at most a third of its length, at least 1, case ignored, or one a prefix
   * of the other), else {@code ""}.
   */
  public static String didYouMean(String input, Collection<String> candidates) {
    String best = closest(input, candidates);
    return best == null ? "" : Message.Detail.DID_YOU_MEAN.text(best);
  }

  /** The candidate closest to {@code input} if it is close enough, else null. */
  public static String closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = input.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, input.length() / 3);
    if (best != null && bestDistance <= allowed) {
      return best;
    }
    if (lower.length() >= 2) {
      for (String candidate : candidates) {
        String other = candidate.toLowerCase(Locale.ROOT);
        if (other.startsWith(lower) || lower.startsWith(other)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
