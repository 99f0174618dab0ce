package org.newsrel.score;

import java.util.Comparator;
import java.util.Objects;

/**
 * One row of the error listing.
 *
 * @param begin first character (code unit offset in the text)
 * @param end one past the last character
 * @param offsets brat offsets, {@code b e} or {@code b1 e1;b2 e2}
 */
public record ErrorRecord(String system, String layer, String document, int begin, int end, String offsets,
    String label, String text, ErrorKind kind, String sentence) implements Comparable<ErrorRecord> {

  private static final Comparator<ErrorRecord> ORDER = Comparator.comparing(ErrorRecord::document)
      .thenComparingInt(ErrorRecord::begin)
      .thenComparingInt(ErrorRecord::end)
      .thenComparing(ErrorRecord::layer)
      .thenComparing(ErrorRecord::system)
      .thenComparing(ErrorRecord::kind)
      .thenComparing(ErrorRecord::label);

  public ErrorRecord {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(kind, "kind");
  }

  public static ErrorRecord of(String system, SpanError e, String documentText) {
    Span s = e.span();
    return new ErrorRecord(system, e.layer(), s.document(), s.begin(), s.end(), s.offsets(), s.label(), s.text(),
        e.kind(), Sentences.around(documentText, s.begin(), s.end()));
  }

  @Override
  public int compareTo(ErrorRecord o) {
    return ORDER.compare(this, o);
  }
}
