package org.newsrel.pipeline;

import java.util.Arrays;
import java.util.Map;

/**
 * The forward pass of CoreNLP's neural dependency parser ({@code nndep.Classifier.computeScores},
 * CoreNLP 4.5.10) without its global lock, boxed maps or per-call allocation, with the same
 * floating-point operations in the same order for every hidden unit and every output, so the
 * scores (and therefore the chosen transition) are bit-for-bit those of the stock classifier.
 *
 * <p>For a feature vector {@code f} (48 ids: 18 words, 18 tags, 12 labels) the hidden layer is
 * {@code h = 0 + s(0) + s(1) + ... + s(47)} added in feature order, where {@code s(j)} is
 * <ul>
 *   <li>the precomputed row {@code saved[pre(id)]} (double) when the feature id
 *       {@code id = f[j] * 48 + j} is among the model's precomputed ids;</li>
 *   <li>otherwise the slice {@code W1[:, j*emb .. (j+1)*emb) · E[f[j]]}, accumulated in double
 *       from float products and rounded to float (the stock cached path), or, when the stock
 *       cache is off ({@code depparse.numCached = 0}), accumulated directly into {@code h}
 *       (the stock uncached path, which rounds differently, hence mirrored).</li>
 * </ul>
 * then {@code h = (h + b1)^3} per unit and {@code score[l] = sum_k h[k] * W2[l][k]} summed over
 * {@code k} in increasing order. Only the loop nesting differs from the stock code: the output
 * layer walks a transposed copy of {@code W2} so that all labels' sums advance together
 * (independent additions the CPU can overlap) while each label's own sum keeps its order.
 *
 * <p>Differences in mechanism, not in result:
 * <ul>
 *   <li>The precomputed-id lookup is a primitive open-addressing table (no boxing).</li>
 *   <li>Slices of non-precomputed ids are cached in a direct-mapped table of immutable
 *       entries shared by all threads, read and written without a lock (a racing writer can
 *       only replace one correct slice by another; entries are safely published through
 *       final fields). Its size is the stock {@code numCached}.</li>
 *   <li>Hidden and score buffers are per thread ({@link Work}), reused across transitions.</li>
 * </ul>
 * Instances are immutable apart from the cache and are safe to share between threads.
 */
final class NndepScorer {

  /** Per-thread scratch buffers; {@link #scores} is overwritten by every call. */
  static final class Work {
    final double[] hidden;
    final double[] scores;
    /** Accumulator of a slice being computed. */
    final double[] partial;

    private Work(int hiddenSize, int numLabels) {
      this.hidden = new double[hiddenSize];
      this.scores = new double[numLabels];
      this.partial = new double[hiddenSize];
    }
  }

  /** One cached slice: the feature id and its hidden-layer contribution. */
  private record Slice(int id, float[] values) {
  }

  /**
   * W1 regrouped by feature position and transposed:
   * {@code w1t[j][k * hiddenSize + i] = W1[i][j * embeddingSize + k]}.
   */
  private final float[][] w1t;
  private final float[][] embeddings;
  private final float[] b1;
  /**
   * W2 transposed and widened to double (exact): {@code w2t[k * numLabels + l] = W2[l][k]}.
   * The stock product {@code double * float} widens the float first, so the products are equal.
   */
  private final double[] w2t;
  private final double[][] saved;
  private final int hiddenSize;
  private final int numLabels;
  private final int embeddingSize;
  private final int numTokens;
  /** Open-addressing map feature id -> row of {@link #saved}; empty slots hold -1. */
  private final int[] preKeys;
  private final int[] preRows;
  private final int preMask;
  /** Direct-mapped slice cache; null when the stock cache is off (numCached = 0). */
  private final Slice[] cache;
  private final ThreadLocal<Work> work;

  /**
   * @param preMap the classifier's feature id -> saved row map (may be empty)
   * @param saved the classifier's precomputed rows (may be null when nothing is precomputed)
   * @param numCached the stock cache size; 0 selects the stock uncached arithmetic
   */
  NndepScorer(float[][] w1, float[][] embeddings, float[] b1, float[][] w2, double[][] saved,
      Map<Integer, Integer> preMap, int embeddingSize, int numTokens, int numCached) {
    this.embeddings = embeddings;
    this.b1 = b1;
    this.saved = saved;
    this.hiddenSize = b1.length;
    this.numLabels = w2.length;
    this.embeddingSize = embeddingSize;
    this.numTokens = numTokens;
    if (w1.length != hiddenSize || w1[0].length != embeddingSize * numTokens || w2[0].length != hiddenSize) {
      throw new IllegalArgumentException("unexpected network shape");
    }
    this.w1t = new float[numTokens][embeddingSize * hiddenSize];
    for (int j = 0; j < numTokens; j++) {
      for (int k = 0; k < embeddingSize; k++) {
        for (int i = 0; i < hiddenSize; i++) {
          w1t[j][k * hiddenSize + i] = w1[i][j * embeddingSize + k];
        }
      }
    }
    this.w2t = new double[hiddenSize * numLabels];
    for (int l = 0; l < numLabels; l++) {
      for (int k = 0; k < hiddenSize; k++) {
        w2t[k * numLabels + l] = w2[l][k];
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, preMap.size() * 2 + 1)) << 1;
    this.preKeys = new int[capacity];
    this.preRows = new int[capacity];
    this.preMask = capacity - 1;
    Arrays.fill(preKeys, -1);
    for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
      int key = e.getKey();
      int row = e.getValue();
      if (key < 0 || saved == null || row < 0 || row >= saved.length || saved[row].length != hiddenSize) {
        throw new IllegalArgumentException("precomputed row " + row + " for feature " + key + " missing");
      }
      int slot = mix(key) & preMask;
      while (preKeys[slot] != -1) {
        slot = (slot + 1) & preMask;
      }
      preKeys[slot] = key;
      preRows[slot] = row;
    }
    this.cache = numCached > 0 ? new Slice[numCached] : null;
    this.work = ThreadLocal.withInitial(() -> new Work(hiddenSize, numLabels));
  }

  int numLabels() {
    return numLabels;
  }

  /** This thread's buffers (look up once per sentence, pass to {@link #scores}). */
  Work work() {
    return work.get();
  }

  /**
   * Fills {@code w.scores} with the output layer for {@code feature} (48 ids), exactly as
   * {@code Classifier.computeScores(int[])} of CoreNLP 4.5.10 computes it, and returns it.
   */
  double[] scores(int[] feature, Work w) {
    final double[] hidden = w.hidden;
    Arrays.fill(hidden, 0.0);
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int id = tok * numTokens + j;
      int row = preRow(id);
      if (row >= 0) {
        addInPlace(hidden, saved[row]);
      } else if (cache == null) {
        accumulate(hidden, w1t[j], embeddings[tok]);
      } else {
        int slot = (mix(id) >>> 1) % cache.length;
        Slice s = cache[slot];
        if (s == null || s.id() != id) {
          s = new Slice(id, slice(w.partial, w1t[j], embeddings[tok]));
          cache[slot] = s;
        }
        addInPlace(hidden, s.values());
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    final double[] out = w.scores;
    Arrays.fill(out, 0.0);
    final int labels = numLabels;
    for (int k = 0; k < hiddenSize; k++) {
      double h = hidden[k];
      int base = k * labels;
      for (int l = 0; l < labels; l++) {
        out[l] += h * w2t[base + l];
      }
    }
    return out;
  }

  private int preRow(int id) {
    int slot = mix(id) & preMask;
    while (true) {
      int key = preKeys[slot];
      if (key == id) {
        return preRows[slot];
      }
      if (key == -1) {
        return -1;
      }
      slot = (slot + 1) & preMask;
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static void addInPlace(double[] to, double[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }

  private static void addInPlace(double[] to, float[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }

  /**
   * Stock {@code Classifier.matrixMultiplySlice}: {@code slice[i] = (float) sum_k W1[i][off + k] * v[k]},
   * each product in float, summed in double from 0 in increasing {@code k}. The loops are
   * nested the other way round (all units advance together over a contiguous row of
   * {@code w1t}), which keeps each unit's sum and its order.
   */
  private float[] slice(double[] partial, float[] w1tAtPosition, float[] vector) {
    Arrays.fill(partial, 0.0);
    accumulate(partial, w1tAtPosition, vector);
    float[] slice = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      slice[i] = (float) partial[i];
    }
    return slice;
  }

  /**
   * {@code sum[i] += W1[i][off + k] * v[k]} for increasing {@code k}, each product in float:
   * the body of stock {@code Classifier.matrixMultiplySliceSum} (uncached path) and of
   * {@link #slice}.
   */
  private void accumulate(double[] sum, float[] w1tAtPosition, float[] vector) {
    final int h = hiddenSize;
    for (int k = 0; k < vector.length; k++) {
      final float e = vector[k];
      final int base = k * h;
      for (int i = 0; i < h; i++) {
        float product = w1tAtPosition[base + i] * e;
        sum[i] += product;
      }
    }
  }
}
