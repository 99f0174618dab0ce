package org.newsrel.score;

import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The one definition of an empty score. A ratio whose denominator is 0 has no value
 * ({@link OptionalDouble#empty()}); it is shown as {@code n/a} and written to JSON as
 * {@code null}. Every scorer builds its numbers through {@link #of}.
 */
public final class Ratio {

  /** How an empty value is shown in every text report. */
  public static final String NOT_AVAILABLE = "n/a";

  private Ratio() {}

  /** {@code numerator / denominator}, or empty when the denominator is 0. */
  public static OptionalDouble of(double numerator, double denominator) {
    if (denominator < 0 || numerator < 0) {
      throw new IllegalArgumentException("negative count in ratio " + numerator + "/" + denominator);
    }
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
  }

  /** Mean of the present values; empty when none is present (macro averaging). */
  public static OptionalDouble mean(Collection<OptionalDouble> values) {
    double sum = 0;
    int n = 0;
    for (OptionalDouble v : values) {
      if (v.isPresent()) {
        sum += v.getAsDouble();
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /** Harmonic mean of two values (F1 from P and R); 0 when both are 0, empty if either is. */
  public static OptionalDouble harmonic(OptionalDouble a, OptionalDouble b) {
    if (a.isEmpty() || b.isEmpty()) {
      return OptionalDouble.empty();
    }
    double x = a.getAsDouble();
    double y = b.getAsDouble();
    return x + y == 0 ? OptionalDouble.of(0) : OptionalDouble.of(2 * x * y / (x + y));
  }

  /** Decimals of the text reports (Markdown, terminal, errors); the HTML page shows 3. */
  public static final int DECIMALS = 4;

  /** Four decimals, or {@code n/a}. */
  public static String format(OptionalDouble v) {
    return format(v, DECIMALS);
  }

  /** Four decimals with a dot, whatever the default locale. */
  public static String format(double v) {
    return format(v, DECIMALS);
  }

  /** {@code decimals} decimals, or {@code n/a}. */
  public static String format(OptionalDouble v, int decimals) {
    return v.isPresent() ? format(v.getAsDouble(), decimals) : NOT_AVAILABLE;
  }

  /** {@code decimals} decimals with a dot, whatever the default locale. */
  public static String format(double v, int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("decimals must be in 0..10, got " + decimals);
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
