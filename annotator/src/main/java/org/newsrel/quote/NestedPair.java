package org.newsrel.quote;

import java.util.List;
import org.newsrel.core.TextSpan;

/**
 * Two attributions of which the second's cue lies inside the first's Content, with the
 * features the nesting model ({@link NestingModel}) reads to decide whether the inner one is
 * an attribution of its own (PolNeAR, univocal: the outer Content then ends before it) or a
 * part of the outer Content (the inner one is dropped). Made by {@link NestingFeatures}; read
 * by the annotator and by {@code newsrel train-attribution}.
 *
 * @param outerCue the outer attribution's Cue (null for a cue-less one)
 * @param innerCue the inner attribution's Cue
 * @param features the model's binary features
 */
public record NestedPair(TextSpan outerCue, TextSpan innerCue, List<String> features) {
  public NestedPair {
    features = List.copyOf(features);
  }
}
