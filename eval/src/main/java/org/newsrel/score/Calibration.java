package org.newsrel.score;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How far a system's attribution confidences can be trusted: a reliability table (predicted
 * confidence in tenths against the observed end-to-end precision of the attributions in each
 * tenth), the expected calibration error (the bins' gap between mean confidence and precision,
 * weighted by their size), and a precision/recall curve over the confidence threshold (only
 * the attributions with at least that confidence are kept; a removed attribution is no longer a
 * false positive, and a removed true positive becomes a false negative).
 *
 * @param bins ten bins, [0, 0.1) .. [0.9, 1.0]
 * @param expectedCalibrationError sum over bins of |mean confidence - precision| x share of attributions
 * @param curve one point per threshold 0.0, 0.1, .. 0.9
 * @param gold gold attributions (the recall denominator)
 */
public record Calibration(List<Bin> bins, double expectedCalibrationError, List<Point> curve, int gold) {

  /** One predicted attribution: its confidence and whether it is an end-to-end true positive. */
  public record Judged(double confidence, boolean right) {}

  /** Attributions whose confidence fell in [from, to). */
  public record Bin(double from, double to, int count, int right, double meanConfidence) {
    public OptionalDouble precision() {
      return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(right / (double) count);
    }
  }

  /** The end-to-end counts when only attributions with confidence >= threshold are kept. */
  public record Point(double threshold, Prf prf) {}

  public Calibration {
    bins = List.copyOf(bins);
    curve = List.copyOf(curve);
  }

  /**
   * @param judged every predicted attribution with a confidence
   * @param gold the gold attributions of the same documents
   */
  public static Calibration of(List<Judged> judged, int gold) {
    int n = 10;
    int[] count = new int[n];
    int[] right = new int[n];
    double[] sum = new double[n];
    for (Judged j : judged) {
      int b = Math.min(n - 1, (int) Math.floor(j.confidence() * n));
      count[b]++;
      right[b] += j.right() ? 1 : 0;
      sum[b] += j.confidence();
    }
    List<Bin> bins = new ArrayList<>();
    double ece = 0;
    for (int b = 0; b < n; b++) {
      double mean = count[b] == 0 ? 0 : sum[b] / count[b];
      bins.add(new Bin(b / (double) n, (b + 1) / (double) n, count[b], right[b], mean));
      if (count[b] > 0) {
        ece += Math.abs(mean - right[b] / (double) count[b]) * count[b] / judged.size();
      }
    }
    List<Point> curve = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      double threshold = t / (double) n;
      int tp = 0;
      int fp = 0;
      for (Judged j : judged) {
        if (j.confidence() >= threshold - 1e-12) {
          tp += j.right() ? 1 : 0;
          fp += j.right() ? 0 : 1;
        }
      }
      curve.add(new Point(threshold, new Prf(tp, fp, Math.max(0, gold - tp))));
    }
    return new Calibration(bins, ece, curve, gold);
  }
}
