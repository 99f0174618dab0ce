package org.newsrel.quote;

import java.util.List;
import java.util.Objects;

/**
 * A token that could head a cue, with the features the cue classifier reads.
 *
 * @param token document token index
 * @param sentence sentence index
 * @param begin character offset where the token starts
 * @param end character offset where the token ends
 * @param rule the rule whose attribution has this token as cue, or null when no rule fired
 * @param layoutCue true when that attribution's cue is a mark set by layout (a colon speaker's
 *     colon), which the cue classifier never drops
 * @param canAdd true when the token has a dependent the classifier pass could take as Content
 * @param features the classifier's binary features
 */
public record CueCandidate(int token, int sentence, int begin, int end, String rule, boolean layoutCue,
    boolean canAdd, List<String> features) {

  public CueCandidate {
    Objects.requireNonNull(features, "features");
    features = List.copyOf(features);
  }
}
