package org.newsrel.report;

import java.util.List;
import java.util.Optional;
import org.newsrel.score.AttributionScores;
import org.newsrel.score.DocumentPair;
import org.newsrel.score.EntityScores;
import org.newsrel.score.IdentityScores;
import org.newsrel.score.RelationScores;
import org.newsrel.score.WindowEventScorer;

/**
 * Everything computed for one system: the document pairs and the four layers' scores, plus
 * the one-event-per-window relation scores when the gold is scored that way (else empty).
 */
public record SystemScores(String system, List<DocumentPair> documents, EntityScores entities,
    IdentityScores identity, AttributionScores attributions, RelationScores relations,
    Optional<WindowEventScorer.Scores> windows) {

  public SystemScores {
    documents = List.copyOf(documents);
  }
}
