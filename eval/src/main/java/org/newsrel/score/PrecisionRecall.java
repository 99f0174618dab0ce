package org.newsrel.score;

import java.util.OptionalDouble;

/**
 * Precision and recall that are averages rather than count ratios (B-cubed); F1 is their
 * harmonic mean, empty if either is empty.
 */
public record PrecisionRecall(OptionalDouble precision, OptionalDouble recall) {

  public static final PrecisionRecall EMPTY = new PrecisionRecall(OptionalDouble.empty(), OptionalDouble.empty());

  public OptionalDouble f1() {
    return Ratio.harmonic(precision, recall);
  }

  @Override
  public String toString() {
    return "P=" + Ratio.format(precision) + " R=" + Ratio.format(recall) + " F1=" + Ratio.format(f1());
  }
}
