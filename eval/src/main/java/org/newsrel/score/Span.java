package org.newsrel.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsrel.brat.Fragment;
import org.newsrel.brat.TextBound;

/**
 * What the scorers compare: a labelled set of characters in one document. Fragments are kept
 * in text order (brat files may list them otherwise), so "identical fragment lists" does not
 * depend on the order in the file.
 *
 * @param document the document name
 * @param label the brat label (entity type, role, or trigger type)
 * @param fragments non-overlapping pieces, sorted
 * @param text the covered text as brat writes it (fragments joined by a space)
 */
public record Span(String document, String label, List<Fragment> fragments, String text) implements Comparable<Span> {

  private static final Comparator<Span> ORDER = Comparator.comparing(Span::document)
      .thenComparingInt(Span::begin)
      .thenComparingInt(Span::end)
      .thenComparing(Span::label)
      .thenComparing(s -> s.fragments().toString());

  public Span {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    List<Fragment> sorted = new ArrayList<>(fragments);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("span without fragments in " + document);
    }
    sorted.sort(null);
    fragments = List.copyOf(sorted);
  }

  public static Span of(String document, TextBound t) {
    return new Span(document, t.label(), t.fragments(), t.text());
  }

  /** The same characters under another label (a role name instead of the text-bound's label). */
  public Span withLabel(String newLabel) {
    return new Span(document, newLabel, fragments, text);
  }

  public int begin() {
    return fragments.get(0).begin();
  }

  public int end() {
    int e = 0;
    for (Fragment f : fragments) {
      e = Math.max(e, f.end());
    }
    return e;
  }

  /** Number of characters covered. */
  public int length() {
    int n = 0;
    for (Fragment f : fragments) {
      n += f.length();
    }
    return n;
  }

  /** Whether the extents {@code [begin, end)} share a character or coincide (cheap pre-test for matching). */
  public boolean extentsMeet(Span o) {
    return document.equals(o.document)
        && ((begin() < o.end() && o.begin() < end()) || (begin() == o.begin() && end() == o.end()));
  }

  public boolean sameFragments(Span o) {
    return document.equals(o.document) && fragments.equals(o.fragments);
  }

  /** Characters covered by both spans (0 for different documents). */
  public int overlap(Span o) {
    if (!document.equals(o.document)) {
      return 0;
    }
    int n = 0;
    for (Fragment a : fragments) {
      for (Fragment b : o.fragments) {
        n += Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
      }
    }
    return n;
  }

  /**
   * Character-level Jaccard of the covered character sets: |A∩B| / |A∪B|. Two empty spans
   * at the same place count as identical (1); otherwise no overlap gives 0.
   */
  public double jaccard(Span o) {
    if (sameFragments(o)) {
      return 1.0;
    }
    int inter = overlap(o);
    int union = length() + o.length() - inter;
    return union == 0 ? 0.0 : (double) inter / union;
  }

  /** Whether every character of {@code [from, to)} is covered by this span. */
  public boolean covers(int from, int to) {
    int pos = from;
    for (Fragment f : fragments) {
      if (pos >= to) {
        break;
      }
      if (f.begin() <= pos && f.end() > pos) {
        pos = f.end();
      }
    }
    return pos >= to;
  }

  @Override
  public int compareTo(Span o) {
    return ORDER.compare(this, o);
  }

  /** {@code [10,21) PERSON John Miller}; discontinuous spans list each piece. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      sb.append(sb.length() == 0 ? "[" : ";[").append(f.begin()).append(',').append(f.end()).append(')');
    }
    return sb + " " + label + " " + text;
  }

  /** Offsets only, as brat writes them: {@code 10 21;30 35}. */
  public String offsets() {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      sb.append(sb.length() == 0 ? "" : ";").append(f.begin()).append(' ').append(f.end());
    }
    return sb.toString();
  }
}
