package org.newsrel.quote;

import java.util.List;
import java.util.Objects;
import org.newsrel.core.TextSpan;

/**
 * Where one attribution's Content could begin and end: the token boundaries near the ones
 * the rules chose, each with the features the boundary model ({@link BoundaryModel}) reads.
 * Made by {@link ContentBoundaries}; read by the annotator (to pick a boundary) and by
 * {@code newsrel train-attribution} (to learn PolNeAR's boundaries).
 *
 * @param rule the rule that made the attribution
 * @param cue the attribution's Cue, or null (a continuation quote)
 * @param content the rules' Content, first fragment's begin to last fragment's end
 * @param starts candidate begins of the first fragment (exactly one is {@code original})
 * @param ends candidate ends of the last fragment (exactly one is {@code original})
 */
public record BoundaryChoice(String rule, TextSpan cue, TextSpan content, List<Candidate> starts,
    List<Candidate> ends) {

  public BoundaryChoice {
    Objects.requireNonNull(content, "content");
    starts = List.copyOf(starts);
    ends = List.copyOf(ends);
  }

  /**
   * One candidate boundary.
   *
   * @param offset character offset of the boundary (a token's begin for a start, its end for
   *     an end)
   * @param original whether it is the boundary the rules chose
   * @param features the model's binary features
   */
  public record Candidate(int offset, boolean original, List<String> features) {
    public Candidate {
      features = List.copyOf(features);
    }
  }
}
