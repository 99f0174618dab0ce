package org.newsrel.score;

/** A confidence interval {@code [low, high]}. */
public record Interval(double low, double high) {

  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
      throw new IllegalArgumentException("bad interval [" + low + ", " + high + "]");
    }
  }

  public boolean contains(double v) {
    return low <= v && v <= high;
  }

  /** {@code [0.4000, 0.6000]}. */
  @Override
  public String toString() {
    return "[" + Ratio.format(low) + ", " + Ratio.format(high) + "]";
  }
}
