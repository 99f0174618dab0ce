package org.newsrel.report;

import java.util.Optional;
import java.util.OptionalDouble;
import org.newsrel.score.Accuracy;
import org.newsrel.score.Interval;
import org.newsrel.score.Prf;
import org.newsrel.score.Production;
import org.newsrel.score.Ratio;

/**
 * One system's value of one metric: the number (empty = n/a), its confidence interval if
 * one was computed, and the counts behind it ({@code tp=3 fp=1 fn=2}, {@code 7/9}); or
 * "not produced" when the system does not produce what the metric scores
 * ({@link Production}), which is not the same as scoring 0.
 */
public record Cell(OptionalDouble value, Optional<Interval> ci, String detail, boolean produced) {

  public Cell {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(ci, "ci");
    java.util.Objects.requireNonNull(detail, "detail");
    if (!produced && (value.isPresent() || ci.isPresent())) {
      throw new IllegalArgumentException("a cell of something not produced has no value");
    }
  }

  public static Cell of(OptionalDouble value, String detail) {
    return new Cell(value, Optional.empty(), detail, true);
  }

  /** The cell of a metric on something the system does not produce. */
  public static Cell notProduced() {
    return new Cell(OptionalDouble.empty(), Optional.empty(), Production.NOT_PRODUCED, false);
  }

  /** A Prf's F1 (or another of its values) with its counts as the detail. */
  public static Cell of(OptionalDouble value, Prf counts) {
    return of(value, "tp=" + counts.tp() + " fp=" + counts.fp() + " fn=" + counts.fn());
  }

  public static Cell accuracy(Accuracy a) {
    return of(a.value(), a.correct() + "/" + a.total());
  }

  public Cell withCi(Optional<Interval> interval) {
    return new Cell(value, interval, detail, produced);
  }

  /** {@code 0.8123 [0.7800, 0.8400]}, {@code 0.8123}, {@code n/a} or {@code not produced}. */
  public String render() {
    return render(Ratio.DECIMALS);
  }

  /** {@link #render()} with this many decimals ({@code 0.812 [0.780, 0.840]} with 3). */
  public String render(int decimals) {
    if (!produced) {
      return Production.NOT_PRODUCED;
    }
    return Ratio.format(value, decimals)
        + ci.map(i -> " [" + Ratio.format(i.low(), decimals) + ", " + Ratio.format(i.high(), decimals) + "]")
            .orElse("");
  }

  /** The value alone with this many decimals, {@code n/a} or {@code not produced}. */
  public String renderValue(int decimals) {
    return produced ? Ratio.format(value, decimals) : Production.NOT_PRODUCED;
  }
}
