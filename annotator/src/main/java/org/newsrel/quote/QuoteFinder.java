package org.newsrel.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsrel.core.TextSpan;

/**
 * Finds double-quoted stretches of a text: curly ({@code “ ... ”}) and straight
 * ({@code " ... "}) quotation marks, and the doubled apostrophes ({@code '' ... ''}) some
 * papers print instead. Character level, no models.
 *
 * <p>A straight mark opens a quote when it follows the start of the text, whitespace or
 * an opening bracket or dash, and closes one otherwise. A quote still open at the end of
 * a paragraph (a line break) ends there: news prints a quotation that runs over several
 * paragraphs with an opening mark on each paragraph and a closing mark only on the last.
 * Each returned span runs from the opening mark to the closing mark inclusive (or to the
 * last non-space character of the paragraph).
 */
public final class QuoteFinder {

  private QuoteFinder() {}

  /** The quoted spans of {@code text}, in text order, not overlapping. */
  public static List<TextSpan> find(String text) {
    List<TextSpan> quotes = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          addTrimmed(quotes, text, open, i);
          open = -1;
        }
      } else if (c == '\u201C') {
        if (open >= 0) {
          addTrimmed(quotes, text, open, i);
        }
        open = i;
      } else if (c == '\u201D') {
        if (open >= 0) {
          quotes.add(TextSpan.of(text, open, i + 1));
          open = -1;
        }
      } else if (c == '"' || (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'')) {
        int width = c == '"' ? 1 : 2;
        if (open >= 0 && !opensStraight(text, i)) {
          quotes.add(TextSpan.of(text, open, i + width));
          open = -1;
        } else if (open < 0) {
          open = i;
        } else {
          addTrimmed(quotes, text, open, i);
          open = i;
        }
        i += width - 1;
      }
    }
    if (open >= 0) {
      addTrimmed(quotes, text, open, text.length());
    }
    return List.copyOf(quotes);
  }

  private static boolean opensStraight(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || p == '(' || p == '[' || p == '\u2014' || p == '\u2013';
  }

  private static void addTrimmed(List<TextSpan> quotes, String text, int begin, int end) {
    int e = end;
    while (e > begin + 1 && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) {
      e--;
    }
    if (e > begin + 1) {
      quotes.add(TextSpan.of(text, begin, e));
    }
  }
}
