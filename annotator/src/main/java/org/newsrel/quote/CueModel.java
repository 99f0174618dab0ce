package org.newsrel.quote;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The trained cue classifier (logistic regression over {@link CueCandidate} features) with
 * the two thresholds that combine it with the rules: a rule cue scored below
 * {@code dropBelow} is dropped, a candidate no rule claimed scored at least
 * {@code addAbove} becomes an attribution. Written by {@code newsrel train-attribution}.
 *
 * @param classifier the classifier, labels {@link #POSITIVE} and {@link #NEGATIVE}
 * @param dropBelow probability under which a rule's cue is dropped
 * @param addAbove probability from which an unclaimed candidate is added
 * @param summary the training figures, for logs
 */
public record CueModel(LinearClassifier<String, String> classifier, double dropBelow, double addAbove,
    String summary) implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String POSITIVE = "cue";
  public static final String NEGATIVE = "other";

  public CueModel {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(summary, "summary");
  }

  /** The probability that the candidate heads a cue. */
  public double score(List<String> features) {
    return classifier.probabilityOf(new BasicDatum<String, String>(features)).getCount(POSITIVE);
  }

  /** Loads a model from a file path or the classpath (gzip when the name ends in .gz). */
  public static CueModel load(String location) {
    return ModelFiles.load(location, CueModel.class, "cue model");
  }

  /** Writes the model (gzip when the name ends in .gz). */
  public void save(String path) throws IOException {
    ModelFiles.save(this, path);
  }
}
