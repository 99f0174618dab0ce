package org.newsrel.report;

import org.newsrel.score.Bootstrap;

/**
 * Settings of an evaluation run.
 *
 * @param overlapThreshold minimum character-level Jaccard for an overlap match, in (0, 1]
 *     (default 0.5)
 * @param bootstrap confidence intervals: seed 20250113, 1000 resamples, 95% by default
 * @param oneEventPerWindow the gold annotates one event per window (RAMS): relations are also
 *     scored by {@link org.newsrel.score.WindowEventScorer} (trigger recall, sentence-local
 *     precision, argument recall on matched events); set by {@code eval --one-event-per-window}
 */
public record EvalOptions(double overlapThreshold, Bootstrap bootstrap, boolean oneEventPerWindow) {

  public static final double DEFAULT_OVERLAP_THRESHOLD = 0.5;

  public EvalOptions {
    if (!(overlapThreshold > 0 && overlapThreshold <= 1)) {
      throw new IllegalArgumentException("overlap threshold must be in (0, 1], got " + overlapThreshold);
    }
    java.util.Objects.requireNonNull(bootstrap, "bootstrap");
  }

  public static EvalOptions defaults() {
    return new EvalOptions(DEFAULT_OVERLAP_THRESHOLD, Bootstrap.defaults(), false);
  }

  public EvalOptions withOverlapThreshold(double threshold) {
    return new EvalOptions(threshold, bootstrap, oneEventPerWindow);
  }

  public EvalOptions withBootstrap(Bootstrap b) {
    return new EvalOptions(overlapThreshold, b, oneEventPerWindow);
  }

  public EvalOptions withOneEventPerWindow(boolean one) {
    return new EvalOptions(overlapThreshold, bootstrap, one);
  }
}
