package org.newsrel.report;

import java.util.Optional;
import java.util.OptionalDouble;
import org.newsrel.score.Accuracy;
import org.newsrel.score.Interval;
import org.newsrel.score.Prf;
import org.newsrel.score.Ratio;

/**
 * One system's value of one metric: the number (empty = n/a), its confidence interval if
 * one was computed, and the counts behind it ({@code tp=3 fp=1 fn=2}, {@code 7/9}).
 */
public record Cell(OptionalDouble value, Optional<Interval> ci, String detail) {

  public Cell {
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(ci, "ci");
    java.util.Objects.requireNonNull(detail, "detail");
  }

  public static Cell of(OptionalDouble value, String detail) {
    return new Cell(value, Optional.empty(), detail);
  }

  /** A Prf's F1 (or another of its values) with its counts as the detail. */
  public static Cell of(OptionalDouble value, Prf counts) {
    return of(value, "tp=" + counts.tp() + " fp=" + counts.fp() + " fn=" + counts.fn());
  }

  public static Cell accuracy(Accuracy a) {
    return of(a.value(), a.correct() + "/" + a.total());
  }

  public Cell withCi(Optional<Interval> interval) {
    return new Cell(value, interval, detail);
  }

  /** {@code 0.8123 [0.7800, 0.8400]}, {@code 0.8123} or {@code n/a}. */
  public String render() {
    return Ratio.format(value) + ci.map(i -> " " + i).orElse("");
  }
}
