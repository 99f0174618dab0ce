package org.newsrel.score;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * True positive, false positive and false negative counts, with precision
 * {@code tp/(tp+fp)}, recall {@code tp/(tp+fn)} and F1 {@code 2tp/(2tp+fp+fn)}; each is empty
 * ({@link Ratio}) exactly when its denominator is 0. Counts add for micro averaging.
 */
public record Prf(int tp, int fp, int fn) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  public OptionalDouble precision() {
    return Ratio.of(tp, tp + fp);
  }

  public OptionalDouble recall() {
    return Ratio.of(tp, tp + fn);
  }

  public OptionalDouble f1() {
    return Ratio.of(2.0 * tp, 2.0 * tp + fp + fn);
  }

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** Micro average: the sum of the counts. */
  public static Prf sum(Collection<Prf> all) {
    Prf s = ZERO;
    for (Prf p : all) {
      s = s.plus(p);
    }
    return s;
  }

  /** Macro average: mean of the F1 of each item (documents or types) whose F1 is defined. */
  public static OptionalDouble macroF1(Collection<Prf> all) {
    return Ratio.mean(all.stream().map(Prf::f1).toList());
  }

  /** {@code tp=1 fp=0 fn=2 P=1.0000 R=0.3333 F1=0.5000}. */
  @Override
  public String toString() {
    return "tp=" + tp + " fp=" + fp + " fn=" + fn + " P=" + Ratio.format(precision()) + " R="
        + Ratio.format(recall()) + " F1=" + Ratio.format(f1());
  }
}
