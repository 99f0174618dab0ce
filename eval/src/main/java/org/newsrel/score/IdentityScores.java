package org.newsrel.score;

import java.util.List;
import java.util.Optional;

/** Identity scores of one system over a corpus, with the mentions they came from. */
public record IdentityScores(List<IdentityScorer.DocumentMentions> documents, Values corpus) {

  /**
   * @param bcubed B-cubed precision, recall, F1
   * @param pairwise link counts
   * @param goldMentions gold mentions with an id
   * @param predictedMentions predicted mentions with an id
   * @param alignedMentions mentions in both (same document and fragments)
   */
  public record Values(PrecisionRecall bcubed, Prf pairwise, int goldMentions, int predictedMentions,
      int alignedMentions) {}

  public IdentityScores {
    documents = List.copyOf(documents);
  }

  /** The 95% (or configured) interval of the corpus B-cubed F1. */
  public Optional<Interval> bcubedF1Interval(Bootstrap bootstrap) {
    return bootstrap.interval(documents.size(), draw -> IdentityScorer.score(documents, draw).bcubed().f1());
  }
}
