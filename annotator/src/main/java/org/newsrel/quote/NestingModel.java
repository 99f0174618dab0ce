package org.newsrel.quote;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The trained nesting model: a logistic-regression classifier (CoreNLP
 * {@code LinearClassifier}) over {@link NestedPair} features giving the probability that an
 * attribution found inside another's Content is one of its own; from {@code splitFrom} on,
 * the annotator keeps it and ends the outer Content before it, else the inner one is dropped
 * (or, when both share their Source, both are kept as before). Written by
 * {@code newsrel train-attribution}, which chooses {@code splitFrom} on held-out training
 * documents.
 *
 * @param classifier labels {@link #SPLIT} and {@link #NESTED}
 * @param splitFrom probability from which a pair is split
 * @param summary the training figures, for logs
 */
public record NestingModel(LinearClassifier<String, String> classifier, double splitFrom, String summary)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String SPLIT = "own-attribution";
  public static final String NESTED = "part-of-content";

  public NestingModel {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(summary, "summary");
  }

  /** The probability that the inner attribution is one of its own. */
  public double score(List<String> features) {
    return classifier.probabilityOf(new BasicDatum<String, String>(features)).getCount(SPLIT);
  }

  /** Loads a model from a file path or the classpath (gzip when the name ends in .gz). */
  public static NestingModel load(String location) {
    return ModelFiles.load(location, NestingModel.class, "nesting model");
  }

  /** Writes the model (gzip when the name ends in .gz). */
  public void save(String path) throws IOException {
    ModelFiles.save(this, path);
  }
}
