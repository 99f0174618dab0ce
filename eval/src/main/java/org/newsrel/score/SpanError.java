package org.newsrel.score;

import java.util.Objects;

/**
 * One false positive or false negative found by a scorer.
 *
 * @param layer what was scored, e.g. {@code entity}, {@code attribution Content},
 *     {@code Capture trigger}, {@code Capture Captive}
 * @param span the gold span (FN) or predicted span (FP), labelled with its type or role
 */
public record SpanError(String layer, Span span, ErrorKind kind) implements Comparable<SpanError> {

  public SpanError {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public int compareTo(SpanError o) {
    int c = span.compareTo(o.span);
    if (c != 0) {
      return c;
    }
    c = layer.compareTo(o.layer);
    return c != 0 ? c : kind.compareTo(o.kind);
  }

  /** {@code FN entity [10,21) PERSON John Miller}. */
  @Override
  public String toString() {
    return kind + " " + layer + " " + span;
  }

  /** FNs for the missed gold spans and FPs for the spurious predicted ones. */
  public static java.util.List<SpanError> of(String layer, Alignment<Span> a) {
    java.util.List<SpanError> out = new java.util.ArrayList<>();
    a.missed().forEach(s -> out.add(new SpanError(layer, s, ErrorKind.FN)));
    a.spurious().forEach(s -> out.add(new SpanError(layer, s, ErrorKind.FP)));
    return out;
  }
}
