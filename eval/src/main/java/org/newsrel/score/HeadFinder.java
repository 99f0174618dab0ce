package org.newsrel.score;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrel.brat.Fragment;

/**
 * The head token of a noun-phrase-like argument span, found without a parser, and the head
 * match test built on it.
 *
 * <p>Tokens are maximal runs of letters, digits, apostrophes (straight or curly) and hyphens
 * (a comma between digits, as in "2,700", stays inside the token).
 * Reading the span left to right, the head is the last token before the first of: one of
 * the characters {@code , ( ; : — –}, or a token in {@link #STOP_WORDS} (of, who, which,
 * that, whose, in, at, on, from, with, by, for, near, during, since, after, before, while,
 * when, where; case-insensitive). A stop character or stop word before the first token is
 * skipped rather than ending the phrase ("in the Donbas region" → region). Examples:
 * "two North Korean soldiers who were captured" → soldiers; "the Donbas region of eastern
 * Ukraine" → region; "Kim Il Sung" → Sung. A span with no token has no head.
 *
 * <p>Head match: a predicted argument matches a gold one if it covers every character of
 * the gold span's head token; when the gold span has no head, the predicted span must cover
 * the whole gold span.
 */
public final class HeadFinder {

  public static final Set<String> STOP_WORDS = Set.of("of", "who", "which", "that", "whose", "in", "at", "on",
      "from", "with", "by", "for", "near", "during", "since", "after", "before", "while", "when", "where");

  private static final Pattern PIECE = Pattern.compile("([\\p{L}\\p{N}'’\\-]+(?:,\\p{N}+)*)|([,(;:—–])");

  private HeadFinder() {}

  /** The head token's offsets in the document, if the span has a token. */
  public static Optional<Fragment> head(String documentText, Span span) {
    Fragment head = null;
    for (Fragment f : span.fragments()) {
      Matcher m = PIECE.matcher(documentText.substring(f.begin(), f.end()));
      while (m.find()) {
        boolean stop = m.group(2) != null || STOP_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (stop) {
          if (head != null) {
            return Optional.of(head);
          }
          continue;
        }
        head = new Fragment(f.begin() + m.start(), f.begin() + m.end());
      }
    }
    return Optional.ofNullable(head);
  }

  /** The head token's text, for tests and listings. */
  public static Optional<String> headText(String documentText, Span span) {
    return head(documentText, span).map(f -> documentText.substring(f.begin(), f.end()));
  }

  /** Whether {@code predicted} contains the head of {@code gold} (see class comment). */
  public static boolean headMatch(String documentText, Span gold, Span predicted) {
    if (!gold.document().equals(predicted.document())) {
      return false;
    }
    Optional<Fragment> h = head(documentText, gold);
    if (h.isPresent()) {
      return predicted.covers(h.get().begin(), h.get().end());
    }
    for (Fragment f : gold.fragments()) {
      if (!predicted.covers(f.begin(), f.end())) {
        return false;
      }
    }
    return true;
  }
}
