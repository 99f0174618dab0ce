package org.newsrel.core;

import java.util.Objects;

/**
 * One element of a news document's layout: where it is (character offsets, end
 * exclusive) and what it is.
 *
 * @param span where it is in the text
 * @param kind dateline, byline, photo credit, headline or boilerplate
 */
public record LayoutSpan(TextSpan span, Kind kind) implements Comparable<LayoutSpan> {

  /** What a layout span is, and whether the extractors may take arguments from it. */
  public enum Kind {
    /** A title-case or ALL-CAPS line: article text (annotated as a sentence of its own). */
    HEADLINE(false),
    /** "CITY, Month D (AGENCY) -" opening the first paragraph: place, date and agency only. */
    DATELINE(true),
    /** "By Jane Doe, Agency": who wrote it, not who said anything. */
    BYLINE(true),
    /** "Photo: Jane Doe / Agency", "(Agency Photo/Jane Doe)". */
    CREDIT(true),
    /** Web-page furniture: "Trending Now", "Read more: ...", copyright lines. */
    BOILERPLATE(true);

    private final boolean blocksExtraction;

    Kind(boolean blocksExtraction) {
      this.blocksExtraction = blocksExtraction;
    }

    /** True when no attribution or relation argument may be taken from a span of this kind. */
    public boolean blocksExtraction() {
      return blocksExtraction;
    }
  }

  public LayoutSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }

  /** The span {@code [begin, end)} of {@code text}. */
  public static LayoutSpan of(String text, int begin, int end, Kind kind) {
    return new LayoutSpan(TextSpan.of(text, begin, end), kind);
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  @Override
  public int compareTo(LayoutSpan o) {
    int c = span.compareTo(o.span);
    return c != 0 ? c : kind.compareTo(o.kind);
  }

  /** Compact form used in test expectations: {@code [0,22) DATELINE BAMAKO, March 4 (Newswire) -}. */
  @Override
  public String toString() {
    return "[" + span.begin() + "," + span.end() + ") " + kind + " " + span.text();
  }
}
