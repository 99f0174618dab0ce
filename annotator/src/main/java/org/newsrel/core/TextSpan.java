package org.newsrel.core;

import java.util.Objects;

/**
 * A contiguous stretch of a document: character offsets into the original text
 * (end exclusive, Java {@code String} indices) and the text they cover.
 */
public record TextSpan(int begin, int end, String text) implements Comparable<TextSpan> {

  public TextSpan {
    Objects.requireNonNull(text, "text");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }
    if (text.length() != end - begin) {
      throw new IllegalArgumentException(
          "span [" + begin + "," + end + ") has text of length " + text.length() + ": '" + text + "'");
    }
  }

  /** The span {@code [begin, end)} of {@code documentText}. */
  public static TextSpan of(String documentText, int begin, int end) {
    return new TextSpan(begin, end, documentText.substring(begin, end));
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  @Override
  public int compareTo(TextSpan o) {
    int c = Integer.compare(begin, o.begin);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  /** Compact form used in test expectations: {@code [10,21) John Miller}. */
  @Override
  public String toString() {
    return "[" + begin + "," + end + ") " + text;
  }
}
