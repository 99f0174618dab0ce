package org.newsrel.brat;

import java.util.List;
import java.util.Objects;

/**
 * A brat {@code T} line: an id, a label, one or more fragments (discontinuous spans use
 * {@code b1 e1;b2 e2}) and the covered text as written in the file.
 *
 * @param line 1-based line in the .ann file, or 0 for annotations made in memory
 */
public record TextBound(String id, String label, List<Fragment> fragments, String text, int line)
    implements Comparable<TextBound> {

  public TextBound {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    fragments = List.copyOf(fragments);
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("text-bound " + id + " has no fragment");
    }
  }

  public static TextBound of(String id, String label, int begin, int end, String documentText) {
    return new TextBound(id, label, List.of(new Fragment(begin, end)), documentText.substring(begin, end), 0);
  }

  /** The first character covered (fragments may be listed out of text order). */
  public int begin() {
    return fragments.stream().mapToInt(Fragment::begin).min().orElseThrow();
  }

  /** One past the last character covered. */
  public int end() {
    return fragments.stream().mapToInt(Fragment::end).max().orElseThrow();
  }

  /** Number of characters covered (the sum of the fragments). */
  public int length() {
    return fragments.stream().mapToInt(Fragment::length).sum();
  }

  public boolean sameSpans(TextBound other) {
    return fragments.equals(other.fragments);
  }

  @Override
  public int compareTo(TextBound o) {
    int c = Integer.compare(begin(), o.begin());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(end(), o.end());
    return c != 0 ? c : label.compareTo(o.label);
  }

  /** Compact form for tests and error listings: {@code [10,21) PERSON John Miller}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      sb.append(sb.length() == 0 ? "[" : ";[").append(f.begin()).append(',').append(f.end()).append(')');
    }
    return sb + " " + label + " " + text;
  }
}
