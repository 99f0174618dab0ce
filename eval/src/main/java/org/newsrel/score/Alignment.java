package org.newsrel.score;

import java.util.List;

/**
 * A one-to-one alignment of gold and predicted items: matched pairs, gold items left over
 * (false negatives) and predicted items left over (false positives). Lists keep input order.
 */
public record Alignment<T>(List<Pair<T>> matches, List<T> missed, List<T> spurious) {

  /** A matched gold and predicted item. */
  public record Pair<T>(T gold, T predicted) {}

  public Alignment {
    matches = List.copyOf(matches);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  public Prf prf() {
    return new Prf(matches.size(), spurious.size(), missed.size());
  }
}
