package org.newsrel.quote;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The trained confidence model: a logistic-regression classifier (CoreNLP
 * {@code LinearClassifier}) over {@link ConfidenceFeatures} giving the probability that an
 * attribution the annotator wrote is right end to end: its Content overlaps a gold
 * attribution's Content and its Source that one's Source (or neither has one), the harness's
 * end-to-end match. Written by {@code newsrel train-attribution}, fitted on training documents
 * the other models were not fitted on, so that the probability holds on unseen news.
 *
 * @param classifier labels {@link #RIGHT} and {@link #WRONG}
 * @param keepFrom the confidence below which the annotator drops an attribution (chosen on
 *     held-out training documents; 0 keeps all)
 * @param cueAddAbove the cue classifier's add threshold the model was fitted with, which the
 *     annotator then uses (with the confidence model after it, a lower one than the cue
 *     classifier's own may pay; chosen on held-out training documents); 0: the cue classifier's own
 * @param summary the training figures, for logs
 */
public record ConfidenceModel(LinearClassifier<String, String> classifier, double keepFrom, double cueAddAbove,
    String summary) implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String RIGHT = "right";
  public static final String WRONG = "wrong";

  public ConfidenceModel {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(summary, "summary");
  }

  /** The probability that the attribution with these features is right. */
  public double probability(List<String> features) {
    return classifier.probabilityOf(new BasicDatum<String, String>(features)).getCount(RIGHT);
  }

  /** Loads a model from a file path or the classpath (gzip when the name ends in .gz). */
  public static ConfidenceModel load(String location) {
    return ModelFiles.load(location, ConfidenceModel.class, "confidence model");
  }

  /** Writes the model (gzip when the name ends in .gz). */
  public void save(String path) throws IOException {
    ModelFiles.save(this, path);
  }
}
