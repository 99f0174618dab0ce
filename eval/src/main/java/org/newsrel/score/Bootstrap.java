package org.newsrel.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap over documents: draw {@code samples} resamples of the document
 * indices with replacement, compute the statistic on each, and take the
 * {@code (1-level)/2} and {@code (1+level)/2} quantiles (nearest rank) of the values that are
 * defined. Every call starts from the same seed, so the same statistic over the same
 * documents always gives the same interval, and all metrics (and all systems) are computed
 * on the same resamples.
 *
 * @param seed random seed (the project uses {@value #DEFAULT_SEED})
 * @param samples number of resamples (0 disables intervals)
 * @param level confidence level, e.g. 0.95
 */
public record Bootstrap(long seed, int samples, double level) {

  public static final long DEFAULT_SEED = 20250113L;
  public static final int DEFAULT_SAMPLES = 1000;

  public Bootstrap {
    if (samples < 0) {
      throw new IllegalArgumentException("samples must be >= 0, got " + samples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
  }

  public static Bootstrap defaults() {
    return new Bootstrap(DEFAULT_SEED, DEFAULT_SAMPLES, 0.95);
  }

  /**
   * The interval of a statistic over {@code documentCount} documents; the statistic receives
   * the drawn document indices (with repeats). Empty when there are no documents, no samples
   * or the statistic is never defined.
   */
  public Optional<Interval> interval(int documentCount, Function<int[], OptionalDouble> statistic) {
    if (documentCount == 0 || samples == 0) {
      return Optional.empty();
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Double> values = new ArrayList<>(samples);
    int[] draw = new int[documentCount];
    for (int s = 0; s < samples; s++) {
      for (int i = 0; i < documentCount; i++) {
        draw[i] = random.nextInt(documentCount);
      }
      OptionalDouble v = statistic.apply(draw.clone());
      if (v.isPresent()) {
        values.add(v.getAsDouble());
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    values.sort(null);
    double tail = (1 - level) / 2;
    int n = values.size();
    int lo = Math.max(0, (int) Math.ceil(tail * n) - 1);
    int hi = Math.min(n - 1, (int) Math.ceil((1 - tail) * n) - 1);
    return Optional.of(new Interval(values.get(lo), values.get(hi)));
  }

  /** The interval of micro F1 over per-document counts (indexed like the documents). */
  public Optional<Interval> microF1(List<Prf> perDocument) {
    return interval(perDocument.size(), draw -> {
      Prf s = Prf.ZERO;
      for (int i : draw) {
        s = s.plus(perDocument.get(i));
      }
      return s.f1();
    });
  }
}
