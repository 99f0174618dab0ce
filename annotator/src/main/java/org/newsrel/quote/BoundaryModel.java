package org.newsrel.quote;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The trained Content boundary model: two logistic-regression classifiers (CoreNLP
 * {@code LinearClassifier}) that score each candidate begin and end of an attribution's
 * Content ({@link BoundaryChoice}) as PolNeAR's boundary or not; the annotator takes the
 * highest-scoring candidate of each side, the rules' own boundary on a tie. Written by
 * {@code newsrel train-attribution}, which also records how far from the rules' boundary
 * the candidates go ({@code window}).
 *
 * @param start classifier over start candidates, labels {@link #POSITIVE} / {@link #NEGATIVE}
 * @param end classifier over end candidates
 * @param window tokens a candidate may lie from the rules' boundary
 * @param summary the training figures, for logs
 */
public record BoundaryModel(LinearClassifier<String, String> start, LinearClassifier<String, String> end,
    int window, String summary) implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String POSITIVE = "boundary";
  public static final String NEGATIVE = "other";

  public BoundaryModel {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(summary, "summary");
    if (window < 0) {
      throw new IllegalArgumentException("window must be >= 0, got " + window);
    }
  }

  /** The probability that a start candidate is the Content's begin. */
  public double scoreStart(BoundaryChoice.Candidate c) {
    return start.probabilityOf(new BasicDatum<String, String>(c.features())).getCount(POSITIVE);
  }

  /** The probability that an end candidate is the Content's end. */
  public double scoreEnd(BoundaryChoice.Candidate c) {
    return end.probabilityOf(new BasicDatum<String, String>(c.features())).getCount(POSITIVE);
  }

  /**
   * The best candidate of a side (the original on a tie), or null when there is none.
   *
   * @param candidates one side's candidates
   * @param startSide true for begins, false for ends
   */
  public Scored best(List<BoundaryChoice.Candidate> candidates, boolean startSide) {
    Scored best = null;
    for (BoundaryChoice.Candidate c : candidates) {
      double p = startSide ? scoreStart(c) : scoreEnd(c);
      if (best == null || p > best.probability() + 1e-12 || Math.abs(p - best.probability()) <= 1e-12
          && c.original()) {
        best = new Scored(c, p);
      }
    }
    return best;
  }

  /** A candidate with its probability. */
  public record Scored(BoundaryChoice.Candidate candidate, double probability) {}

  /** Loads a model from a file path or the classpath (gzip when the name ends in .gz). */
  public static BoundaryModel load(String location) {
    return ModelFiles.load(location, BoundaryModel.class, "boundary model");
  }

  /** Writes the model (gzip when the name ends in .gz). */
  public void save(String path) throws IOException {
    ModelFiles.save(this, path);
  }
}
