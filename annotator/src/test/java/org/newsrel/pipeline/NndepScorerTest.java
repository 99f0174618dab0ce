package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NndepScorer} against the stock {@code nndep.Classifier.computeScores} on small random
 * networks (no model files): the scores must be bit-identical, with and without precomputed
 * rows, with the stock cache off, tiny (every slot contested) or large, and from several
 * threads sharing one scorer and one cache.
 */
class NndepScorerTest {

  private static final int NUM_TOKENS = Config.numTokens;

  /** A stock classifier with random weights and its scorer. */
  private record Net(Classifier stock, NndepScorer scorer, int vocabulary, Method computeScores) {

    static Net random(long seed, int vocabulary, int embeddingSize, int hiddenSize, int labels,
        int precomputed, int numCached) throws Exception {
      Random r = new Random(seed);
      Properties p = new Properties();
      p.setProperty("hiddenSize", Integer.toString(hiddenSize));
      p.setProperty("embeddingSize", Integer.toString(embeddingSize));
      p.setProperty("numPreComputed", Integer.toString(precomputed));
      p.setProperty("numCached", Integer.toString(numCached));
      Config config = new Config(p);
      float[][] e = matrix(r, vocabulary, embeddingSize);
      float[][] w1 = matrix(r, hiddenSize, embeddingSize * NUM_TOKENS);
      float[] b1 = matrix(r, 1, hiddenSize)[0];
      float[][] w2 = matrix(r, labels, hiddenSize);
      List<Integer> ids = new ArrayList<>();
      while (ids.size() < precomputed) {
        int id = r.nextInt(vocabulary) * NUM_TOKENS + r.nextInt(NUM_TOKENS);
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      Classifier stock = new Classifier(config, e, w1, b1, w2, ids);
      stock.preCompute();
      double[][] saved = (double[][]) FastDependencyParser.field(Classifier.class, "saved").get(stock);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) FastDependencyParser.field(Classifier.class, "preMap").get(stock);
      NndepScorer scorer = new NndepScorer(w1, e, b1, w2, saved, preMap, embeddingSize, NUM_TOKENS, numCached);
      Method m = Classifier.class.getDeclaredMethod("computeScores", int[].class);
      m.setAccessible(true);
      return new Net(stock, scorer, vocabulary, m);
    }

    private static float[][] matrix(Random r, int rows, int cols) {
      float[][] m = new float[rows][cols];
      for (float[] row : m) {
        for (int i = 0; i < cols; i++) {
          row[i] = (float) (r.nextGaussian() * 0.3);
        }
      }
      return m;
    }

    /** Feature vectors drawn from a small vocabulary so that ids repeat (cache hits). */
    int[][] features(long seed, int count) {
      Random r = new Random(seed);
      int[][] out = new int[count][NUM_TOKENS];
      for (int[] f : out) {
        for (int j = 0; j < NUM_TOKENS; j++) {
          f[j] = r.nextInt(vocabulary);
        }
      }
      return out;
    }

    double[] expected(int[] feature) throws Exception {
      synchronized (stock) {
        return (double[]) computeScores.invoke(stock, (Object) feature);
      }
    }

    double[] actual(int[] feature) {
      double[] padded = scorer.scores(feature, scorer.work());
      return Arrays.copyOf(padded, scorer.numLabels());
    }
  }

  @ParameterizedTest(name = "hidden {0}, labels {1}, precomputed {2}, numCached {3}")
  @CsvSource({
      // shapes not a multiple of the 8-label / 8-term blocks, and the stock cache off, tiny, large
      "13, 11, 0, 0",
      "13, 11, 40, 0",
      "13, 11, 40, 1",
      "16, 8, 40, 3",
      "24, 17, 200, 5000",
      "7, 3, 0, 5000",
  })
  void scoresEqualStockBitForBit(int hidden, int labels, int precomputed, int numCached) throws Exception {
    Net net = Net.random(7L * hidden + labels, 30, 4, hidden, labels, precomputed, numCached);
    int[][] features = net.features(11, 300);
    for (int pass = 0; pass < 2; pass++) {  // the second pass reads what the first cached
      for (int[] f : features) {
        assertArrayEquals(net.expected(f), net.actual(f), "feature " + Arrays.toString(f));
      }
    }
  }

  @ParameterizedTest(name = "numCached {0}, {1} threads")
  @CsvSource({
      // two slots: nearly every lookup collides with another thread's write
      "2, 4",
      "31, 4",
      "5000, 3",
  })
  void sharedCacheGivesStockScoresFromSeveralThreads(int numCached, int threads) throws Exception {
    Net net = Net.random(2026, 12, 4, 24, 10, 30, numCached);
    int[][] features = net.features(5, 64);
    double[][] expected = new double[features.length][];
    for (int i = 0; i < features.length; i++) {
      expected[i] = net.expected(features[i]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        final int offset = t * 7;
        results.add(pool.submit(() -> {
          int wrong = 0;
          for (int n = 0; n < 4000; n++) {
            int i = (offset + n * 13) % features.length;
            if (!Arrays.equals(expected[i], net.actual(features[i]))) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      int wrong = 0;
      for (Future<Integer> f : results) {
        wrong += f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(0, wrong, "vectors scored differently from the stock classifier");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCacheHitIsTheSliceThatWasComputed() throws Exception {
    // one slot: consecutive vectors evict each other's slices, and a repeated vector hits
    Net net = Net.random(3, 5, 3, 9, 4, 0, 1);
    int[] a = new int[NUM_TOKENS];
    int[] b = new int[NUM_TOKENS];
    Arrays.fill(b, 1);
    for (int[] f : new int[][] {a, a, b, a, b, b}) {
      assertArrayEquals(net.expected(f), net.actual(f));
    }
  }
}
