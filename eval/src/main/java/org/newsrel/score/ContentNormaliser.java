package org.newsrel.score;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.newsrel.brat.Fragment;

/**
 * The characters of a span that a "normalised exact" match compares: the covered characters
 * minus every quotation mark (straight and curly, single and double, guillemets), minus a
 * leading "that" (as a word), minus punctuation and whitespace at either edge. PolNeAR
 * includes the quotation marks of a direct quote and the "that" of reported speech in the
 * Content span; a system that leaves them out should still get credit here.
 */
public final class ContentNormaliser {

  private static final String QUOTES = "\"'“”‘’«»„‟‚‛";
  private static final Pattern LEADING_THAT = Pattern.compile("(?i)that\\b");

  private ContentNormaliser() {}

  /** The normalised covered character positions of {@code span} in {@code text}. */
  public static BitSet key(String text, Span span) {
    BitSet set = new BitSet();
    for (Fragment f : span.fragments()) {
      for (int i = f.begin(); i < f.end(); i++) {
        if (QUOTES.indexOf(text.charAt(i)) < 0) {
          set.set(i);
        }
      }
    }
    boolean changed = true;
    while (changed && !set.isEmpty()) {
      changed = false;
      int first = set.nextSetBit(0);
      int last = set.length() - 1;
      if (isEdge(text.charAt(first))) {
        set.clear(first);
        changed = true;
      } else if (isEdge(text.charAt(last))) {
        set.clear(last);
        changed = true;
      } else if (startsWithThat(text, set, first)) {
        set.clear(first, first + 4);
        changed = true;
      }
    }
    return set;
  }

  /** {@link #sameNormalised} over one text, remembering each span's key (for all-pairs matching). */
  public static java.util.function.BiPredicate<Span, Span> matcher(String text) {
    java.util.Map<Span, BitSet> keys = new java.util.HashMap<>();
    return (gold, predicted) -> {
      if (gold.sameFragments(predicted)) {
        return true;
      }
      BitSet a = keys.computeIfAbsent(gold, s -> key(text, s));
      return !a.isEmpty() && gold.document().equals(predicted.document())
          && a.equals(keys.computeIfAbsent(predicted, s -> key(text, s)));
    };
  }

  /**
   * Whether two spans are equal after normalisation. Spans that normalise to nothing (a cue
   * that is a lone quotation mark) match only when their fragments are identical.
   */
  public static boolean sameNormalised(String text, Span gold, Span predicted) {
    if (gold.sameFragments(predicted)) {
      return true;
    }
    BitSet a = key(text, gold);
    return !a.isEmpty() && gold.document().equals(predicted.document()) && a.equals(key(text, predicted));
  }

  private static boolean isEdge(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || !Character.isLetterOrDigit(c);
  }

  private static boolean startsWithThat(String text, BitSet set, int first) {
    if (first + 4 > text.length()) {
      return false;
    }
    for (int i = first; i < first + 4; i++) {
      if (!set.get(i)) {
        return false;
      }
    }
    String rest = text.substring(first, Math.min(text.length(), first + 5));
    boolean wordEnd = rest.length() == 4 || !Character.isLetterOrDigit(rest.charAt(4)) || !set.get(first + 4);
    return wordEnd && LEADING_THAT.matcher(rest).lookingAt() && set.nextSetBit(first + 4) >= 0;
  }
}
