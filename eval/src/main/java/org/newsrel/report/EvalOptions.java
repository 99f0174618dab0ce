package org.newsrel.report;

import org.newsrel.score.Bootstrap;

/**
 * Settings of an evaluation run.
 *
 * @param overlapThreshold minimum character-level Jaccard for an overlap match, in (0, 1]
 *     (default 0.5)
 * @param bootstrap confidence intervals: seed 20250113, 1000 resamples, 95% by default
 */
public record EvalOptions(double overlapThreshold, Bootstrap bootstrap) {

  public static final double DEFAULT_OVERLAP_THRESHOLD = 0.5;

  public EvalOptions {
    if (!(overlapThreshold > 0 && overlapThreshold <= 1)) {
      throw new IllegalArgumentException("overlap threshold must be in (0, 1], got " + overlapThreshold);
    }
    java.util.Objects.requireNonNull(bootstrap, "bootstrap");
  }

  public static EvalOptions defaults() {
    return new EvalOptions(DEFAULT_OVERLAP_THRESHOLD, Bootstrap.defaults());
  }

  public EvalOptions withOverlapThreshold(double threshold) {
    return new EvalOptions(threshold, bootstrap);
  }

  public EvalOptions withBootstrap(Bootstrap b) {
    return new EvalOptions(overlapThreshold, b);
  }
}
