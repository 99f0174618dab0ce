package org.newsrel.score;

/**
 * The sentence around a span, for error listings, without a sentence splitter: from just
 * after the previous line break or sentence-final punctuation ({@code . ! ?}) followed by
 * whitespace, to the next one (inclusive of the punctuation), trimmed. Longer than
 * {@link #MAX} characters, it is clipped to a window of that size centred on the span,
 * with "…" marking the cuts.
 */
public final class Sentences {

  public static final int MAX = 300;

  private Sentences() {}

  public static String around(String text, int begin, int end) {
    begin = Math.max(0, Math.min(begin, text.length()));
    end = Math.max(begin, Math.min(end, text.length()));
    int[] bounds = bounds(text, begin, end);
    int from = bounds[0];
    int to = bounds[1];
    String s = text.substring(from, to);
    if (s.length() <= MAX) {
      return s.strip().replaceAll("\\s+", " ");
    }
    int mid = (begin + end) / 2;
    int a = Math.max(from, Math.min(mid - MAX / 2, to - MAX));
    int b = Math.min(to, a + MAX);
    return ((a > from ? "…" : "") + text.substring(a, b) + (b < to ? "…" : "")).strip().replaceAll("\\s+", " ");
  }

  /**
   * The extent {@code [from, to)} of the sentence around {@code [begin, end)}, by the rule in
   * the class comment, not trimmed: the unit within which a one-event-per-window gold set
   * (RAMS) counts an unmatched prediction as wrong.
   */
  public static int[] bounds(String text, int begin, int end) {
    begin = Math.max(0, Math.min(begin, text.length()));
    end = Math.max(begin, Math.min(end, text.length()));
    int from = begin;
    while (from > 0) {
      char c = text.charAt(from - 1);
      if (c == '\n' || (Character.isWhitespace(c) && from >= 2 && isFinal(text.charAt(from - 2)))) {
        break;
      }
      from--;
    }
    int to = end;
    while (to < text.length()) {
      char c = text.charAt(to);
      if (c == '\n') {
        break;
      }
      if (isFinal(c) && (to + 1 == text.length() || Character.isWhitespace(text.charAt(to + 1))) && to >= end) {
        to++;
        break;
      }
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean isFinal(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
